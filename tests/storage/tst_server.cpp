// A PrepMark database on a real PostgreSQL server (a private cluster started by the test):
// locations parsed from --db, migrations of both dialects alike, sign-in failures named,
// and a database that only its owner may migrate.
#include "support/PostgresServer.h"

#include "storage/Database.h"
#include "storage/DatabaseLocation.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlQuery.h"

#include <QSqlDatabase>
#include <QTest>

using namespace prepmark;
using prepmark::test::PostgresServer;

class TestServer : public QObject
{
    Q_OBJECT

    PostgresServer *m_server = nullptr;

private slots:
    void initTestCase()
    {
        const Result<PostgresServer *> server = PostgresServer::instance();
        QVERIFY2(server.ok(), qPrintable(server.errorMessage()));
        m_server = *server;
    }

    void locationsParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("server");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("display");
        QTest::newRow("file") << "/home/a/prepmark.db" << false << ""
                              << "" << 5432 << ""
                              << "/home/a/prepmark.db";
        QTest::newRow("relative file") << "x.db" << false << ""
                                       << "" << 5432 << ""
                                       << "x.db";
        QTest::newRow("tcp") << "postgresql://mbaker@db.example.ac.uk:5433/prepmark" << true << "mbaker"
                             << "db.example.ac.uk" << 5433 << "prepmark"
                             << "postgresql://mbaker@db.example.ac.uk:5433/prepmark";
        QTest::newRow("tcp default port") << "postgresql://s24001@10.0.0.5/prepmark" << true << "s24001"
                                          << "10.0.0.5" << 5432 << "prepmark"
                                          << "postgresql://s24001@10.0.0.5/prepmark";
        QTest::newRow("email as user") << "postgresql://zoe.obriain%40example.ac.uk@db.example.ac.uk/prepmark" << true
                                       << "zoe.obriain@example.ac.uk"
                                       << "db.example.ac.uk" << 5432 << "prepmark"
                                       << "postgresql://zoe.obriain%40example.ac.uk@db.example.ac.uk/prepmark";
        QTest::newRow("socket") << "postgresql:///prepmark?host=/run/postgresql" << true << ""
                                << "/run/postgresql" << 5432 << "prepmark"
                                << "postgresql:///prepmark?host=/run/postgresql";
        QTest::newRow("socket with user") << "postgres://admin@/pm?host=/tmp/s&port=6000" << true << "admin"
                                          << "/tmp/s" << 6000 << "pm"
                                          << "postgresql://admin@/pm?host=/tmp/s&port=6000";
    }

    void locationsParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, server);
        QFETCH(QString, user);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, display);
        const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
        QVERIFY2(location.ok(), qPrintable(location.errorMessage()));
        QCOMPARE(location->isServer(), server);
        if (server) {
            QCOMPARE(location->user(), user);
            QCOMPARE(location->host(), host);
            QCOMPARE(location->port(), port);
            QCOMPARE(location->databaseName(), database);
        } else {
            QCOMPARE(location->path(), text);
        }
        QCOMPARE(location->display(), display);
    }

    void badLocationsAreRefusedByName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("password in url") << "postgresql://s24001:demo@host/prepmark"
                                         << "password does not belong";
        QTest::newRow("no database") << "postgresql://s24001@host/"
                                     << "no database name";
        QTest::newRow("unknown parameter") << "postgresql:///pm?sslmode=disable&foo=1"
                                           << "unknown parameter";
        QTest::newRow("bad port") << "postgresql:///pm?host=/tmp&port=abc"
                                  << "port abc is not a number";
        QTest::newRow("other scheme") << "mysql://root@host/pm"
                                      << "not a database PrepMark can open";
        QTest::newRow("empty") << "  "
                               << "no database given";
    }

    void badLocationsAreRefusedByName()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
        QVERIFY(!location.ok());
        QVERIFY2(location.errorMessage().contains(message), qPrintable(location.errorMessage()));
        QVERIFY(!location.errorMessage().contains(QLatin1String("demo")) || !text.contains(QLatin1String(":demo@")));
    }

    void bothDialectsHaveTheSameMigrations()
    {
        const QVector<Migration> sqlite = SchemaMigrator::bundledMigrations(SqlDialect::Sqlite);
        const QVector<Migration> postgres = SchemaMigrator::bundledMigrations(SqlDialect::PostgreSql);
        QVERIFY(sqlite.size() >= 4);
        QCOMPARE(postgres.size(), sqlite.size());
        for (qsizetype i = 0; i < sqlite.size(); ++i) {
            QCOMPARE(postgres[i].version, sqlite[i].version);
            QCOMPARE(postgres[i].name, sqlite[i].name);
        }
    }

    void theOwnerMigratesANewServerDatabase()
    {
        const Result<DatabaseLocation> location = m_server->createDatabase(QStringLiteral("migrated"));
        QVERIFY2(location.ok(), qPrintable(location.errorMessage()));
        const auto database = Database::open(*location, Database::Mode::Existing, PostgresServer::ownerPassword());
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QVERIFY((*database)->isServer());
        QCOMPARE((*database)->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY((*database)->check().ok());
        // The tables both dialects create, as psql sees them (not through PrepMark).
        const Result<QString> tables
            = m_server->psql(QStringLiteral("migrated"), PostgresServer::ownerRole(), PostgresServer::ownerPassword(),
                QStringLiteral("SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
                               "WHERE schemaname = 'public';"));
        QVERIFY2(tables.ok(), qPrintable(tables.errorMessage()));
        for (const char *table : {"users", "submissions", "marks", "audit_log", "released_results", "marking_drafts",
                 "practice_attempts", "workbench_drafts", "schema_migrations"})
            QVERIFY2(tables->trimmed().split(QLatin1Char(',')).contains(QString::fromLatin1(table)), table);

        // Reopening changes nothing.
        const auto again = Database::open(*location, Database::Mode::Existing, PostgresServer::ownerPassword());
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE((*again)->schemaVersion(), SchemaMigrator::latestVersion());
        // Settings round-trip through the upsert both dialects share.
        QVERIFY((*again)->setSetting(QStringLiteral("k"), QStringLiteral("1")).ok());
        QVERIFY((*again)->setSetting(QStringLiteral("k"), QStringLiteral("2")).ok());
        QCOMPARE((*database)->setting(QStringLiteral("k")), QStringLiteral("2"));
        QVERIFY(!(*again)->backupTo(QStringLiteral("/tmp/never.db")).ok());
    }

    // As on SQLite (tst_database): a server database where an attempt has two first markers
    // is not upgraded to version 6; the owner is told which attempts, and nothing changes.
    void twoFirstMarkersStopTheUpgradeToVersionSix()
    {
        const QString name = QStringLiteral("twofirst");
        const Result<DatabaseLocation> location = m_server->createDatabase(name);
        QVERIFY2(location.ok(), qPrintable(location.errorMessage()));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-v5"));
            raw.setDatabaseName(name);
            raw.setHostName(m_server->socketDirectory());
            raw.setUserName(PostgresServer::ownerRole());
            raw.setPassword(PostgresServer::ownerPassword());
            QVERIFY(raw.open());
            const Result<MigrationReport> v5 = SchemaMigrator(raw).migrateTo(5);
            QVERIFY2(v5.ok(), qPrintable(v5.errorMessage()));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw-v5"));
        const QString owner = PostgresServer::ownerRole();
        const QString password = PostgresServer::ownerPassword();
        QVERIFY(
            m_server
                ->psql(name, owner, password,
                    QStringLiteral(
                        "INSERT INTO users (id, username, display_name, role, password_hash) VALUES "
                        "(1, 'a', 'A', 'lecturer', ''), (2, 'b', 'B', 'lecturer', ''), (3, 's', 'S', 'student', '');"
                        "INSERT INTO programmes (id, code, name) VALUES (1, 'P', 'P');"
                        "INSERT INTO modules (id, programme_id, code, name) VALUES (1, 1, 'M', 'M');"
                        "INSERT INTO cohorts (id, module_id, name, academic_year) VALUES (1, 1, 'C', 'x');"
                        "INSERT INTO rubrics (id, key, version, title, definition) VALUES (1, 'r', 1, 'R', '{}');"
                        "INSERT INTO exercises (id, key, title, genre, difficulty) VALUES (1, 'x', 'X', 'pop', 1);"
                        "INSERT INTO assignments (id, cohort_id, exercise_id, rubric_id, title, mode) VALUES "
                        "(1, 1, 1, 1, 'A', 'assessed');"
                        "INSERT INTO submissions (id, assignment_id, student_id) VALUES (1, 1, 3);"
                        "INSERT INTO attempts (id, submission_id, number, submitted_at) VALUES (7, 1, 1, 'x');"
                        "INSERT INTO markings (attempt_id, marker_id, role) VALUES (7, 1, 'second'), (7, 2, "
                        "'second');"))
                .ok());
        const auto refused = Database::open(*location, Database::Mode::Existing, password);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(
                     QStringLiteral("cannot upgrade to schema version 6: attempt 7 has 2 second markers")),
            qPrintable(refused.errorMessage()));
        const Result<QString> after = m_server->psql(name, owner, password,
            QStringLiteral(
                "SELECT (SELECT max(version) FROM schema_migrations) || ',' || (SELECT count(*) FROM markings) "
                "|| ',' || (SELECT count(*) FROM information_schema.columns WHERE table_name = 'marks' AND "
                "column_name = 'row_version');"));
        QVERIFY2(after.ok(), qPrintable(after.errorMessage()));
        QCOMPARE(after->trimmed(), QStringLiteral("5,2,0"));
    }

    void aWrongPasswordIsNamed()
    {
        const Result<DatabaseLocation> location = m_server->createDatabase(QStringLiteral("wrongpassword"));
        QVERIFY(location.ok());
        const auto database = Database::open(*location, Database::Mode::Existing, QStringLiteral("not-it"));
        QVERIFY(!database.ok());
        QVERIFY2(database.errorMessage().contains(QLatin1String("password authentication failed")),
            qPrintable(database.errorMessage()));
        QVERIFY(database.errorMessage().startsWith(location->display()));
        QVERIFY(!database.errorMessage().contains(QLatin1String("not-it")));
    }

    void onlyTheOwnerMigrates()
    {
        const Result<DatabaseLocation> location = m_server->createDatabase(QStringLiteral("notowner"));
        QVERIFY(location.ok());
        QVERIFY(m_server
                    ->psql(QStringLiteral("notowner"), PostgresServer::ownerRole(), PostgresServer::ownerPassword(),
                        QStringLiteral("CREATE ROLE stranger LOGIN PASSWORD 'x';"))
                    .ok());
        const auto database = Database::open(m_server->location(QStringLiteral("notowner"), QStringLiteral("stranger")),
            Database::Mode::Existing, QStringLiteral("x"));
        QVERIFY(!database.ok());
        QVERIFY2(database.errorMessage().contains(QLatin1String("its owner must run `prepmark-cli db migrate")),
            qPrintable(database.errorMessage()));
        // Nothing was created by the refused open.
        const Result<QString> tables
            = m_server->psql(QStringLiteral("notowner"), PostgresServer::ownerRole(), PostgresServer::ownerPassword(),
                QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public';"));
        QVERIFY(tables.ok());
        QCOMPARE(tables->trimmed(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
