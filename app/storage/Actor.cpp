#include "Actor.h"

namespace prepmark {

QString roleName(Role role)
{
    switch (role) {
    case Role::Student:
        return QStringLiteral("student");
    case Role::Lecturer:
        return QStringLiteral("lecturer");
    case Role::Leader:
        return QStringLiteral("leader");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

Result<Role> roleFromName(const QString &name)
{
    for (Role role : {Role::Student, Role::Lecturer, Role::Leader, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return makeError(QStringLiteral("unknown role \"%1\" (student, lecturer, leader or admin)").arg(name));
}

} // namespace prepmark
