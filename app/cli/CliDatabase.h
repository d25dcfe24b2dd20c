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

// The cohort --cohort names in the database, read as actor; "<database>: no cohort named
// \"NAME\"" when there is none.
Result<CohortRecord> cohortFromOptions(const OptionParser &options, const Database &database, const Actor &actor);

} // namespace prepmark::cli
