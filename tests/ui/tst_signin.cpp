// The GUI's sign-in to a department server: a real PostgreSQL server (a private cluster for
// this process, tests/support/PostgresServer) holding the demo programme, whose accounts are
// login roles with the demo password. The dialog signs in as the typed role; what the main
// window then shows is checked against SQL the database owner runs with psql, not against
// PrepMark's repositories. Every way a sign-in fails gets its own words in the dialog, which
// stays open; the server entered under "Server…" is offered at the next start; signing out
// ends the role's session on the server.
#include "support/PostgresServer.h"

#include "ui/app/DatabaseLocator.h"
#include "ui/app/LoginDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/ServerDialog.h"
#include "ui/app/SignInFlow.h"
#include "ui/student/ReleasedResultsPage.h"

#include "demo/DemoDataBuilder.h"
#include "storage/SchemaMigrator.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;
using prepmark::test::PostgresServer;

namespace {
const QString kDatabase = QStringLiteral("signin");
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    PostgresServer *m_server = nullptr;
    std::optional<DatabaseLocation> m_location; // the demo database, without a user

    QString owner(const QString &sql, const QString &database = kDatabase)
    {
        const Result<QString> out
            = m_server->psql(database, PostgresServer::ownerRole(), PostgresServer::ownerPassword(), sql);
        if (!out)
            qFatal("owner SQL failed: %s\n%s", qPrintable(out.errorMessage()), qPrintable(sql));
        return out->trimmed();
    }
    // The local file a dialog falls back to: never opened by these tests' server dialogs.
    QString localPath() const { return m_dir.filePath(QStringLiteral("not-used.db")); }
    static QString messageOf(const LoginDialog &login) { return login.messageLabel()->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("settings")));
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        // Nothing in the environment signs in for the dialog: only what is typed counts.
        qunsetenv("PGPASSWORD");
        const Result<PostgresServer *> server = PostgresServer::instance();
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = *server;
        const Result<DatabaseLocation> ownerLocation = m_server->createDatabase(kDatabase);
        QVERIFY2(ownerLocation.ok(), qPrintable(ownerLocation.errorMessage()));
        auto database
            = Database::open(*ownerLocation, Database::Mode::CreateOrMigrate, PostgresServer::ownerPassword());
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        const Result<DemoSummary> demo = DemoDataBuilder(**database).build();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        m_location = ownerLocation->withUser(QString());
    }

    void aStudentSignsInAndSeesOnlyTheirOwnResults()
    {
        LoginDialog login(localPath(), *m_location);
        QVERIFY(login.server().has_value());
        QCOMPARE(login.placeLabel()->text(), QStringLiteral("Signs in to the server %1").arg(m_location->display()));
        QVERIFY(login.findChild<QWidget *>(QStringLiteral("demoAccounts"))->isHidden());
        QVERIFY(!QFileInfo::exists(localPath())); // signing in to a server never makes a local file
        QVERIFY2(login.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()), qPrintable(messageOf(login)));
        const std::unique_ptr<Database> database = login.takeDatabase();
        QVERIFY(database && database->isServer());
        QCOMPARE(database->location().user(), QStringLiteral("s24001"));
        QCOMPARE(login.actor().username, QStringLiteral("s24001"));
        QCOMPARE(login.actor().role, Role::Student);
        QCOMPARE(login.actor().userId,
            owner(QStringLiteral("SELECT id FROM users WHERE username = 's24001';")).toLongLong());

        MainWindow window(*database, login.actor());
        QVERIFY(window.windowTitle().contains(QStringLiteral("server")));
        auto *results = window.homePage()->findChild<ReleasedResultsPage *>();
        QVERIFY(results);
        // What the owner's SQL says s24001 has been released, oldest first...
        const QStringList own = owner(
            QStringLiteral(
                "SELECT a.title FROM released_results r JOIN attempts t ON t.id = r.attempt_id "
                "JOIN submissions s ON s.id = t.submission_id JOIN assignments a ON a.id = s.assignment_id "
                "JOIN users u ON u.id = s.student_id WHERE u.username = 's24001' ORDER BY r.released_at, r.id;"))
                                    .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(!own.isEmpty());
        // ... while other students' results exist on the server.
        QVERIFY(owner(QStringLiteral("SELECT count(*) FROM released_results;")).toInt() > own.size());
        QCOMPARE(results->history()->rowCount(), int(own.size()));
        for (int r = 0; r < results->history()->rowCount(); ++r)
            QCOMPARE(results->history()->item(r, 0)->text(), own.at(r));
    }

    void aFailedSignInSaysWhyAndKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("expected");
        QTest::newRow("wrong password") << "s24001"
                                        << "not-demo"
                                        << "Wrong user name or password.";
        QTest::newRow("unknown user") << "nobody"
                                      << "demo"
                                      << "Wrong user name or password.";
        QTest::newRow("no password") << "s24001"
                                     << ""
                                     << "Enter your password.";
    }

    void aFailedSignInSaysWhyAndKeepsTheDialogOpen()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, expected);
        LoginDialog login(localPath(), *m_location);
        QVERIFY(!login.signIn(username, password));
        QVERIFY(login.result() != QDialog::Accepted);
        QVERIFY(!login.messageLabel()->isHidden());
        QCOMPARE(messageOf(login), expected);
        QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("username"))->text(), username);
        QVERIFY(login.findChild<QLineEdit *>(QStringLiteral("password"))->text().isEmpty());
        QVERIFY(!login.takeDatabase());
        // The same dialog then signs in with the right password.
        QVERIFY(login.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
    }

    void aRoleWithoutAPrepMarkAccountIsToldSo()
    {
        // Login roles belong to the whole server, PrepMark accounts to one database: s24001 of
        // the demo signs in to the server, but this department's other database has no account
        // for them.
        const Result<DatabaseLocation> other = m_server->createDatabase(QStringLiteral("other"));
        QVERIFY(other.ok());
        QVERIFY(Database::open(*other, Database::Mode::CreateOrMigrate, PostgresServer::ownerPassword()).ok());
        LoginDialog login(localPath(), other->withUser(QString()));
        QVERIFY(!login.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
        QCOMPARE(messageOf(login),
            QStringLiteral("\"s24001\" may sign in to the server, but the database %1 has no PrepMark account for it. "
                           "Ask your PrepMark administrator to create the account.")
                .arg(other->withUser(QString()).display()));
        QVERIFY(!login.takeDatabase());

        // A login role that is no PrepMark role at all may not even connect to the database.
        owner(QStringLiteral("CREATE ROLE ghost LOGIN PASSWORD 'ghost-secret';"));
        LoginDialog ghost(localPath(), *m_location);
        QVERIFY(!ghost.signIn(QStringLiteral("ghost"), QStringLiteral("ghost-secret")));
        QCOMPARE(messageOf(ghost),
            QStringLiteral("\"ghost\" may not use the database %1 on this server. Ask your PrepMark administrator "
                           "to create your account there.")
                .arg(m_location->display()));
    }

    void aDisabledAccountIsToldSo()
    {
        owner(QStringLiteral("ALTER ROLE s24002 NOLOGIN;"));
        LoginDialog login(localPath(), *m_location);
        QVERIFY(!login.signIn(QStringLiteral("s24002"), DemoDataBuilder::demoPassword()));
        QCOMPARE(messageOf(login),
            QStringLiteral("The account \"s24002\" is disabled. Ask your PrepMark administrator to enable it."));
        // A wrong password does not reveal that the account is disabled.
        QVERIFY(!login.signIn(QStringLiteral("s24002"), QStringLiteral("not-demo")));
        QCOMPARE(messageOf(login), QStringLiteral("Wrong user name or password."));
        owner(QStringLiteral("ALTER ROLE s24002 LOGIN;"));
    }

    void anUnreachableServerIsToldSo()
    {
        // A socket folder where no server listens.
        const Result<DatabaseLocation> nowhere
            = DatabaseLocator::serverLocation(m_dir.filePath(QStringLiteral("no-server")), 5432, kDatabase);
        QVERIFY2(nowhere.ok(), qPrintable(nowhere.errorMessage()));
        LoginDialog login(localPath(), *nowhere);
        QVERIFY(!login.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
        QVERIFY2(messageOf(login).startsWith(QStringLiteral("Cannot reach the server ") + nowhere->display()),
            qPrintable(messageOf(login)));
        // A database name the server does not have.
        const Result<DatabaseLocation> missing
            = DatabaseLocator::serverLocation(m_server->socketDirectory(), 5432, QStringLiteral("prepmrak"));
        QVERIFY(missing.ok());
        LoginDialog other(localPath(), *missing);
        QVERIFY(!other.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
        QCOMPARE(messageOf(other),
            QStringLiteral("The server has no database \"prepmrak\". Check the database name under Server…."));
    }

    void aDatabaseThatNeedsMigratingIsToldSo()
    {
        // A database the owner left at schema version 5.
        const Result<DatabaseLocation> old = m_server->createDatabase(QStringLiteral("old"));
        QVERIFY(old.ok());
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("old-owner"));
            raw.setDatabaseName(QStringLiteral("old"));
            raw.setHostName(m_server->socketDirectory());
            raw.setUserName(PostgresServer::ownerRole());
            raw.setPassword(PostgresServer::ownerPassword());
            QVERIFY(raw.open());
            const Result<MigrationReport> migrated = SchemaMigrator(raw).migrateTo(5);
            QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old-owner"));
        LoginDialog login(localPath(), old->withUser(QString()));
        QVERIFY(!login.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));
        QVERIFY2(messageOf(login).contains(QStringLiteral("must be migrated")), qPrintable(messageOf(login)));
        QVERIFY(messageOf(login).contains(QStringLiteral("prepmark-cli db migrate")));
        QCOMPARE(owner(QStringLiteral("SELECT max(version) FROM schema_migrations;"), QStringLiteral("old")),
            QStringLiteral("5"));
    }

    void theServerEnteredIsTestedAndOfferedNextTime()
    {
        DatabaseLocator::rememberThisComputer();
        QSettings().remove(QStringLiteral("signIn/serverHost"));
        const Result<DatabaseLocator::SignInStart> before = DatabaseLocator::signInStart(QString());
        QVERIFY(before.ok() && !before->server);

        LoginDialog login(localPath(), m_location->withUser(QString()));
        login.useThisComputer(); // as if started without a server: back to the file (which does not exist)
        QVERIFY(!login.server());
        login.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("s24001"));
        login.findChild<QLineEdit *>(QStringLiteral("password"))->setText(DemoDataBuilder::demoPassword());
        login.chooseServer();
        auto *dialog = login.findChild<ServerDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->hostEdit()->setText(m_server->socketDirectory());
        dialog->portEdit()->setValue(5432);
        dialog->databaseEdit()->setText(QStringLiteral("prepmrak"));
        QVERIFY(!dialog->test());
        QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("no database \"prepmrak\"")));
        dialog->databaseEdit()->setText(kDatabase);
        QVERIFY2(dialog->test(), qPrintable(dialog->resultLabel()->text()));
        QVERIFY2(dialog->resultLabel()->text().startsWith(QStringLiteral("Signed in as ")),
            qPrintable(dialog->resultLabel()->text()));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(login.server().has_value());
        QCOMPARE(login.server()->display(), m_location->display());
        QVERIFY(login.placeLabel()->text().contains(m_location->display()));

        // Remembered, without a user name or password.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!settings.value(key).toString().contains(DemoDataBuilder::demoPassword()), qPrintable(key));
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("password"), Qt::CaseInsensitive));
        const Result<DatabaseLocator::SignInStart> next = DatabaseLocator::signInStart(QString());
        QVERIFY(next.ok() && next->server);
        QCOMPARE(next->server->display(), m_location->display());
        LoginDialog nextTime(next->localPath, next->server);
        QCOMPARE(nextTime.placeLabel()->text(), QStringLiteral("Signs in to the server %1").arg(m_location->display()));
        QVERIFY(nextTime.signIn(QStringLiteral("s24001"), DemoDataBuilder::demoPassword()));

        // "This computer" is remembered too, and the server stays for "Server…".
        LoginDialog local(next->localPath, next->server);
        local.useThisComputer();
        QVERIFY(!DatabaseLocator::signInStart(QString())->server);
        QCOMPARE(DatabaseLocator::rememberedServer()->display(), m_location->display());
    }

    void aServerOnTheCommandLineOpensItsSignIn()
    {
        const QString url = m_server->location(kDatabase, QStringLiteral("s24001")).display();
        const Result<DatabaseLocator::SignInStart> start = DatabaseLocator::signInStart(url);
        QVERIFY2(start.ok(), qPrintable(start.errorMessage()));
        QVERIFY(start->server);
        LoginDialog login(start->localPath, start->server);
        QCOMPARE(login.findChild<QLineEdit *>(QStringLiteral("username"))->text(), QStringLiteral("s24001"));
        QVERIFY(login.placeLabel()->text().contains(m_location->display()));
        QVERIFY(!login.placeLabel()->text().contains(QStringLiteral("s24001@")));
        QVERIFY(!DatabaseLocator::signInStart(QStringLiteral("postgresql://s24001:demo@/x")).ok());
    }

    void signingOutEndsTheSessionOnTheServer()
    {
        const auto sessions = [this] {
            return owner(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'mbaker' AND datname = '%1';")
                    .arg(kDatabase))
                .toInt();
        };
        QCOMPARE(sessions(), 0);
        SignInFlow flow(localPath(), *m_location);
        flow.start();
        QVERIFY(flow.loginDialog()->signIn(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword()));
        QVERIFY(flow.window());
        QCOMPARE(flow.window()->context().actor.role, Role::Lecturer);
        QCOMPARE(sessions(), 1);
        flow.signOut();
        QVERIFY(!flow.window());
        QVERIFY(!flow.database());
        QVERIFY(flow.loginDialog() && flow.loginDialog()->isVisible());
        QVERIFY(flow.loginDialog()->server()); // the next sign-in is to the same server
        QTRY_COMPARE(sessions(), 0);
    }
};

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
