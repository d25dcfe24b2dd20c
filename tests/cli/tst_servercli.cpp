// prepmark-cli signs in like the GUI: on a server as the URL's own login role (password from
// PGPASSWORD here, as a department's scripts would set it), on an SQLite file that is not the
// demo as --as USER. What a verb reports or changes is what that person may, and the server
// says no to the rest, whatever the CLI would allow. Accounts are managed with `users`.
#include "CliRun.h"
#include "support/PostgresServer.h"

#include "demo/DemoDataBuilder.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;
using prepmark::test::CliRun;
using prepmark::test::PostgresServer;
using prepmark::test::runPrepmarkCli;

namespace {
const QString kDatabase = QStringLiteral("clidemo");
}

class TestServerCli : public QObject
{
    Q_OBJECT

    PostgresServer *m_server = nullptr;
    QTemporaryDir m_dir;

    QString url(const QString &user) const { return m_server->location(kDatabase, user).display(); }
    CliRun as(const QString &user, const QString &password, QStringList arguments)
    {
        qputenv("PGPASSWORD", password.toUtf8());
        const CliRun run = runPrepmarkCli(arguments);
        qunsetenv("PGPASSWORD");
        return run;
    }
    QString owner(const QString &sql)
    {
        const Result<QString> out
            = m_server->psql(kDatabase, PostgresServer::ownerRole(), PostgresServer::ownerPassword(), sql);
        if (!out)
            qFatal("%s", qPrintable(out.errorMessage()));
        return out->trimmed();
    }

private slots:
    void initTestCase()
    {
        const Result<PostgresServer *> server = PostgresServer::instance();
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = *server;
        QVERIFY(m_server->createDatabase(kDatabase).ok());
        const CliRun demo = as(PostgresServer::ownerRole(), PostgresServer::ownerPassword(),
            {QStringLiteral("demo"), QStringLiteral("--db"), url(PostgresServer::ownerRole())});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QLatin1String("login role")));
        const CliRun check = as(PostgresServer::ownerRole(), PostgresServer::ownerPassword(),
            {QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), url(PostgresServer::ownerRole())});
        QVERIFY2(check.code == 0, qPrintable(check.err));
        QVERIFY(check.out.contains(QLatin1String(": ok, schema version")));
    }

    void aLecturerReportsOnTheirCohortOnly()
    {
        const QString taught = owner(QStringLiteral(
            "SELECT c.name FROM cohorts c JOIN enrolments e ON e.cohort_id = c.id JOIN users u ON u.id = e.user_id "
            "WHERE u.username = 'mbaker' AND e.role = 'lecturer' ORDER BY c.id LIMIT 1;"));
        const QString other = owner(QStringLiteral(
            "SELECT c.name FROM cohorts c WHERE c.id NOT IN (SELECT e.cohort_id FROM enrolments e JOIN users u ON "
            "u.id = e.user_id WHERE u.username = 'mbaker') ORDER BY c.id LIMIT 1;"));
        QVERIFY(!taught.isEmpty() && !other.isEmpty());
        const CliRun own = as(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--db"), url(QStringLiteral("mbaker")),
                QStringLiteral("--cohort"), taught, QStringLiteral("--json")});
        QVERIFY2(own.code == 0, qPrintable(own.err));
        const QJsonObject report = QJsonDocument::fromJson(own.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("cohort")).toString(), taught);
        const CliRun refused = as(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--db"), url(QStringLiteral("mbaker")),
                QStringLiteral("--cohort"), other});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(other), qPrintable(refused.err));
    }

    void aStudentCannotReportOrExport()
    {
        const CliRun report = as(QStringLiteral("s24001"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("report"), QStringLiteral("programme"), QStringLiteral("--db"),
                url(QStringLiteral("s24001")), QStringLiteral("--csv"), m_dir.filePath(QStringLiteral("p.csv"))});
        QCOMPARE(report.code, 1);
        QVERIFY2(report.err.contains(QLatin1String("s24001 (student) may not")), qPrintable(report.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("p.csv"))));
    }

    void aWrongOrMissingPasswordIsNamed()
    {
        const CliRun wrong = as(QStringLiteral("mbaker"), QStringLiteral("nope"),
            {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), url(QStringLiteral("mbaker"))});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("password authentication failed")), qPrintable(wrong.err));
        QVERIFY(!wrong.err.contains(QLatin1String("nope")));
        // No PGPASSWORD, no ~/.pgpass, no terminal: the message says where a password comes from.
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("no-pgpass")).toUtf8());
        const CliRun none = runPrepmarkCli(
            {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), url(QStringLiteral("mbaker"))});
        qunsetenv("PGPASSFILE");
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QLatin1String("PGPASSWORD")) && none.err.contains(QLatin1String(".pgpass")),
            qPrintable(none.err));
    }

    void anAdminManagesAccountsAndOthersCannot()
    {
        qputenv("PREPMARK_NEW_PASSWORD", "welcome-1");
        const CliRun added = as(QStringLiteral("admin"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("s27001"), QStringLiteral("--name"),
                QStringLiteral("Nia Okafor"), QStringLiteral("--role"), QStringLiteral("student"),
                QStringLiteral("--db"), url(QStringLiteral("admin"))});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        QVERIFY(
            m_server->psql(
                        kDatabase, QStringLiteral("s27001"), QStringLiteral("welcome-1"), QStringLiteral("SELECT 1;"))
                .ok());
        // The server holds a verifier, not the password.
        QCOMPARE(owner(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname = 's27001' AND rolcanlogin;")),
            QStringLiteral("s27001"));

        const CliRun byLecturer = as(QStringLiteral("mbaker"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("users"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--name"),
                QStringLiteral("Eve"), QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--db"),
                url(QStringLiteral("mbaker"))});
        QCOMPARE(byLecturer.code, 1);
        QVERIFY2(byLecturer.err.contains(QLatin1String("admins only")), qPrintable(byLecturer.err));
        QCOMPARE(owner(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'eve';")), QStringLiteral("0"));

        // A student sets their own password; not another's.
        qputenv("PREPMARK_NEW_PASSWORD", "my-own-2");
        const CliRun own = as(QStringLiteral("s27001"), QStringLiteral("welcome-1"),
            {QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("s27001"), QStringLiteral("--db"),
                url(QStringLiteral("s27001"))});
        QVERIFY2(own.code == 0, qPrintable(own.err));
        QVERIFY(
            m_server->psql(kDatabase, QStringLiteral("s27001"), QStringLiteral("my-own-2"), QStringLiteral("SELECT 1;"))
                .ok());
        const CliRun others = as(QStringLiteral("s27001"), QStringLiteral("my-own-2"),
            {QStringLiteral("users"), QStringLiteral("passwd"), QStringLiteral("mbaker"), QStringLiteral("--db"),
                url(QStringLiteral("s27001"))});
        QCOMPARE(others.code, 1);
        QVERIFY(m_server
                    ->psql(kDatabase, QStringLiteral("mbaker"), DemoDataBuilder::demoPassword(),
                        QStringLiteral("SELECT 1;"))
                    .ok());

        const CliRun disabled = as(QStringLiteral("admin"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("users"), QStringLiteral("disable"), QStringLiteral("s27001"), QStringLiteral("--db"),
                url(QStringLiteral("admin"))});
        QVERIFY2(disabled.code == 0, qPrintable(disabled.err));
        QVERIFY(
            !m_server->psql(
                         kDatabase, QStringLiteral("s27001"), QStringLiteral("my-own-2"), QStringLiteral("SELECT 1;"))
                 .ok());
        const CliRun listed = as(QStringLiteral("admin"), DemoDataBuilder::demoPassword(),
            {QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), url(QStringLiteral("admin"))});
        QVERIFY2(listed.code == 0, qPrintable(listed.err));
        QVERIFY(listed.out.contains(QLatin1String("[disabled] Nia Okafor")));
        qunsetenv("PREPMARK_NEW_PASSWORD");
    }

    void anSqliteFileThatIsNotTheDemoAsksWhoIsActing()
    {
        const QString path = m_dir.filePath(QStringLiteral("desk.db"));
        QCOMPARE(runPrepmarkCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), path}).code, 0);
        const CliRun anonymous
            = runPrepmarkCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), path});
        QCOMPARE(anonymous.code, 1);
        QVERIFY2(anonymous.err.contains(QLatin1String("say who is acting with --as USER")), qPrintable(anonymous.err));

        // The demo database acts as the system, as before; there an admin account exists.
        const QString demo = m_dir.filePath(QStringLiteral("demo.db"));
        QCOMPARE(runPrepmarkCli({QStringLiteral("demo"), QStringLiteral("--db"), demo}).code, 0);
        QCOMPARE(
            runPrepmarkCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"), demo}).code, 0);
        qputenv("PREPMARK_PASSWORD", "wrong");
        const CliRun wrong = runPrepmarkCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"),
            demo, QStringLiteral("--as"), QStringLiteral("admin")});
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("Wrong user name or password")), qPrintable(wrong.err));
        qputenv("PREPMARK_PASSWORD", DemoDataBuilder::demoPassword().toUtf8());
        const CliRun student = runPrepmarkCli({QStringLiteral("users"), QStringLiteral("list"), QStringLiteral("--db"),
            demo, QStringLiteral("--as"), QStringLiteral("s24001")});
        QCOMPARE(student.code, 1);
        QVERIFY2(student.err.contains(QLatin1String("admins only")), qPrintable(student.err));
        qunsetenv("PREPMARK_PASSWORD");
    }
};

QTEST_MAIN(TestServerCli)
#include "tst_servercli.moc"
