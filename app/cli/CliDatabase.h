#pragma once

#include "storage/Database.h"

#include <memory>

namespace prepmark::cli {

// Opens an existing database for a verb: read-only for reports and exports, or
// writable for imports. A schema older than this PrepMark's is an Error that says how
// to migrate it (`db migrate`), so a verb never upgrades a database behind its owner's back.
Result<std::unique_ptr<Database>> openExistingDatabase(const QString &path, bool writable);

} // namespace prepmark::cli
