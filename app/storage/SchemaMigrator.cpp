#include "SchemaMigrator.h"

#include "FilesystemCheck.h"
#include "SqlDialect.h"
#include "SqlQuery.h"
#include "SqlScript.h"
#include "Transaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace prepmark {

SchemaMigrator::SchemaMigrator(QSqlDatabase connection) : m_connection(std::move(connection)) { }

QVector<Migration> SchemaMigrator::bundledMigrations(SqlDialect dialect)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QVector<Migration> migrations;
    const QDir dir(
        dialect == SqlDialect::PostgreSql ? QStringLiteral(":/db/postgresql") : QStringLiteral(":/db/sqlite"));
    for (const QString &file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = pattern.match(file);
        Q_ASSERT_X(match.hasMatch(), "SchemaMigrator", "db/ holds a file not named NNN_name.sql");
        QFile sql(dir.filePath(file));
        if (!sql.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), file, QString::fromUtf8(sql.readAll())});
    }
    return migrations;
}

int SchemaMigrator::latestVersion()
{
    const QVector<Migration> migrations = bundledMigrations(SqlDialect::Sqlite);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Result<int> SchemaMigrator::currentVersion() const
{
    SqlQuery exists(m_connection,
        dialectOf(m_connection) == SqlDialect::PostgreSql
            ? QStringLiteral("SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() "
                             "AND tablename = 'schema_migrations'")
            : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
    const Result<QVariant> count = exists.scalar();
    if (!count)
        return count.error();
    if (count->toInt() == 0)
        return 0;
    SqlQuery version(m_connection, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    const Result<QVariant> value = version.scalar();
    if (!value)
        return value.error();
    return value->toInt();
}

Result<MigrationReport> SchemaMigrator::migrate(const QString &backupPath)
{
    return migrateTo(latestVersion(), backupPath);
}

Result<MigrationReport> SchemaMigrator::migrateTo(int targetVersion, const QString &backupPath)
{
    const SqlDialect dialect = dialectOf(m_connection);
    const QString folder
        = dialect == SqlDialect::PostgreSql ? QStringLiteral("db/postgresql/") : QStringLiteral("db/sqlite/");
    const QVector<Migration> migrations = bundledMigrations(dialect);
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations[i].version != i + 1)
            return makeError(QStringLiteral("%1%2: migrations must be numbered 001, 002, ... without gaps")
                                 .arg(folder, migrations[i].name));
    }
    const Result<int> current = currentVersion();
    if (!current)
        return current.error();

    MigrationReport report;
    report.fromVersion = *current;
    report.toVersion = *current;
    if (*current > latestVersion())
        return makeError(QStringLiteral("the database is at schema version %1, newer than this PrepMark (%2); "
                                        "use a newer PrepMark")
                             .arg(*current)
                             .arg(latestVersion()));
    if (*current >= targetVersion)
        return report;

    if (*current > 0 && !backupPath.isEmpty() && dialect == SqlDialect::Sqlite) {
        if (const Status created = FilesystemCheck::createOwnerOnlyFile(backupPath); !created)
            return makeError(
                QStringLiteral("cannot copy the database before migrating: %1").arg(created.errorMessage()));
        SqlQuery backup(m_connection, QStringLiteral("VACUUM INTO :path"));
        backup.bind(QStringLiteral(":path"), backupPath);
        const Status copied = backup.exec();
        if (!copied) {
            QFile::remove(backupPath);
            return makeError(QStringLiteral("cannot copy the database to %1 before migrating: %2")
                                 .arg(backupPath, copied.errorMessage()));
        }
        report.backupPath = backupPath;
    }

    SqlQuery createTable = SqlQuery::unprepared(m_connection,
        QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                       " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
    if (const Status created = createTable.exec(); !created)
        return created.error();

    for (const Migration &migration : migrations) {
        if (migration.version <= *current || migration.version > targetVersion)
            continue;
        Transaction transaction(m_connection);
        if (!transaction.active())
            return transaction.beginError();
        for (const QString &statement : splitSqlScript(migration.sql)) {
            SqlQuery query = SqlQuery::unprepared(m_connection, statement);
            if (const Status done = query.exec(); !done)
                return makeError(QStringLiteral("%1%2: %3").arg(folder, migration.name, done.errorMessage()));
        }
        SqlQuery record(m_connection,
            QStringLiteral("INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :at)"));
        record.bind(QStringLiteral(":version"), migration.version)
            .bind(QStringLiteral(":name"), migration.name)
            .bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (const Status recorded = record.exec(); !recorded)
            return recorded.error();
        if (const Status committed = transaction.commit(); !committed)
            return makeError(QStringLiteral("%1%2: %3").arg(folder, migration.name, committed.errorMessage()));
        report.applied << migration.name;
        report.toVersion = migration.version;
    }
    return report;
}

} // namespace prepmark
