#pragma once

#include "core/Result.h"
#include "storage/DatabaseLocation.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace prepmark::test {

// A private PostgreSQL cluster for one test process: initdb in a temporary folder (run
// as the postgres user when the tests run as root, as CI does), listening only on a Unix
// socket in that folder (no TCP), password authentication (SCRAM-SHA-256) for every
// role, stopped when the process ends. Nothing outside the folder is touched, so tests
// need no server set up by hand and several test processes can run at once.
class PostgresServer
{
public:
    // The process's server, started on first use. An Error names what failed (no
    // PostgreSQL installed, initdb or pg_ctl failing, with their output).
    static Result<PostgresServer *> instance();

    ~PostgresServer();

    // The superuser that owns the cluster and every test database ("prepmark_owner").
    static QString ownerRole() { return QStringLiteral("prepmark_owner"); }
    static QString ownerPassword() { return QStringLiteral("owner-secret"); }

    // A new, empty database owned by the owner; its location signed in as the owner.
    Result<DatabaseLocation> createDatabase(const QString &name);
    // The location of a database of this cluster, signed in as user.
    DatabaseLocation location(const QString &databaseName, const QString &user) const;

    const QString &socketDirectory() const { return m_socketDirectory; }
    // Runs psql as user (password given through PGPASSWORD) with the SQL on stdin;
    // returns stdout, or an Error with psql's stderr. ON_ERROR_STOP is set.
    Result<QString> psql(
        const QString &database, const QString &user, const QString &password, const QString &sql) const;

private:
    PostgresServer() = default;
    Status start();
    Result<QString> runAsServerUser(const QString &program, const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_binDirectory;
    QString m_dataDirectory;
    QString m_socketDirectory;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

// Which backend a test process runs its database tests on: PREPMARK_TEST_BACKEND=postgresql
// (set by the "[postgresql]" CTest entries) or SQLite (the default).
bool testsRunOnPostgres();

} // namespace prepmark::test
