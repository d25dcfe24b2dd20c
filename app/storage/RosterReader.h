#pragma once

#include "core/CsvReader.h"

#include <QString>
#include <QVector>

namespace prepmark {

// One person of a roster file, as PrepMark will store them.
struct RosterEntry
{
    int line = 0;
    QString username; // sign-in name (see RosterReader for where it comes from)
    QString displayName; // "First Last"
    QString email;
    QString studentNumber; // the institution's id: Moodle "ID number", Canvas "SIS User ID"
    QString skipReason; // non-empty: not a student of the course (a teacher, a test student, ...)
};

// A problem with one field of one row: file, line and column (1-based) are named.
struct RosterProblem
{
    int line = 0;
    int column = 0; // 0: the whole row
    QString message;
};

struct RosterFile
{
    QString fileName;
    QString format; // "moodle-participants", "moodle-users", "canvas-gradebook", "canvas-users"
    QVector<RosterEntry> entries;
    QVector<RosterProblem> problems; // rows that cannot be imported as they are
};

// Reads the user lists Moodle and Canvas export (columns matched case-insensitively,
// surrounding spaces ignored; other columns are ignored):
//
//   Moodle, course participants ("Download table data as" CSV):
//       First name, Last name (or Surname), Email address, [Username], [ID number], [Roles]
//   Moodle, user list (bulk user download; the upload-users format):
//       username, firstname, lastname, email, [idnumber]
//   Canvas, gradebook export:
//       Student ("Last, First"), ID, [SIS User ID], [SIS Login ID], Section, ... (the
//       "Points Possible" row, "Muted"/"Manual Posting" rows and "Student, Test" are skipped)
//   Canvas, SIS/provisioning users.csv:
//       user_id, login_id, first_name, last_name | full_name, email, [status]
//
// Identity: username is Moodle's username, Canvas's SIS Login ID / login_id; without
// one, the email address; a Canvas gradebook row with neither gets "canvas-<ID>".
// Student number is Moodle's ID number, Canvas's SIS User ID / user_id. Rows whose Moodle
// roles do not include Student, and Canvas users whose status is "deleted", are skipped
// (and said so), not errors.
//
// Every row is validated: a name, an identity, a plausible email address, no two rows
// for the same username, email or student number. Each problem names the line and the
// column. A file without the columns of any format is an Error listing what is needed.
class RosterReader
{
public:
    static Result<RosterFile> read(const CsvTable &table);
};

} // namespace prepmark
