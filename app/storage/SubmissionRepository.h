#pragma once

#include "AccessPolicy.h"
#include "WriteResult.h"

#include "core/Scores.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

enum class SubmissionStatus {
    NotMarked,
    InMarking,
    FirstMarked,
    SecondMarked,
    NeedsModeration,
    Agreed,
    Released,
};
QString submissionStatusName(SubmissionStatus status); // "not_marked", ... as stored
Result<SubmissionStatus> submissionStatusFromName(const QString &name);

struct SubmissionRecord
{
    qint64 id = 0;
    qint64 assignmentId = 0;
    qint64 studentId = 0;
    SubmissionStatus status = SubmissionStatus::NotMarked;
    int attemptCount = 0;
    qint64 latestAttemptId = 0;
    qint64 version = 0; // the row version: every change of the marking state adds one
};

// A submission's marking state as one guarded write reads it: its status, its row version,
// who changed it last and when, and its latest attempt.
struct SubmissionState
{
    qint64 submissionId = 0;
    SubmissionStatus status = SubmissionStatus::NotMarked;
    qint64 version = 0;
    qint64 changedById = 0; // 0: unknown, or PrepMark itself
    QString changedByName;
    QDateTime changedAt; // invalid: before schema version 6, or never changed
    qint64 latestAttemptId = 0;
    QDateTime latestAttemptAt;
};

struct AttemptRecord
{
    qint64 id = 0;
    qint64 submissionId = 0;
    int number = 0;
    QDateTime submittedAt;
    QString sessionJson;
    QString notes;
};

// What the automatic checks found for one criterion (docs/ARCHITECTURE.md, "The data walk").
struct EvidenceRecord
{
    QString criterionKey;
    std::optional<int> provisionalLevel; // none: "lecturer only"
    QStringList lines;
};

// One row of a cohort's results for an assignment: every enrolled student, with their
// submission and its agreed scores when there are any.
struct StudentResultRow
{
    qint64 studentId = 0;
    QString studentName;
    QString studentNumber;
    qint64 submissionId = 0; // 0: nothing submitted, or hidden
    // Blind marking on a server: which submission is this student's stays hidden from its
    // markers until release (db/postgresql/008_blind_marking.sql), so submissionId is 0
    // whether or not they handed in.
    bool hiddenByBlindMarking = false;
    SubmissionStatus status = SubmissionStatus::NotMarked;
    qint64 attemptId = 0; // the latest attempt
    std::optional<DimensionScores> agreedScores;
};

// The submission aggregate: a student's submission to an assignment, its attempts and
// the automatic evidence for each attempt.
class SubmissionRepository
{
public:
    SubmissionRepository(QSqlDatabase connection, Actor actor);

    // A student submits for themselves (and must be in the cohort); staff of the cohort
    // may create a submission for a student. Returns the existing id if there is one.
    Result<qint64> open(qint64 assignmentId, qint64 studentId);
    Result<AttemptRecord> addAttempt(qint64 submissionId, const QString &sessionJson, const QString &notes,
        const QDateTime &submittedAt = QDateTime::currentDateTimeUtc());
    Status setEvidence(qint64 attemptId, const QVector<EvidenceRecord> &evidence);
    // Staff: moves the submission from the status `from` (and, when given, the version the
    // caller read) to `to`, and returns the new version. Refused as a WriteConflict, naming who
    // changed it and when, when the submission is no longer there: a status change is never
    // unconditional. from == to records a change of the marking state without a new status
    // (agreed scores kept over another decision).
    WriteResult<qint64> setStatus(qint64 submissionId, SubmissionStatus from, SubmissionStatus to,
        std::optional<qint64> expectedVersion = std::nullopt);
    // The marking state of the submission (of the attempt), locked for the rest of the
    // transaction: on PostgreSQL with SELECT ... FOR UPDATE; on SQLite by the transaction,
    // which must have begun with Transaction::Lock::Write. Staff who may read it.
    Result<SubmissionState> lock(qint64 submissionId);
    Result<SubmissionState> lockOfAttempt(qint64 attemptId);
    // The same, unlocked.
    Result<SubmissionState> state(qint64 submissionId) const;

    Result<SubmissionRecord> find(qint64 submissionId) const;
    Result<QVector<AttemptRecord>> attempts(qint64 submissionId) const;
    Result<QVector<EvidenceRecord>> evidence(qint64 attemptId) const;
    // The actor's own submissions (a student's view).
    Result<QVector<SubmissionRecord>> own() const;
    // Staff of the assignment's cohort: every enrolled student with agreed scores.
    Result<QVector<StudentResultRow>> resultsForAssignment(qint64 assignmentId) const;

private:
    Result<SubmissionState> readState(const QString &where, qint64 id, bool forUpdate) const;

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
