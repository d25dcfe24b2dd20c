#pragma once

#include "storage/Actor.h"
#include "storage/Database.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace prepmark::test {

// Databases for tests on the backend this test process runs on (testsRunOnPostgres()):
// SQLite files in a temporary folder, or fresh databases on the process's private
// PostgreSQL server (PostgresServer), opened as their owner. Suites that must hold on both
// backends open every database through these, and CTest runs them twice.

// A new, empty, fully migrated database; name is a plain word unique within the test.
Result<std::unique_ptr<Database>> freshDatabase(const QTemporaryDir &folder, const QString &name);

// The same, in a temporary folder that lives as long as the test process.
Result<std::unique_ptr<Database>> freshDatabase(const QString &name = QStringLiteral("test"));

// A new database holding the demo programme (prepmark-cli demo).
Result<std::unique_ptr<Database>> freshDemoDatabase(const QTemporaryDir &folder, const QString &name);

// Where a new database for a CLI test goes, as `--db` takes it: a path in a process-wide
// temporary folder (nothing there yet), or a new, empty database on the private server.
Result<QString> freshDatabaseArgument(const QString &name);

// What `--db` takes for the database: its file, or its server URL (the owner's password
// is in PGPASSWORD for the whole test process, as a department's scripts would set it).
QString databaseArgument(const Database &database);

// Signs in as PrepMark does on the database's backend: in an SQLite file the password is
// checked against the stored Argon2id hash (UserRepository::authenticate); on a server a
// new connection is opened as the user's own login role, the server checks the password
// (SCRAM), and the account is read back (UserRepository::signedIn). On a server the user
// name is the role's name as created: lower case.
Result<Actor> signIn(const Database &database, const QString &username, const QString &password);

// "sqlite" or "postgresql", for messages.
QString backendName();

} // namespace prepmark::test
