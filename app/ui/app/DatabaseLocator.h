#pragma once

#include "core/ProgressReporter.h"
#include "core/Result.h"

#include "storage/Database.h"

#include <QString>

#include <memory>

namespace prepmark {

// Where the GUI's database lives and how it comes to exist. On first start there is no
// database in the user's data folder; PrepMark then builds the demo programme there,
// so a new user can sign in at once with a demo account.
class DatabaseLocator
{
public:
    // <user data folder>/prepmark.db (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    struct Opened
    {
        std::unique_ptr<Database> database;
        bool createdDemo = false; // this start built the demo programme
    };

    // Opens path, creating it with demo data when it does not exist yet. A damaged or
    // foreign file is an Error and is left untouched.
    static Result<Opened> openOrCreateDemo(const QString &path, ProgressReporter &progress = ProgressReporter::none());

    static bool isDemo(const Database &database);
};

} // namespace prepmark
