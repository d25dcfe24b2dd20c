#pragma once

#include "OptionParser.h"

#include "storage/CohortRepository.h"
#include "storage/Database.h"

#include <memory>

namespace prepmark::cli {

enum class DatabaseAccess {
    ReadOnly, // reports and exports
    Writable, // imports
};

// Opens an existing database for a verb. A schema older than this PrepMark's is an Error
// that says how to migrate it (`db migrate`), so a verb never upgrades a database behind
// its owner's back.
Result<std::unique_ptr<Database>> openExistingDatabase(const QString &path, DatabaseAccess access);
// The same for the database --db names; "missing --db" when it names none.
Result<std::unique_ptr<Database>> openDatabaseFromOptions(const OptionParser &options, DatabaseAccess access);

// A verb's database and who it acts as.
struct CliSession
{
    std::unique_ptr<Database> database;
    Actor actor;
};

// Opens --db and signs in, as the GUI does, so a report or an export shows what that person
// may see and nothing more:
//  - a server (postgresql://USER@HOST/DBNAME): as the URL's user, with the password from
//    PGPASSWORD or ~/.pgpass (read by libpq) or asked on the terminal; the database's owner,
//    who is not a PrepMark account, acts as the system (maintenance: demo, migrations);
//  - an SQLite file: as --as USER, with the password asked on the terminal (or, for scripts,
//    PREPMARK_PASSWORD); only the demo database may be used without --as, as the system.
Result<CliSession> signInFromOptions(const OptionParser &options, DatabaseAccess access);

// Opens a database --db names for maintenance by its owner (`db`, `demo`): an SQLite path,
// or a server signed in as the URL's user (who must own the database to migrate it).
Result<std::unique_ptr<Database>> openForOwner(const QString &text, Database::Mode mode);

// Reads a password from the terminal without echo; empty when stdin is not a terminal.
QString askPassword(const QString &prompt);

// The cohort --cohort names in the database, read as actor; "<database>: no cohort named
// \"NAME\"" when there is none.
Result<CohortRecord> cohortFromOptions(const OptionParser &options, const Database &database, const Actor &actor);

} // namespace prepmark::cli
