#pragma once

#include "storage/Actor.h"

#include <QCoreApplication>
#include <QString>

namespace prepmark {

// The words for an account's role (users.role), translated once for every page that shows
// one: the main window's title and the accounts page.
class RoleText
{
    Q_DECLARE_TR_FUNCTIONS(RoleText)

public:
    // "student", "lecturer", "programme leader", "admin"
    static QString text(Role role);
};

} // namespace prepmark
