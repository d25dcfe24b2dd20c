#include "Database.h"

#include "SchemaMigrator.h"
#include "SqlQuery.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUuid>

namespace prepmark {

namespace {

QString newConnectionName()
{
    return QStringLiteral("prepmark-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Reads the 16-byte header without opening the file through SQLite, so a file that
// is not a database is never touched by the driver.
Status checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return {};
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return makeError(QStringLiteral("%1: not a PrepMark database (the file is not an SQLite database; "
                                        "it was left untouched)")
                             .arg(path));
    return {};
}

QString backupName(const QString &path, int fromVersion)
{
    return QStringLiteral("%1.v%2-%3.bak")
        .arg(path)
        .arg(fromVersion)
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

} // namespace

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{
}

Database::~Database()
{
    {
        QSqlDatabase connection = QSqlDatabase::database(m_connectionName, false);
        if (connection.isOpen())
            connection.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path, Mode mode)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.exists() && mode != Mode::CreateOrMigrate)
            return makeError(QStringLiteral("%1: no such database").arg(path));
        if (info.exists()) {
            if (const Status header = checkSqliteHeader(path); !header)
                return header.error();
        }
    }

    std::unique_ptr<Database> database(new Database(newConnectionName(), path));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), database->m_connectionName);
    connection.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!connection.open())
        return makeError(QStringLiteral("%1: cannot open: %2").arg(path, connection.lastError().text()));

    // Integrity first: nothing below may write to a damaged file.
    if (!inMemory) {
        SqlQuery integrity(connection, QStringLiteral("PRAGMA integrity_check"));
        const Status ran = integrity.exec();
        QStringList problems;
        while (ran && integrity.next()) {
            const QString line = integrity.value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
        if (!ran)
            return makeError(QStringLiteral("%1: not a usable PrepMark database (%2); it was left untouched")
                                 .arg(path, ran.errorMessage()));
        if (!problems.isEmpty())
            return makeError(QStringLiteral("%1: the database is damaged (integrity check: %2); it was left untouched. "
                                            "Restore a backup (*.bak beside it).")
                                 .arg(path, problems.mid(0, 3).join(QStringLiteral("; "))));
    }

    SqlQuery foreignKeys(connection, QStringLiteral("PRAGMA foreign_keys = ON"));
    if (const Status on = foreignKeys.exec(); !on)
        return on.error();
    if (mode != Mode::ReadOnly && !inMemory) {
        SqlQuery wal(connection, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (const Status on = wal.exec(); !on)
            return makeError(QStringLiteral("%1: %2").arg(path, on.errorMessage()));
        SqlQuery timeout(connection, QStringLiteral("PRAGMA busy_timeout = 5000"));
        if (const Status on = timeout.exec(); !on)
            return on.error();
    }
    return database;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    Result<std::unique_ptr<Database>> opened = openConnection(path, mode);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    if (mode == Mode::ReadOnly)
        return database;

    SchemaMigrator migrator(database->connection());
    const Result<int> version = migrator.currentVersion();
    if (!version)
        return makeError(QStringLiteral("%1: %2").arg(path, version.errorMessage()));
    const QString backup = path == QLatin1String(":memory:") ? QString() : backupName(path, *version);
    const Result<MigrationReport> report = migrator.migrate(backup);
    if (!report)
        return makeError(QStringLiteral("%1: %2").arg(path, report.errorMessage()));
    database->m_backupPath = report->backupPath;
    return database;
}

Result<std::unique_ptr<Database>> Database::openInMemory()
{
    return open(QStringLiteral(":memory:"), Mode::CreateOrMigrate);
}

int Database::schemaVersion() const
{
    const Result<int> version = SchemaMigrator(connection()).currentVersion();
    return version ? *version : -1;
}

Status Database::check() const
{
    QStringList problems;
    SqlQuery integrity(connection(), QStringLiteral("PRAGMA integrity_check"));
    if (const Status ran = integrity.exec(); !ran)
        return ran;
    while (integrity.next()) {
        if (integrity.value(0).toString() != QLatin1String("ok"))
            problems << integrity.value(0).toString();
    }
    SqlQuery foreignKeys(connection(), QStringLiteral("PRAGMA foreign_key_check"));
    if (const Status ran = foreignKeys.exec(); !ran)
        return ran;
    while (foreignKeys.next()) {
        problems << QStringLiteral("row %1 of %2 refers to a missing row of %3")
                        .arg(foreignKeys.value(1).toString(), foreignKeys.value(0).toString(),
                            foreignKeys.value(2).toString());
    }
    if (!problems.isEmpty())
        return makeError(QStringLiteral("%1: %2").arg(m_path, problems.join(QStringLiteral("; "))));
    return {};
}

Status Database::backupTo(const QString &targetPath) const
{
    if (QFileInfo::exists(targetPath))
        return makeError(QStringLiteral("%1: already exists; choose another backup file").arg(targetPath));
    SqlQuery vacuum(connection(), QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), targetPath);
    if (const Status done = vacuum.exec(); !done)
        return makeError(QStringLiteral("%1: cannot write backup: %2").arg(targetPath, done.errorMessage()));
    return {};
}

QString Database::setting(const QString &key) const
{
    SqlQuery query(connection(), QStringLiteral("SELECT value FROM settings WHERE key = :key"));
    query.bind(QStringLiteral(":key"), key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

Status Database::setSetting(const QString &key, const QString &value)
{
    SqlQuery query(connection(),
        QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.bind(QStringLiteral(":key"), key).bind(QStringLiteral(":value"), value);
    return query.exec();
}

} // namespace prepmark
