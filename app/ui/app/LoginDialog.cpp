#include "LoginDialog.h"

#include "DatabaseLocator.h"
#include "ServerDialog.h"
#include "SignInText.h"
#include "ui/common/ProgressDialogReporter.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace prepmark {

LoginDialog::LoginDialog(const QString &localPath, const std::optional<DatabaseLocation> &server, QWidget *parent)
    : LoginDialog(static_cast<Database *>(nullptr), parent)
{
    m_localPath = localPath;
    m_server = server;
    if (m_server) {
        m_username->setText(m_server->user());
        m_server = m_server->withUser(QString());
    } else {
        openLocalFile();
    }
    showPlace();
}

LoginDialog::LoginDialog(Database &database, QWidget *parent) : LoginDialog(&database, parent)
{
    m_givenDatabase = true;
    m_localPath = database.path();
    showPlace();
}

LoginDialog::LoginDialog(Database *database, QWidget *parent) : QDialog(parent), m_database(database)
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Sign in to PrepMark"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("<h2>PrepMark</h2><p>Mix preparation practice and assessment.</p>"), this);
    layout->addWidget(heading);

    m_place = new QLabel(this);
    m_place->setObjectName(QStringLiteral("place"));
    m_place->setWordWrap(true);
    m_place->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_place);
    auto *placeButtons = new QHBoxLayout;
    m_serverButton = new QPushButton(tr("&Server…"), this);
    m_serverButton->setObjectName(QStringLiteral("serverButton"));
    m_serverButton->setAutoDefault(false);
    m_thisComputerButton = new QPushButton(tr("This &computer"), this);
    m_thisComputerButton->setObjectName(QStringLiteral("thisComputerButton"));
    m_thisComputerButton->setAutoDefault(false);
    placeButtons->addWidget(m_serverButton);
    placeButtons->addWidget(m_thisComputerButton);
    placeButtons->addStretch(1);
    layout->addLayout(placeButtons);

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
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_demoHint = new QLabel(tr("This is the demo database. Every demo account's password is \"%1\"; "
                               "double-click an account to use it.")
                                .arg(DemoDataBuilder::demoPassword()),
        this);
    m_demoHint->setWordWrap(true);
    layout->addWidget(m_demoHint);
    m_demoAccounts = new QListWidget(this);
    m_demoAccounts->setObjectName(QStringLiteral("demoAccounts"));
    m_demoAccounts->setMaximumHeight(140);
    layout->addWidget(m_demoAccounts);
    connect(m_demoAccounts, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        m_username->setText(item->data(Qt::UserRole).toString());
        m_password->setText(DemoDataBuilder::demoPassword());
        attemptSignIn();
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_signIn = buttons->button(QDialogButtonBox::Ok);
    m_signIn->setText(tr("Sign in"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::attemptSignIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serverButton, &QPushButton::clicked, this, &LoginDialog::chooseServer);
    connect(m_thisComputerButton, &QPushButton::clicked, this, &LoginDialog::useThisComputer);
    m_username->setFocus();
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<Database> LoginDialog::takeDatabase()
{
    m_database = nullptr;
    return std::move(m_owned);
}

void LoginDialog::openLocalFile()
{
    m_localProblem.clear();
    if (m_owned)
        return;
    const bool building = !QFileInfo::exists(m_localPath);
    std::unique_ptr<ProgressDialogReporter> progress;
    if (building)
        progress = std::make_unique<ProgressDialogReporter>(tr("Building the demo database…"), this, false);
    Result<DatabaseLocator::Opened> opened
        = DatabaseLocator::openOrCreateDemo(m_localPath, progress ? *progress : ProgressReporter::none());
    progress.reset();
    if (!opened) {
        m_localProblem = opened.errorMessage();
        return;
    }
    m_owned = std::move(opened->database);
    m_database = m_owned.get();
}

void LoginDialog::showPlace()
{
    m_message->hide();
    const bool local = !m_server.has_value();
    const bool demo = local && m_database && DatabaseLocator::isDemo(*m_database);
    if (local) {
        m_place->setText(demo ? tr("Signs in to the demo database on this computer: %1").arg(m_localPath)
                              : tr("Signs in to the database on this computer: %1").arg(m_localPath));
    } else {
        m_place->setText(tr("Signs in to the server %1").arg(m_server->display()));
    }
    m_serverButton->setVisible(!m_givenDatabase);
    m_thisComputerButton->setVisible(!m_givenDatabase);
    m_thisComputerButton->setEnabled(!local);
    m_demoHint->setVisible(demo);
    m_demoAccounts->setVisible(demo);
    m_demoAccounts->clear();
    if (demo)
        fillDemoAccounts();
    m_signIn->setEnabled(!local || m_database);
    if (local && !m_database)
        showProblem(m_localProblem);
}

void LoginDialog::fillDemoAccounts()
{
    // One or two accounts of every role are enough to explore.
    SqlQuery query(m_database->connection(),
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

void LoginDialog::chooseServer()
{
    std::optional<DatabaseLocation> shown = m_server;
    if (!shown)
        shown = DatabaseLocator::rememberedServer();
    auto *dialog = new ServerDialog(shown, m_username->text(), m_password->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const Result<DatabaseLocation> server = dialog->location(); server)
            useServer(*server);
    });
    dialog->open();
}

void LoginDialog::useServer(const DatabaseLocation &server)
{
    if (m_givenDatabase)
        return;
    m_server = server.withUser(QString());
    DatabaseLocator::rememberServer(*m_server);
    // The file is not needed while signing in elsewhere.
    m_database = nullptr;
    m_owned.reset();
    showPlace();
}

void LoginDialog::useThisComputer()
{
    if (m_givenDatabase || !m_server)
        return;
    m_server.reset();
    DatabaseLocator::rememberThisComputer();
    openLocalFile();
    showPlace();
}

void LoginDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
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
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        showProblem(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    const bool signedIn
        = m_server ? signInToServer(username, m_password->text()) : signInToFile(username, m_password->text());
    if (!signedIn) {
        m_password->clear();
        m_password->setFocus();
        return;
    }
    accept();
}

bool LoginDialog::signInToFile(const QString &username, const QString &password)
{
    if (!m_database) {
        showProblem(m_localProblem);
        return false;
    }
    SignInRefusal refusal;
    const Result<Actor> actor = UserRepository::authenticate(m_database->connection(), username, password, &refusal);
    if (!actor) {
        showProblem(SignInText::refusal(refusal, username, actor.errorMessage()));
        return false;
    }
    m_actor = *actor;
    return true;
}

bool LoginDialog::signInToServer(const QString &username, const QString &password)
{
    if (password.isEmpty()) {
        showProblem(tr("Enter your password."));
        return false;
    }
    // Login roles are lower case on a PrepMark server (ServerAccounts::isValidUsername).
    const QString role = username.toLower();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::unique_ptr<Database>> database
        = Database::open(m_server->withUser(role), Database::Mode::Existing, password);
    QApplication::restoreOverrideCursor();
    if (!database) {
        showProblem(SignInText::serverProblem(database.errorMessage(), *m_server, role));
        return false;
    }
    const Result<Actor> actor = UserRepository::signedIn((*database)->connection());
    if (!actor) {
        showProblem(SignInText::serverProblem(actor.errorMessage(), *m_server, role));
        return false;
    }
    m_actor = *actor;
    m_owned = std::move(database).value();
    m_database = m_owned.get();
    return true;
}

} // namespace prepmark
