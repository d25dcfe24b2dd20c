#pragma once

#include "ui/common/UserContext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace prepmark {

// "New account…": user name, name, role, email, student number and the password typed twice
// (both empty: the account cannot sign in until a password is set). OK creates the account
// with UserRepository::createAccount; what it refuses is shown in the dialog, which stays
// open with everything typed.
class NewAccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewAccountDialog(UserContext &context, QWidget *parent = nullptr);

    QLineEdit *usernameEdit() const { return m_username; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *rolePicker() const { return m_role; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *studentNumberEdit() const { return m_studentNumber; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

    // Creates the account, as OK does; accepts the dialog when it was created.
    void submit();

    // After accept(): the account created and whether it was given a password.
    const QString &createdUsername() const { return m_created; }
    bool hasPassword() const { return m_withPassword; }

private:
    void showProblem(const QString &text);

    UserContext &m_context;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_studentNumber = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
    QString m_created;
    bool m_withPassword = false;
};

} // namespace prepmark
