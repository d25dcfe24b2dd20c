#pragma once

#include "storage/Actor.h"
#include "storage/DatabaseLocation.h"

#include <QDialog>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace prepmark {

class Database;

// Sign-in. It says where it signs in: this computer's database file, or a department
// server. "Server…" enters a server (host or socket folder, port, database), tests and
// remembers it (DatabaseLocator; never the password); "This computer" returns to the file.
//
// In a file, UserRepository::authenticate checks the password (and limits failures); on a
// demo database the demo accounts are listed (double-click one to sign in). On a server the
// dialog signs in as the typed user with the typed password, which the server checks, and
// the account is the one of that login role (UserRepository::signedIn). Whatever fails (a
// wrong password, an unknown user, a server out of reach, a database to migrate, a role
// without a PrepMark account) is said in the dialog, which stays open with the name typed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    // Signs in to localPath (opened when it is chosen; see DatabaseLocator::openOrCreateDemo)
    // or, when server is set, to that server first.
    LoginDialog(const QString &localPath, const std::optional<DatabaseLocation> &server, QWidget *parent = nullptr);
    // Signs in to a database that is already open and stays the caller's (no "Server…").
    explicit LoginDialog(Database &database, QWidget *parent = nullptr);
    ~LoginDialog() override;

    // The signed-in user after accept().
    const Actor &actor() const { return m_actor; }
    // After accept(): the database signed in to, now the caller's (the file, or the
    // connection to the server as the signed-in user); nullptr when the dialog was given an
    // open database.
    std::unique_ptr<Database> takeDatabase();

    // Where the dialog signs in: a server, or (empty) this computer's file.
    const std::optional<DatabaseLocation> &server() const { return m_server; }
    const QString &localPath() const { return m_localPath; }
    QLabel *placeLabel() const { return m_place; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *signInButton() const { return m_signIn; }

    // Fills the form and signs in, as the user would (used by tests and --screenshot).
    bool signIn(const QString &username, const QString &password);
    // Signs in to this server from now on, and remembers it: what OK in "Server…" does.
    void useServer(const DatabaseLocation &server);
    // Signs in to this computer's file from now on, and remembers that choice.
    void useThisComputer();
    // Opens the "Server…" dialog (open(), so a test can find it and fill it in).
    void chooseServer();

private:
    LoginDialog(Database *database, QWidget *parent);
    void attemptSignIn();
    bool signInToServer(const QString &username, const QString &password);
    bool signInToFile(const QString &username, const QString &password);
    void openLocalFile();
    void showPlace();
    void fillDemoAccounts();
    void showProblem(const QString &text);

    QString m_localPath;
    std::optional<DatabaseLocation> m_server;
    std::unique_ptr<Database> m_owned; // the file opened here, or the server signed in to
    Database *m_database = nullptr; // the file signed in to (m_owned's or the caller's)
    bool m_givenDatabase = false;
    QString m_localProblem; // why the file could not be opened
    Actor m_actor;
    QLabel *m_place = nullptr;
    QPushButton *m_serverButton = nullptr;
    QPushButton *m_thisComputerButton = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_demoHint = nullptr;
    QListWidget *m_demoAccounts = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace prepmark
