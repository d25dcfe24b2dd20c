#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace prepmark {

// One open PrepMark database: an SQLite file (WAL, foreign keys on) checked with
// PRAGMA integrity_check before anything else touches it.
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

    // An empty, fully migrated in-memory database, for tests.
    static Result<std::unique_ptr<Database>> openInMemory();

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    const QString &path() const { return m_path; }
    int schemaVersion() const;
    // The copy taken before the last migration at open(), or empty.
    const QString &backupPath() const { return m_backupPath; }

    // PRAGMA integrity_check and foreign_key_check; the problems found, or ok.
    Status check() const;
    // A consistent copy of the whole database (VACUUM INTO), safe while it is in use.
    Status backupTo(const QString &targetPath) const;

    // Small key/value settings stored in the database ("demo" = "1" for demo data).
    QString setting(const QString &key) const;
    Status setSetting(const QString &key, const QString &value);

private:
    Database(QString connectionName, QString path);
    static Result<std::unique_ptr<Database>> openConnection(const QString &path, Mode mode);

    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
};

} // namespace prepmark
