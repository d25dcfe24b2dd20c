#include "RoleText.h"

namespace prepmark {

QString RoleText::text(Role role)
{
    switch (role) {
    case Role::Student:
        return tr("student");
    case Role::Lecturer:
        return tr("lecturer");
    case Role::Leader:
        return tr("programme leader");
    case Role::Admin:
        return tr("admin");
    }
    return {};
}

} // namespace prepmark
