#pragma once

#include "DatabaseLocation.h"

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace prepmark {

// One open PrepMark database: an SQLite file (WAL, foreign keys on) checked with
// PRAGMA integrity_check before anything else touches it, or a PostgreSQL database on a
// department server, signed in as the user's own login role (docs/ARCHITECTURE.md,
// "Department server").
//
// Thread-safety: a Database belongs to the thread that opened it (Qt forbids sharing
// a connection across threads); open another Database for another thread.
class Database
{
public:
    enum class Mode {
        CreateOrMigrate, // create the file if missing; apply pending migrations
        Existing, // the file must exist; apply pending migrations
        ReadOnly, // the file must exist; nothing is written, nothing migrated
    };

    // Opens path. A file that is not an SQLite database, or fails its integrity
    // check, is an Error naming the file and is left exactly as it was. Before
    // migrating a database that already holds data, a copy is written beside it
    // (see SchemaMigrator).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::CreateOrMigrate);

    // Opens a file or a server. On a server, password is used when not empty (libpq also
    // reads PGPASSWORD and ~/.pgpass), and pending migrations are applied only by a role
    // that owns the database; anyone else gets an Error that says who must run
    // `prepmark-cli db migrate`. Mode::CreateOrMigrate never creates a server database.
    static Result<std::unique_ptr<Database>> open(
        const DatabaseLocation &location, Mode mode = Mode::CreateOrMigrate, const QString &password = {});

    // An empty, fully migrated in-memory database, for tests.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const DatabaseLocation &location() const { return m_location; }
    bool isServer() const { return m_location.isServer(); }
    // How messages name the database: the file path, or the server URL.
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // The copy taken before the last migration at open(), or empty.
    const QString &backupPath() const { return m_backupPath; }

    // SQLite: PRAGMA integrity_check and foreign_key_check; the problems found, or ok.
    // PostgreSQL enforces both itself: the check is that the schema is current.
    Status check() const;
    // A consistent copy of the whole SQLite database (VACUUM INTO), safe while it is in
    // use. A server is backed up with pg_dump (README, "Department server").
    Status backupTo(const QString &targetPath) const;

    // Small key/value settings stored in the database ("demo" = "1" for demo data).
    QString setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database(QString connectionName, DatabaseLocation location);
    static Result<std::unique_ptr<Database>> openSqlite(const QString &path, Mode mode);
    static Result<std::unique_ptr<Database>> openServer(
        const DatabaseLocation &location, Mode mode, const QString &password);
    Status migrateServer(Mode mode);

    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_path;
    QString m_backupPath;
};

} // namespace prepmark
