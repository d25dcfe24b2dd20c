#pragma once

#include "SqlDialect.h"

#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace prepmark {

// One numbered migration from db/ ("002_release_audit_outcomes.sql").
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

// What a migration run did.
struct MigrationReport
{
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; // names, in order
    QString backupPath; // the copy taken before migrating, if one was taken
};

// Applies db/<dialect>/NNN_name.sql files (compiled in as resources under :/db/sqlite and
// :/db/postgresql) in order, each in its own transaction, and records them in
// schema_migrations. Both dialects have the same numbered migrations (a test checks it),
// so a schema version means the same tables on both. A database newer than the code, or
// a gap in the numbering, is an Error.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QSqlDatabase connection);

    static QVector<Migration> bundledMigrations(SqlDialect dialect);
    static int latestVersion();

    Result<int> currentVersion() const;
    // backupPath: where to copy an SQLite database before the first migration is applied
    // to a database that already has a schema; empty for none. (A server is backed up
    // with pg_dump; README, "Department server".)
    Result<MigrationReport> migrate(const QString &backupPath = {});
    // Applies only up to targetVersion (tests build old databases with it).
    Result<MigrationReport> migrateTo(int targetVersion, const QString &backupPath = {});

private:
    QSqlDatabase m_connection;
};

} // namespace prepmark
