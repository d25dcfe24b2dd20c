#pragma once

#include "AccessPolicy.h"

#include "RosterReader.h"

#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

// What the import does (or would do) with one row of a roster file.
struct RosterRowOutcome
{
    enum class Action {
        Create, // a new student account, enrolled in the cohort
        Enrol, // an existing student account, enrolled in the cohort
        AlreadyEnrolled, // nothing to do
        Skip, // not a student of the course (a teacher, a test student, ...)
        Error, // the row cannot be imported: nothing of the file is
    };
    int line = 0;
    int column = 0; // 1-based; 0: the whole row
    Action action = Action::Error;
    QString username;
    QString displayName;
    QString message;
};

struct RosterImportReport
{
    QString fileName;
    QString format;
    QString cohortName;
    QVector<RosterRowOutcome> rows; // in file order
    bool applied = false; // false: a dry run, or errors stopped the import

    int count(RosterRowOutcome::Action action) const;
    bool hasErrors() const { return count(RosterRowOutcome::Action::Error) > 0; }
};

// Imports a roster into a cohort (programme leaders and admins: AccessPolicy::
// mayManageAccounts: admins). Each row is checked against the database as well as the file:
// an existing account with the username is the same student only when it is a student
// account and its student number (if both have one) agrees; without such an account, a
// student account with the row's student number and email address is the same student
// (the same person exported from Moodle and from Canvas, under different usernames); a
// student number
// or email address that belongs to another account is an error.
//
// All or nothing: any error, and nothing is imported; otherwise every account is
// created and enrolled in one transaction, recorded in the audit log. A dry run checks
// everything and changes nothing. New accounts have no password (sign-in is refused)
// until one is set; PrepMark does not invent passwords.
class RosterImporter
{
public:
    RosterImporter(QSqlDatabase connection, Actor actor);

    Result<RosterImportReport> import(const RosterFile &file, qint64 cohortId, bool dryRun);

private:
    Result<RosterRowOutcome> check(const RosterEntry &entry, qint64 cohortId) const;

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
