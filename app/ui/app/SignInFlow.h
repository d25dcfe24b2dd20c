#pragma once

#include "storage/Actor.h"
#include "storage/DatabaseLocation.h"

#include <QObject>

#include <memory>
#include <optional>

namespace prepmark {

class Database;
class LoginDialog;
class MainWindow;

// The interactive application: the sign-in dialog, then the main window of whoever signed
// in, on the database they signed in to. Signing out closes the window and then the
// database connection (on a server, the session of that login role ends) and shows the
// sign-in dialog again, where it was last used. Cancelling the dialog emits finished().
class SignInFlow : public QObject
{
    Q_OBJECT

public:
    // Where the first dialog signs in (DatabaseLocator::signInStart).
    SignInFlow(QString localPath, std::optional<DatabaseLocation> server, QObject *parent = nullptr);
    ~SignInFlow() override;

    // Shows the sign-in dialog.
    void start();

    LoginDialog *loginDialog() const { return m_dialog.get(); } // nullptr while signed in
    MainWindow *window() const { return m_window.get(); } // nullptr while signing in
    Database *database() const { return m_database.get(); }

    // Closes the window and the database and shows the sign-in dialog (File > Sign out).
    void signOut();

signals:
    void finished();

private:
    void signedIn();

    QString m_localPath;
    std::optional<DatabaseLocation> m_server;
    std::unique_ptr<LoginDialog> m_dialog;
    // Declared before the window, so the window (whose pages refer to it) goes first.
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace prepmark
