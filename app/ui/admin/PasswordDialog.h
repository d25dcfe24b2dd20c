#pragma once

#include "ui/common/UserContext.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace prepmark {

// Sets the password of one account: an admin setting (or resetting) someone's, or anyone
// changing their own ("Change my password…"). For one's own account the current password is
// asked first and checked as a sign-in would (in a file by UserRepository::authenticate,
// which counts a wrong one as a failed sign-in; on a server by signing in to it again), so
// nobody changes the password of a computer left signed in. The new password is typed twice;
// UserRepository::setPassword stores it, and what it refuses is shown in the dialog.
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    PasswordDialog(UserContext &context, const QString &username, QWidget *parent = nullptr);

    // Whether this is the signed-in user's own password (then currentEdit() is shown).
    bool isOwn() const { return m_current != nullptr; }
    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLabel *messageLabel() const { return m_message; }

    // Sets the password, as OK does; accepts the dialog when it was set.
    void submit();

private:
    Status checkCurrentPassword() const;
    void showProblem(const QString &text);

    UserContext &m_context;
    QString m_username;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace prepmark
