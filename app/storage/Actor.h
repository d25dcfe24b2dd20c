#pragma once

#include "core/Result.h"

#include <QString>

namespace prepmark {

enum class Role { Student, Lecturer, Leader, Admin };

QString roleName(Role role); // "student", "lecturer", "leader", "admin"
Result<Role> roleFromName(const QString &name);

// Who is asking. Every repository call that reads or writes people's work is made on
// behalf of an Actor, and the repository — not the widget — decides what the actor
// may see (a student: only their own submissions and released results; a lecturer:
// the cohorts they teach; a programme leader and an admin: everything).
struct Actor
{
    qint64 userId = 0;
    Role role = Role::Student;
    QString username;
    QString displayName;

    bool isStaff() const { return role != Role::Student; }
    bool seesAllCohorts() const { return role == Role::Leader || role == Role::Admin; }

    // The command line and maintenance jobs act as the system: an admin with no user.
    static Actor system() { return Actor {0, Role::Admin, QStringLiteral("system"), QStringLiteral("PrepMark")}; }
};

inline Error accessDenied(const Actor &actor, const QString &what)
{
    return makeError(QStringLiteral("%1 (%2) may not %3").arg(actor.username, roleName(actor.role), what));
}

} // namespace prepmark
