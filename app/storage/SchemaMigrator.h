#pragma once

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

// Applies db/NNN_name.sql files (compiled in as resources under :/db) in order, each
// in its own transaction, and records them in schema_migrations. A database newer
// than the code, or a gap in the numbering, is an Error.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QSqlDatabase connection);

    static QVector<Migration> bundledMigrations();
    static int latestVersion();

    Result<int> currentVersion() const;
    // backupPath: where to copy the database before the first migration is applied
    // to a database that already has a schema; empty for none.
    Result<MigrationReport> migrate(const QString &backupPath = {});
    // Applies only up to targetVersion (tests build old databases with it).
    Result<MigrationReport> migrateTo(int targetVersion, const QString &backupPath = {});

private:
    QSqlDatabase m_connection;
};

} // namespace prepmark
