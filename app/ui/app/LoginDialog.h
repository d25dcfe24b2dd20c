#pragma once

#include "storage/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace prepmark {

class Database;

// Sign-in. On a demo database it lists the demo accounts (double-click one to fill
// the form); a wrong password gets a message and keeps the name typed.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LoginDialog(Database &database, QWidget *parent = nullptr);

    // The signed-in user after accept().
    const Actor &actor() const { return m_actor; }

    // Fills the form and signs in, as the user would (used by tests and --screenshot).
    bool signIn(const QString &username, const QString &password);

private:
    void attemptSignIn();
    void fillDemoAccounts();

    Database &m_database;
    Actor m_actor;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QListWidget *m_demoAccounts = nullptr;
};

} // namespace prepmark
