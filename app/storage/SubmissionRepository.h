#pragma once

#include "AccessPolicy.h"

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
    qint64 submissionId = 0; // 0: nothing submitted
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
    Status setStatus(qint64 submissionId, SubmissionStatus status);

    Result<SubmissionRecord> find(qint64 submissionId) const;
    Result<QVector<AttemptRecord>> attempts(qint64 submissionId) const;
    Result<QVector<EvidenceRecord>> evidence(qint64 attemptId) const;
    // The actor's own submissions (a student's view).
    Result<QVector<SubmissionRecord>> own() const;
    // Staff of the assignment's cohort: every enrolled student with agreed scores.
    Result<QVector<StudentResultRow>> resultsForAssignment(qint64 assignmentId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
