#include "NewAccountDialog.h"

#include "ui/common/RoleText.h"

#include "storage/UserRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepmark {

NewAccountDialog::NewAccountDialog(UserContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("newAccountDialog"));
    setWindowTitle(tr("New account"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_name = new QLineEdit(this);
    m_role = new QComboBox(this);
    for (const Role role : {Role::Student, Role::Lecturer, Role::Leader, Role::Admin})
        m_role->addItem(RoleText::text(role), int(role));
    m_email = new QLineEdit(this);
    m_studentNumber = new QLineEdit(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Student number:"), m_studentNumber);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("Password &again:"), m_repeat);
    layout->addLayout(form);
    if (m_context.database.isServer()) {
        auto *note = new QLabel(tr("On a server the user name is also the account's sign-in name there: lower-case "
                                   "letters, digits, \".\", \"_\" or \"-\"."),
            this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    auto *hint = new QLabel(tr("Leave both passwords empty to create an account that cannot sign in until a "
                               "password is set."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void NewAccountDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void NewAccountDialog::submit()
{
    if (m_username->text().trimmed().isEmpty()) {
        showProblem(tr("Enter a user name."));
        m_username->setFocus();
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        showProblem(tr("Enter the person's name."));
        m_name->setFocus();
        return;
    }
    if (m_password->text() != m_repeat->text()) {
        showProblem(tr("The two passwords differ."));
        m_repeat->clear();
        m_repeat->setFocus();
        return;
    }
    UserRecord account;
    account.username = m_username->text().trimmed();
    account.displayName = m_name->text().trimmed();
    account.role = Role(m_role->currentData().toInt());
    account.email = m_email->text().trimmed();
    account.studentNumber = m_studentNumber->text().trimmed();
    const Result<qint64> created
        = UserRepository(m_context.database.connection(), m_context.actor).createAccount(account, m_password->text());
    if (!created) {
        showProblem(tr("The account was not created: %1").arg(created.errorMessage()));
        return;
    }
    m_created = account.username;
    m_withPassword = !m_password->text().isEmpty();
    accept();
}

} // namespace prepmark
