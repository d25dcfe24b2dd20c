#include "storage/Database.h"
#include "storage/FilesystemCheck.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlQuery.h"
#include "storage/SqlScript.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

int count(const QSqlDatabase &connection, const QString &table)
{
    SqlQuery query(connection, QStringLiteral("SELECT count(*) FROM ") + table);
    return query.scalar()->toInt();
}

void exec(const QSqlDatabase &connection, const QString &sql)
{
    SqlQuery query(connection, sql);
    const Status done = query.exec();
    if (!done)
        qFatal("%s", qPrintable(done.errorMessage()));
}

// A raw connection (no Database, no migrations) for building old databases by hand.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(QStringLiteral("raw"), false).close();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }
    QSqlDatabase connection() const { return QSqlDatabase::database(QStringLiteral("raw"), false); }
};

// Everything a SQLite file holds, as text: its schema (sqlite_master, by name) and every
// row of every table in rowid order. Two files with the same dump hold the same database,
// whatever their page layout (VACUUM INTO writes the same content on fresh pages).
QStringList contentDump(const QString &path)
{
    RawConnection raw(path);
    QStringList dump;
    QStringList tables;
    SqlQuery schema(raw.connection(),
        QStringLiteral("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    if (!schema.exec())
        qFatal("cannot read the schema of %s", qPrintable(path));
    while (schema.next()) {
        dump << QStringLiteral("%1 %2 on %3: %4")
                    .arg(schema.value(0).toString(), schema.value(1).toString(), schema.value(2).toString(),
                        schema.value(3).toString());
        if (schema.value(0).toString() == QLatin1String("table"))
            tables << schema.value(1).toString();
    }
    for (const QString &table : tables) {
        QSqlQuery rows(raw.connection());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table)))
            qFatal("cannot read %s of %s", qPrintable(table), qPrintable(path));
        while (rows.next()) {
            QStringList values;
            for (int c = 0; c < rows.record().count(); ++c)
                values << (rows.value(c).isNull() ? QStringLiteral("NULL") : rows.value(c).toString());
            dump << table + QStringLiteral(": ") + values.join(QStringLiteral(" | "));
        }
    }
    return dump;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsAndMigratesANewFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const auto database = Database::open(path);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QCOMPARE((*database)->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(SchemaMigrator::latestVersion() >= 2);
        QVERIFY((*database)->backupPath().isEmpty()); // nothing to copy in a new file
        QVERIFY((*database)->check().ok());
        SqlQuery journal((*database)->connection(), QStringLiteral("PRAGMA journal_mode"));
        QCOMPARE(journal.scalar()->toString(), QStringLiteral("wal"));
        SqlQuery foreignKeys((*database)->connection(), QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(foreignKeys.scalar()->toInt(), 1);
        SqlQuery recorded((*database)->connection(),
            QStringLiteral("SELECT group_concat(name, ',') FROM schema_migrations ORDER BY version"));
        QCOMPARE(recorded.scalar()->toString(),
            QStringLiteral("001_initial.sql,002_release_audit_outcomes.sql,003_marking_workflow.sql,004_workbench.sql,"
                           "005_server_security.sql,006_concurrent_marking.sql,007_sign_in_attempts.sql,"
                           "008_blind_marking.sql"));
    }

    void existingModeRefusesAMissingFile()
    {
        const auto database = Database::open(QStringLiteral("/nonexistent/dir/x.db"), Database::Mode::Existing);
        QVERIFY(!database.ok());
        QCOMPARE(database.errorMessage(), QStringLiteral("/nonexistent/dir/x.db: no such database"));
    }

    void migratesAPopulatedVersionOneDatabaseWithoutLoss()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.db"));
        {
            RawConnection raw(path);
            const Result<MigrationReport> v1 = SchemaMigrator(raw.connection()).migrateTo(1);
            QVERIFY2(v1.ok(), qPrintable(v1.errorMessage()));
            QCOMPARE(v1->toVersion, 1);
            const QSqlDatabase c = raw.connection();
            exec(c,
                QStringLiteral("INSERT INTO users (id, username, display_name, role, password_hash) VALUES "
                               "(1, 'lect', 'A Lecturer', 'lecturer', 'h'), (2, 'stud', 'A Student', 'student', 'h')"));
            exec(c, QStringLiteral("INSERT INTO programmes (id, code, name) VALUES (1, 'MP', 'Music Production')"));
            exec(c,
                QStringLiteral("INSERT INTO modules (id, programme_id, code, name) VALUES (1, 1, 'M1', 'Mix Prep')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO cohorts (id, module_id, name, academic_year) VALUES (1, 1, 'C1', '2025/26')"));
            exec(c, QStringLiteral("INSERT INTO enrolments VALUES (1, 1, 'lecturer'), (1, 2, 'student')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO rubrics (id, key, version, title, definition) VALUES (1, 'r', 1, 'R', '{}')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO exercises (id, key, title, genre, difficulty) VALUES (1, 'x', 'X', 'pop', 1)"));
            exec(c,
                QStringLiteral("INSERT INTO assignments (id, cohort_id, exercise_id, rubric_id, title, mode) VALUES "
                               "(1, 1, 1, 1, 'A', 'assessed')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO submissions (id, assignment_id, student_id, status) VALUES (1, 1, 2, 'agreed')"));
            exec(c,
                QStringLiteral("INSERT INTO attempts (id, submission_id, number, submitted_at, notes) VALUES (1, 1, 1, "
                               "'2025-12-01T10:00:00Z', 'notes')"));
            exec(c,
                QStringLiteral("INSERT INTO evidence (attempt_id, criterion_key, provisional_level, lines) VALUES (1, "
                               "'c1', 3, '[\"x\"]')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO marks (attempt_id, marker_id, criterion_key, level, remark, updated_at) VALUES "
                    "(1, 1, 'c1', 4, 'good', '2025-12-10T09:00:00Z'), (1, 1, 'c2', 2, NULL, '2025-12-10T09:01:00Z')"));
            exec(c,
                QStringLiteral("INSERT INTO markings (attempt_id, marker_id, role, feedback) VALUES (1, 1, 'first', "
                               "'Well done')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO dimension_results (attempt_id, marker_id, kind, dimension_key, score) VALUES "
                    "(1, 1, 'marker', 'd1', 3.5), (1, NULL, 'agreed', 'd1', 3.25)"));
        }
        // The file as it was, byte for byte, kept aside to compare the backup with.
        const QString asItWas = dir.filePath(QStringLiteral("as-it-was.db"));
        QVERIFY(QFile::copy(path, asItWas));
        QCOMPARE(fileHash(asItWas), fileHash(path));
        const QStringList before = contentDump(asItWas);
        QVERIFY(before.size() > 20);

        const auto database = Database::open(path, Database::Mode::Existing);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QCOMPARE((*database)->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(fileHash(path) != fileHash(asItWas)); // migrated in place

        // A copy was taken before migrating, and it holds exactly what the file held:
        // the same schema and the same rows of every table (VACUUM INTO writes them on
        // fresh pages, so the bytes differ; the content may not).
        const QString backup = (*database)->backupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        QVERIFY(backup.startsWith(path + QStringLiteral(".v1-")));
        QCOMPARE(contentDump(backup), before);
        {
            RawConnection raw(backup);
            QCOMPARE(SchemaMigrator(raw.connection()).currentVersion().value(), 1);
            QCOMPARE(count(raw.connection(), QStringLiteral("marks")), 2);
        }

        const QSqlDatabase c = (*database)->connection();
        const QStringList tables {"users", "programmes", "modules", "cohorts", "enrolments", "rubrics", "exercises",
            "assignments", "submissions", "attempts", "evidence", "marks", "markings", "dimension_results"};
        const QList<int> expected {2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 2, 1, 2};
        for (int i = 0; i < tables.size(); ++i)
            QCOMPARE(count(c, tables[i]), expected[i]);
        SqlQuery mark(
            c, QStringLiteral("SELECT level, remark, updated_at, changed_by FROM marks WHERE criterion_key = 'c1'"));
        QVERIFY(mark.exec().ok() && mark.next());
        QCOMPARE(mark.value(0).toInt(), 4);
        QCOMPARE(mark.value(1).toString(), QStringLiteral("good"));
        QCOMPARE(mark.value(2).toString(), QStringLiteral("2025-12-10T09:00:00Z"));
        QCOMPARE(mark.value(3).toInt(), 1); // back-filled: the marker changed it
        SqlQuery agreed(c, QStringLiteral("SELECT score FROM dimension_results WHERE kind = 'agreed'"));
        QCOMPARE(agreed.scalar()->toDouble(), 3.25);
        // Existing marks enter the new audit log as imported, then new changes are logged.
        QCOMPARE(count(c, QStringLiteral("audit_log WHERE action = 'imported'")), 2);
        exec(c, QStringLiteral("UPDATE marks SET level = 5, changed_by = 1 WHERE criterion_key = 'c2'"));
        SqlQuery logged(
            c, QStringLiteral("SELECT old_value || '->' || new_value FROM audit_log WHERE action = 'update'"));
        QCOMPARE(logged.scalar()->toString(), QStringLiteral("2->5"));
    }

    // Version 6 makes "one first and one second marker per attempt" a unique index; a file
    // that breaks the rule is not upgraded, says why and how to mend it, and stays as it was.
    void twoFirstMarkersStopTheUpgradeToVersionSix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.db"));
        {
            RawConnection raw(path);
            const QSqlDatabase c = raw.connection();
            QVERIFY(SchemaMigrator(c).migrateTo(5).ok());
            exec(c,
                QStringLiteral("INSERT INTO users (id, username, display_name, role, password_hash) VALUES "
                               "(1, 'a', 'A', 'lecturer', 'h'), (2, 'b', 'B', 'lecturer', 'h'), "
                               "(3, 's', 'S', 'student', 'h')"));
            exec(c, QStringLiteral("INSERT INTO programmes (id, code, name) VALUES (1, 'P', 'P')"));
            exec(c, QStringLiteral("INSERT INTO modules (id, programme_id, code, name) VALUES (1, 1, 'M', 'M')"));
            exec(c, QStringLiteral("INSERT INTO cohorts (id, module_id, name, academic_year) VALUES (1, 1, 'C', 'x')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO rubrics (id, key, version, title, definition) VALUES (1, 'r', 1, 'R', '{}')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO exercises (id, key, title, genre, difficulty) VALUES (1, 'x', 'X', 'pop', 1)"));
            exec(c,
                QStringLiteral("INSERT INTO assignments (id, cohort_id, exercise_id, rubric_id, title, mode) VALUES "
                               "(1, 1, 1, 1, 'A', 'assessed')"));
            exec(c, QStringLiteral("INSERT INTO submissions (id, assignment_id, student_id) VALUES (1, 1, 3)"));
            exec(c,
                QStringLiteral("INSERT INTO attempts (id, submission_id, number, submitted_at) VALUES (1, 1, 1, 'x')"));
            exec(c,
                QStringLiteral(
                    "INSERT INTO markings (attempt_id, marker_id, role) VALUES (1, 1, 'first'), (1, 2, 'first')"));
        }
        const QStringList before = contentDump(path);
        const auto refused = Database::open(path, Database::Mode::Existing);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("006_concurrent_marking.sql")),
            qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(QStringLiteral(
                     "cannot upgrade to schema version 6: some attempts have two first markers or two second markers")),
            qPrintable(refused.errorMessage()));
        QVERIFY2(
            refused.errorMessage().contains(QStringLiteral("nothing was changed")), qPrintable(refused.errorMessage()));
        QCOMPARE(contentDump(path), before); // still version 5, every row as it was
        // The refused attempt kept the copy it took first; it holds the same.
        const QStringList copies = QDir(dir.path()).entryList({QStringLiteral("v5.db.v5-*.bak")});
        QCOMPARE(copies.size(), 1);
        QCOMPARE(contentDump(dir.filePath(copies.first())), before);
        QVERIFY(QFile::remove(dir.filePath(copies.first()))); // the next copy may be taken within the same second

        // Mended as the message says, the file is upgraded and the rule holds from then on.
        {
            RawConnection raw(path);
            exec(raw.connection(), QStringLiteral("UPDATE markings SET role = 'moderator' WHERE marker_id = 2"));
        }
        const auto upgraded = Database::open(path, Database::Mode::Existing);
        QVERIFY2(upgraded.ok(), qPrintable(upgraded.errorMessage()));
        QCOMPARE((*upgraded)->schemaVersion(), SchemaMigrator::latestVersion());
        SqlQuery second(
            (*upgraded)->connection(), QStringLiteral("UPDATE markings SET role = 'first' WHERE marker_id = 2"));
        QVERIFY(!second.exec().ok());
        QVERIFY(second.violatedUniqueness());
    }

    void corruptFileIsReportedAndLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not sqlite") << QByteArray("PrepMark? This is a text file, not a database.\n").repeated(40)
                                    << QStringLiteral("not a PrepMark database (the file is not an SQLite database");
        QByteArray header("SQLite format 3\0", 16);
        QTest::newRow("sqlite header, garbage after")
            << header + QByteArray(4096, '\x5a') << QStringLiteral("left untouched");
    }

    void corruptFileIsReportedAndLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.db"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        const QByteArray before = fileHash(path);
        for (Database::Mode mode :
            {Database::Mode::CreateOrMigrate, Database::Mode::Existing, Database::Mode::ReadOnly}) {
            const auto database = Database::open(path, mode);
            QVERIFY(!database.ok());
            QVERIFY2(
                database.errorMessage().startsWith(path + QStringLiteral(": ")), qPrintable(database.errorMessage()));
            QVERIFY2(database.errorMessage().contains(expected), qPrintable(database.errorMessage()));
        }
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("broken.db")});
    }

    void damagedPagesFailTheIntegrityCheck()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.db"));
        {
            RawConnection raw(path);
            QVERIFY(SchemaMigrator(raw.connection()).migrate().ok());
            exec(raw.connection(), QStringLiteral("PRAGMA journal_mode = DELETE"));
            for (int i = 0; i < 300; ++i)
                exec(raw.connection(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES ('k%1', '%2')")
                        .arg(i)
                        .arg(QString(200, QLatin1Char('v'))));
        }
        {
            // Overwrite the middle of the file with garbage, keeping the header.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 40000);
            file.seek(size / 2);
            file.write(QByteArray(8192, '\x13'));
        }
        const QByteArray before = fileHash(path);
        const auto database = Database::open(path, Database::Mode::Existing);
        QVERIFY(!database.ok());
        QVERIFY2(
            database.errorMessage().contains(QStringLiteral("left untouched")), qPrintable(database.errorMessage()));
        QCOMPARE(fileHash(path), before);
    }

    void newerDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            const auto database = Database::open(path);
            QVERIFY(database.ok());
            exec((*database)->connection(),
                QStringLiteral("INSERT INTO schema_migrations VALUES (99, '099_future.sql', 'x')"));
        }
        const auto database = Database::open(path);
        QVERIFY(!database.ok());
        QVERIFY2(database.errorMessage().contains(QStringLiteral("schema version 99, newer than this PrepMark")),
            qPrintable(database.errorMessage()));
    }

    void failedTransactionLeavesNothingHalfWritten()
    {
        const auto database = Database::openInMemory();
        QVERIFY(database.ok());
        const QSqlDatabase c = (*database)->connection();
        {
            Transaction transaction(c);
            QVERIFY(transaction.active());
            exec(c, QStringLiteral("INSERT INTO programmes (code, name) VALUES ('P1', 'One')"));
            exec(c, QStringLiteral("INSERT INTO modules (programme_id, code, name) VALUES (1, 'M1', 'Module')"));
            // The third statement fails (a module of a programme that does not exist).
            SqlQuery bad(
                c, QStringLiteral("INSERT INTO modules (programme_id, code, name) VALUES (42, 'M2', 'Orphan')"));
            const Status failed = bad.exec();
            QVERIFY(!failed.ok());
            QVERIFY(failed.errorMessage().contains(QStringLiteral("FOREIGN KEY")));
            // leaving the scope without commit() rolls back
        }
        QCOMPARE(count(c, QStringLiteral("programmes")), 0);
        QCOMPARE(count(c, QStringLiteral("modules")), 0);

        // Nested: an inner unit that fails is undone alone; the outer commits.
        {
            Transaction outer(c);
            exec(c, QStringLiteral("INSERT INTO programmes (code, name) VALUES ('P2', 'Two')"));
            {
                Transaction inner(c);
                QVERIFY(inner.active());
                exec(c, QStringLiteral("INSERT INTO programmes (code, name) VALUES ('P3', 'Three')"));
            }
            QVERIFY(outer.commit().ok());
        }
        SqlQuery codes(c, QStringLiteral("SELECT group_concat(code, ',') FROM programmes"));
        QCOMPARE(codes.scalar()->toString(), QStringLiteral("P2"));

        // An outer rollback undoes committed inner units too.
        {
            Transaction outer(c);
            {
                Transaction inner(c);
                exec(c, QStringLiteral("INSERT INTO programmes (code, name) VALUES ('P4', 'Four')"));
                QVERIFY(inner.commit().ok());
            }
        }
        QCOMPARE(count(c, QStringLiteral("programmes")), 1);
    }

    void auditLogIsAppendOnly()
    {
        const auto database = Database::openInMemory();
        QVERIFY(database.ok());
        const QSqlDatabase c = (*database)->connection();
        exec(c, QStringLiteral("INSERT INTO audit_log (entity, action) VALUES ('test', 'insert')"));
        SqlQuery update(c, QStringLiteral("UPDATE audit_log SET action = 'changed'"));
        QVERIFY(update.exec().errorMessage().contains(QStringLiteral("append-only")));
        SqlQuery remove(c, QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(remove.exec().errorMessage().contains(QStringLiteral("append-only")));
        QCOMPARE(count(c, QStringLiteral("audit_log")), 1);
    }

    void backupIsAConsistentCopy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.db"));
        const auto database = Database::open(path);
        QVERIFY(database.ok());
        QVERIFY((*database)->setSetting(QStringLiteral("greeting"), QStringLiteral("hello")).ok());
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY((*database)->backupTo(copy).ok());
        QVERIFY((*database)->backupTo(copy).errorMessage().contains(QStringLiteral("already exists")));
        const auto reopened = Database::open(copy, Database::Mode::ReadOnly);
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->setting(QStringLiteral("greeting")), QStringLiteral("hello"));
    }

    // Permissions are read from the file system itself (stat), not from PrepMark.
    void newDatabasesAndBackupsAreReadableByTheirOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.db"));
        const auto database = Database::open(path);
        QVERIFY2(database.ok(), qPrintable(database.errorMessage()));
        QVERIFY((*database)->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther;
        for (const QString &file : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2((QFile::permissions(file) & others) == 0, qPrintable(file));
            QVERIFY((QFile::permissions(file) & ownerOnly) == ownerOnly);
        }
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        QVERIFY((*database)->backupTo(copy).ok());
        QVERIFY((QFile::permissions(copy) & others) == 0);
    }

    void aDatabaseOnANetworkFilesystemIsRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("refused");
        QTest::newRow("nfs4") << "nfs4" << true;
        QTest::newRow("nfs") << "nfs" << true;
        QTest::newRow("cifs") << "cifs" << true;
        QTest::newRow("smb3") << "smb3" << true;
        QTest::newRow("sshfs") << "fuse.sshfs" << true;
        QTest::newRow("ext4") << "ext4" << false;
        QTest::newRow("tmpfs") << "tmpfs" << false;
        QTest::newRow("btrfs") << "btrfs" << false;
    }

    void aDatabaseOnANetworkFilesystemIsRefused()
    {
        QFETCH(QString, type);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        // An existing database with data, so a refusal visibly leaves it alone.
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        {
            const auto made = Database::open(path);
            QVERIFY(made.ok());
            QVERIFY((*made)->setSetting(QStringLiteral("k"), QStringLiteral("v")).ok());
        }
        const QByteArray before = fileHash(path);
        QString asked;
        FilesystemCheck::setTypeProbeForTests([&](const QString &p) {
            asked = p;
            return type;
        });
        const auto existing = Database::open(path, Database::Mode::Existing);
        const auto created = Database::open(dir.filePath(QStringLiteral("new.db")));
        FilesystemCheck::setTypeProbeForTests(nullptr);
        QCOMPARE(asked, dir.filePath(QStringLiteral("new.db")));
        QCOMPARE(existing.ok(), !refused);
        QCOMPARE(created.ok(), !refused);
        if (refused) {
            QVERIFY2(existing.errorMessage().contains(QStringLiteral("network filesystem (%1)").arg(type)),
                qPrintable(existing.errorMessage()));
            QVERIFY(existing.errorMessage().contains(QLatin1String("postgresql://")));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("new.db"))));
            QCOMPARE(fileHash(path), before);
        }
    }

    void theRealFilesystemTypeIsRead()
    {
        // The test's temporary folder is on a local filesystem, whatever its type here.
        QTemporaryDir dir;
        const QString type = FilesystemCheck::filesystemTypeOf(dir.filePath(QStringLiteral("x.db")));
        QVERIFY(!type.isEmpty());
        QVERIFY2(!FilesystemCheck::isNetworkFilesystem(type), qPrintable(type));
        QCOMPARE(FilesystemCheck::filesystemTypeOf(QStringLiteral("/proc/self")), QStringLiteral("proc"));
    }

    void splitsDollarQuotedFunctionBodies()
    {
        const QStringList statements = splitSqlScript(QStringLiteral(
            "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x;y';\n"
            "  RETURN NULL;\nEND $$;\n"
            "DO $body$ BEGIN PERFORM 1; END $body$;\n"
            "SELECT to_char(now(), 'HH24:MI:SS');"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[0].endsWith(QLatin1String("END $$")));
        QVERIFY(statements[1].startsWith(QLatin1String("DO $body$")));
        QCOMPARE(statements[2], QStringLiteral("SELECT to_char(now(), 'HH24:MI:SS')"));
    }

    void splitsScriptsWithTriggersAndQuotes()
    {
        const QStringList statements
            = splitSqlScript(QStringLiteral("-- a comment; with a semicolon\n"
                                            "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n"
                                            "/* block; comment */ CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                                            "  UPDATE t SET a = CASE WHEN NEW.a = 'it''s' THEN 'b' ELSE 'c' END;\n"
                                            "  SELECT 1;\n"
                                            "END;\n"
                                            "INSERT INTO t VALUES ('end;')"));
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements[0].startsWith(QStringLiteral("CREATE TABLE t")));
        QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TRIGGER tr")));
        QVERIFY(statements[1].endsWith(QStringLiteral("END")));
        QCOMPARE(statements[2], QStringLiteral("INSERT INTO t VALUES ('end;')"));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
