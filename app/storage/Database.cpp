#include "Database.h"

#include "FilesystemCheck.h"
#include "SchemaMigrator.h"
#include "SqlDialect.h"
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

// libpq's reason for a failed connection, without the connection preamble:
// "password authentication failed for user \"s24001\"".
QString serverReason(const QSqlError &error)
{
    QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (const qsizetype fatal = text.lastIndexOf(QLatin1String("FATAL:")); fatal >= 0)
        text = text.mid(fatal + 6);
    return text.simplified();
}

} // namespace

Database::Database(QString connectionName, DatabaseLocation location)
    : m_connectionName(std::move(connectionName)), m_location(std::move(location)), m_path(m_location.display())
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

Result<std::unique_ptr<Database>> Database::openSqlite(const QString &path, Mode mode)
{
    const bool inMemory = path == QLatin1String(":memory:");
    if (!inMemory) {
        const QFileInfo info(path);
        if (!info.exists() && mode != Mode::CreateOrMigrate)
            return makeError(QStringLiteral("%1: no such database").arg(path));
        if (const QString type = FilesystemCheck::filesystemTypeOf(path); FilesystemCheck::isNetworkFilesystem(type))
            return makeError(QStringLiteral("%1: is on a network filesystem (%2), where SQLite's locking does not "
                                            "work and the file would be damaged. Keep one person's database on a "
                                            "local disk; a department shares PrepMark through its server "
                                            "(--db postgresql://USER@HOST/DBNAME; README, \"Department server\")")
                                 .arg(path, type));
        if (info.exists()) {
            if (const Status header = checkSqliteHeader(path); !header)
                return header.error();
        } else if (const Status created = FilesystemCheck::createOwnerOnlyFile(path); !created) {
            return created.error();
        }
    }

    std::unique_ptr<Database> database(new Database(newConnectionName(), DatabaseLocation::sqliteFile(path)));
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

Result<std::unique_ptr<Database>> Database::openServer(
    const DatabaseLocation &location, Mode mode, const QString &password)
{
    std::unique_ptr<Database> database(new Database(newConnectionName(), location));
    QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), database->m_connectionName);
    if (!connection.isValid())
        return makeError(QStringLiteral("%1: this PrepMark has no PostgreSQL driver (Debian package "
                                        "libqt6sql6-psql)")
                             .arg(location.display()));
    connection.setDatabaseName(location.databaseName());
    if (!location.host().isEmpty())
        connection.setHostName(location.host());
    connection.setPort(location.port());
    if (!location.user().isEmpty())
        connection.setUserName(location.user());
    if (!password.isEmpty())
        connection.setPassword(password);
    connection.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=PrepMark"));
    if (!connection.open())
        return makeError(
            QStringLiteral("%1: cannot sign in: %2").arg(location.display(), serverReason(connection.lastError())));
    if (location.user().isEmpty()) {
        // Name the role libpq chose (the operating-system user) in later messages.
        SqlQuery who(connection, QStringLiteral("SELECT session_user"));
        if (const Result<QVariant> user = who.scalar(); user)
            database->m_path = location.withUser(user->toString()).display();
    }
    if (const Status migrated = database->migrateServer(mode); !migrated)
        return migrated.error();
    return database;
}

Status Database::migrateServer(Mode mode)
{
    SchemaMigrator migrator(connection());
    const Result<int> version = migrator.currentVersion();
    if (!version)
        return makeError(QStringLiteral("%1: %2").arg(m_path, version.errorMessage()));
    const int latest = SchemaMigrator::latestVersion();
    if (*version == latest)
        return {};
    if (*version > latest)
        return makeError(QStringLiteral("%1: the database is at schema version %2, newer than this PrepMark (%3); "
                                        "use a newer PrepMark")
                             .arg(m_path)
                             .arg(*version)
                             .arg(latest));
    SqlQuery owner(connection(),
        QStringLiteral("SELECT pg_has_role(session_user, d.datdba, 'MEMBER') FROM pg_database d "
                       "WHERE d.datname = current_database()"));
    const Result<QVariant> owns = owner.scalar();
    if (mode == Mode::ReadOnly || !owns || !owns->toBool())
        return makeError(QStringLiteral("%1: the database is at schema version %2 and this PrepMark needs %3; "
                                        "its owner must run `prepmark-cli db migrate --db %1` first")
                             .arg(m_path)
                             .arg(*version)
                             .arg(latest));
    // One migrator at a time, whoever else starts a PrepMark as the owner meanwhile.
    SqlQuery lock(connection(), QStringLiteral("SELECT pg_advisory_lock(7711001)"));
    if (const Status locked = lock.exec(); !locked)
        return locked;
    const Result<MigrationReport> report = migrator.migrate();
    SqlQuery unlock(connection(), QStringLiteral("SELECT pg_advisory_unlock(7711001)"));
    (void)unlock.exec();
    if (!report)
        return makeError(QStringLiteral("%1: %2").arg(m_path, report.errorMessage()));
    return {};
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, Mode mode, const QString &password)
{
    if (location.isServer())
        return openServer(location, mode, password);
    return open(location.path(), mode);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    Result<std::unique_ptr<Database>> opened = openSqlite(path, mode);
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
    if (isServer()) {
        const int version = schemaVersion();
        if (version != SchemaMigrator::latestVersion())
            return makeError(QStringLiteral("%1: schema version %2, this PrepMark expects %3")
                                 .arg(m_path)
                                 .arg(version)
                                 .arg(SchemaMigrator::latestVersion()));
        return {};
    }
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
    if (isServer())
        return makeError(QStringLiteral("%1: a server database is backed up with pg_dump on the server "
                                        "(README, \"Department server\")")
                             .arg(m_path));
    if (QFileInfo::exists(targetPath))
        return makeError(QStringLiteral("%1: already exists; choose another backup file").arg(targetPath));
    // The copy is created empty and owner-only first; VACUUM INTO then fills it.
    if (const Status created = FilesystemCheck::createOwnerOnlyFile(targetPath); !created)
        return created;
    SqlQuery vacuum(connection(), QStringLiteral("VACUUM INTO :path"));
    vacuum.bind(QStringLiteral(":path"), targetPath);
    if (const Status done = vacuum.exec(); !done) {
        QFile::remove(targetPath);
        return makeError(QStringLiteral("%1: cannot write backup: %2").arg(targetPath, done.errorMessage()));
    }
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
