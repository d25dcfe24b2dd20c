#include "PasswordDialog.h"

#include "storage/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepmark {

PasswordDialog::PasswordDialog(UserContext &context, const QString &username, QWidget *parent)
    : QDialog(parent), m_context(context), m_username(username)
{
    setObjectName(QStringLiteral("passwordDialog"));
    const bool own = username.compare(context.actor.username, Qt::CaseInsensitive) == 0;
    setWindowTitle(own ? tr("Change my password") : tr("Set password"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(own ? tr("Change the password of your account \"%1\".").arg(username)
                                   : tr("Set a new password for \"%1\". Tell them the password in person or by a "
                                        "channel only they read.")
                                         .arg(username),
        this);
    heading->setWordWrap(true);
    layout->addWidget(heading);
    auto *form = new QFormLayout;
    if (own) {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassword"));
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Current password:"), m_current);
    }
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&New password:"), m_password);
    form->addRow(tr("New password &again:"), m_repeat);
    layout->addLayout(form);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(own ? tr("Change password") : tr("Set password"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void PasswordDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

Status PasswordDialog::checkCurrentPassword() const
{
    const QString current = m_current->text();
    if (current.isEmpty())
        return makeError(tr("Enter your current password."));
    if (m_context.database.isServer()) {
        // The server checks it, as at sign-in: a second connection as the same login role.
        const Result<std::unique_ptr<Database>> again
            = Database::open(m_context.database.location(), Database::Mode::ReadOnly, current);
        if (again)
            return {};
        if (again.errorMessage().contains(QLatin1String("password authentication failed")))
            return makeError(tr("The current password is wrong."));
        return makeError(tr("The current password could not be checked: %1").arg(again.errorMessage()));
    }
    SignInRefusal refusal;
    const Result<Actor> actor
        = UserRepository::authenticate(m_context.database.connection(), m_context.actor.username, current, &refusal);
    if (actor)
        return {};
    switch (refusal.reason) {
    case SignInRefusal::Reason::WrongNameOrPassword:
        return makeError(tr("The current password is wrong."));
    case SignInRefusal::Reason::TooManyFailures:
        return makeError(tr("Too many wrong passwords: try again after %1.")
                             .arg(QLocale().toString(refusal.retryAfter.toLocalTime().time(), QLocale::ShortFormat)));
    case SignInRefusal::Reason::Disabled:
    case SignInRefusal::Reason::DatabaseError:
        break;
    }
    return actor.error();
}

void PasswordDialog::submit()
{
    if (m_current) {
        if (const Status checked = checkCurrentPassword(); !checked) {
            showProblem(checked.errorMessage());
            m_current->clear();
            m_current->setFocus();
            return;
        }
    }
    if (m_password->text().isEmpty()) {
        showProblem(tr("Enter the new password."));
        m_password->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("The two new passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    const Status done
        = UserRepository(m_context.database.connection(), m_context.actor).setPassword(m_username, m_password->text());
    if (!done) {
        showProblem(tr("The password was not changed: %1").arg(done.errorMessage()));
        return;
    }
    accept();
}

} // namespace prepmark
