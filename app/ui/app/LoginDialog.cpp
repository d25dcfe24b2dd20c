#include "LoginDialog.h"

#include "DatabaseLocator.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepmark {

LoginDialog::LoginDialog(Database &database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setWindowTitle(tr("Sign in to PrepMark"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>PrepMark</h2><p>Mix preparation practice and assessment.</p>"), this);
    layout->addWidget(heading);

    auto *form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setStyleSheet(QStringLiteral("color: #a40000;"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    if (DatabaseLocator::isDemo(database)) {
        auto *hint = new QLabel(tr("This is the demo database. Every demo account's password is \"%1\"; "
                                   "double-click an account to use it.")
                                    .arg(DemoDataBuilder::demoPassword()),
            this);
        hint->setWordWrap(true);
        layout->addWidget(hint);
        m_demoAccounts = new QListWidget(this);
        m_demoAccounts->setObjectName(QStringLiteral("demoAccounts"));
        m_demoAccounts->setMaximumHeight(140);
        layout->addWidget(m_demoAccounts);
        fillDemoAccounts();
        connect(m_demoAccounts, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
            m_username->setText(item->data(Qt::UserRole).toString());
            m_password->setText(DemoDataBuilder::demoPassword());
            attemptSignIn();
        });
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_username->setFocus();
}

void LoginDialog::fillDemoAccounts()
{
    // One or two accounts of every role are enough to explore.
    SqlQuery query(m_database.connection(),
        QStringLiteral("SELECT username, display_name, role FROM users WHERE role <> 'student' "
                       "UNION ALL SELECT * FROM (SELECT username, display_name, role FROM users WHERE role = 'student' "
                       "ORDER BY id LIMIT 3) ORDER BY role, username"));
    if (!query.exec())
        return;
    while (query.next()) {
        const QString role = query.value(2).toString();
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 — %2 (%3)").arg(query.value(0).toString(), query.value(1).toString(), role),
            m_demoAccounts);
        item->setData(Qt::UserRole, query.value(0).toString());
    }
}

bool LoginDialog::signIn(const QString &username, const QString &password)
{
    m_username->setText(username);
    m_password->setText(password);
    attemptSignIn();
    return result() == QDialog::Accepted;
}

void LoginDialog::attemptSignIn()
{
    if (m_username->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter your user name."));
        m_message->show();
        m_username->setFocus();
        return;
    }
    const Result<Actor> actor
        = UserRepository::authenticate(m_database.connection(), m_username->text(), m_password->text());
    if (!actor) {
        m_message->setText(actor.errorMessage());
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_actor = *actor;
    accept();
}

} // namespace prepmark
