#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

namespace prepmark {

// The version of each row a write read, by key (a criterion, a dimension); 0 for a row that
// did not exist. Rows start at version 1 and every write adds one (db/*/006_concurrent_marking.sql).
using RowVersions = QHash<QString, qint64>;

// Why a guarded write is made: an edit of what the writer read, or "keep mine" after a
// conflict: a deliberate write over the version the conflict showed, which the audit log
// records as action 'overwrite'. An overwrite is still refused if the row moved on again.
enum class WriteIntent { Edit, Overwrite };

// One value a refused write collided with: the value stored now ("theirs"; empty when there
// is none) beside the value the refused write carried ("yours"; empty when it carried none).
struct ConflictingValue
{
    QString key; // a criterion or dimension key, or "status", "role", "feedback", "reason"
    QString label; // for people: the criterion's or dimension's name, or the key
    QString theirs;
    QString yours;
};

// A write refused because what it was based on changed since it was read (optimistic
// locking). Nothing of the refused write is stored. It says who made the change that is
// stored now and when, their values beside the refused ones, and the versions stored now,
// which a deliberate overwrite names.
struct WriteConflict
{
    enum class Kind {
        Changed, // the rows were changed (or first written) by someone else
        Removed, // the row the writer read is gone (a draft discarded when its marking was completed)
        Claimed, // someone else is already the marker in that role (values hold "role")
        Completed, // the marking was completed meanwhile
        NewAttempt, // the student handed in a new attempt: the page shows an older one
        Released, // the result was released: it is a snapshot now
    };

    Kind kind = Kind::Changed;
    QString subject; // what the refused write was about: "the marks of attempt 12 by Rosa Silva"
    qint64 changedById = 0; // 0: unknown, or PrepMark itself
    QString changedByName;
    QDateTime changedAt; // invalid: unknown
    QVector<ConflictingValue> values;
    qint64 currentVersion = 0; // the version of the one row (draft, submission) stored now; 0: none
    RowVersions currentVersions; // for a write of several rows (marks, agreed scores), by key
    bool overwritable = false; // whether "keep mine" may write over it (never a release or a claim)

    // For a person: "the marks of attempt 12 by Rosa Silva: changed by Hamid Khan at
    // 2025-03-01 14:02:05 UTC since this was read; nothing was saved (Found: theirs 4, yours
    // 3). Reload to take their change, or keep yours deliberately (...)."
    QString message() const;
};

} // namespace prepmark
