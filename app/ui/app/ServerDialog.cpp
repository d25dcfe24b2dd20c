#include "ServerDialog.h"

#include "DatabaseLocator.h"
#include "SignInText.h"

#include "storage/Database.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace prepmark {

ServerDialog::ServerDialog(
    const std::optional<DatabaseLocation> &current, const QString &username, const QString &password, QWidget *parent)
    : QDialog(parent), m_username(username.trimmed().toLower()), m_password(password)
{
    setObjectName(QStringLiteral("serverDialog"));
    setWindowTitle(tr("Department server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Sign in to your department's PrepMark server. Its administrator tells you the "
                                "server's name, port and database."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("prepmark.example.ac.uk, or a socket folder such as /run/postgresql"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(QStringLiteral("prepmark"), this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    layout->addLayout(form);
    if (current) {
        m_host->setText(current->host());
        m_port->setValue(current->port());
        m_database->setText(current->databaseName());
    }
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("serverTestResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *testButton = buttons->addButton(tr("&Test"), QDialogButtonBox::ActionRole);
    testButton->setObjectName(QStringLiteral("serverTestButton"));
    layout->addWidget(buttons);
    connect(testButton, &QPushButton::clicked, this, &ServerDialog::test);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Result<DatabaseLocation> ServerDialog::location() const
{
    if (m_host->text().trimmed().isEmpty())
        return makeError(tr("Enter the server's name (or the folder of its socket)."));
    if (m_database->text().trimmed().isEmpty())
        return makeError(tr("Enter the name of the database on the server."));
    return DatabaseLocator::serverLocation(m_host->text(), m_port->value(), m_database->text());
}

void ServerDialog::showResult(const QString &text, bool good)
{
    m_result->setStyleSheet(good ? QStringLiteral("color: #26734d;") : QStringLiteral("color: #a40000;"));
    m_result->setText(text);
}

bool ServerDialog::test()
{
    const Result<DatabaseLocation> server = location();
    if (!server) {
        showResult(server.errorMessage(), false);
        return false;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool withAccount = !m_username.isEmpty() && !m_password.isEmpty();
    // Without an account: the server answers when it asks for a password PrepMark does not
    // give (libpq: "no password supplied").
    const Result<std::unique_ptr<Database>> database
        = Database::open(server->withUser(m_username), Database::Mode::ReadOnly, withAccount ? m_password : QString());
    QApplication::restoreOverrideCursor();
    if (!database) {
        if (!withAccount && database.errorMessage().contains(QLatin1String("no password supplied"))) {
            showResult(tr("The server answers. Type your user name and password in the sign-in dialog and test "
                          "again to check your account."),
                true);
            return true;
        }
        showResult(SignInText::serverProblem(database.errorMessage(), *server, m_username), false);
        return false;
    }
    const Result<Actor> actor = UserRepository::signedIn((*database)->connection());
    if (!actor) {
        showResult(SignInText::serverProblem(actor.errorMessage(), *server, m_username), false);
        return false;
    }
    showResult(tr("Signed in as %1 (%2): this server works for you.").arg(actor->displayName, actor->username), true);
    return true;
}

void ServerDialog::submit()
{
    if (const Result<DatabaseLocation> server = location(); !server) {
        showResult(server.errorMessage(), false);
        return;
    }
    accept();
}

} // namespace prepmark
