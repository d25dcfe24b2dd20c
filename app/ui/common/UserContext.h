#pragma once

#include "storage/Actor.h"
#include "storage/Database.h"

namespace prepmark {

// What every page works with: the open database and who is signed in. Owned by the
// MainWindow; pages hold a reference for their lifetime.
struct UserContext
{
    Database &database;
    Actor actor;
};

} // namespace prepmark
