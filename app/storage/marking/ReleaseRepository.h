#pragma once

#include "storage/AccessPolicy.h"
#include "storage/WriteResult.h"

#include "core/Scores.h"
#include "core/Verdict.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

// A result as released to a student: a snapshot of the agreed scores, the verdict and
// the rubric version it was judged against. Later changes of thresholds or marks never
// rewrite it.
struct ReleasedResult
{
    qint64 id = 0;
    qint64 attemptId = 0;
    qint64 submissionId = 0;
    qint64 studentId = 0;
    qint64 assignmentId = 0;
    QString assignmentTitle;
    QString exerciseTitle;
    QDateTime releasedAt;
    QString rubricKey;
    int rubricVersion = 0;
    DimensionScores scores;
    QJsonObject verdict; // the CLI contract's verdict object
    bool adequate = false;
    double mean = 0.0;
    QStringList blocking;
    QString feedback;
};

class ReleaseRepository
{
public:
    ReleaseRepository(QSqlDatabase connection, Actor actor);

    // Staff of the cohort: snapshots the attempt's agreed scores with the conjunctive
    // verdict of its rubric and marks the submission released. Fails when the attempt
    // has no agreed scores. With the submission's version the caller read, a submission
    // whose marking state moved on since (other agreed scores kept over these, a new
    // attempt) is a WriteConflict; one released already always is.
    WriteResult<qint64> release(qint64 attemptId, const QString &feedback,
        const QDateTime &at = QDateTime::currentDateTimeUtc(), std::optional<qint64> submissionVersion = std::nullopt);

    // A student: their own released results only. Staff: any student they teach.
    Result<QVector<ReleasedResult>> forStudent(qint64 studentId) const;
    // Staff of the assignment's cohort: for each submission, the result of its latest
    // released attempt, ordered by student name.
    Result<QVector<ReleasedResult>> forAssignment(qint64 assignmentId) const;
    // The result of the submission's latest released attempt (the student themselves or
    // staff of the cohort); an Error when nothing of it is released.
    Result<ReleasedResult> latestForSubmission(qint64 submissionId) const;

private:
    WriteStatus markReleased(qint64 attemptId, std::optional<qint64> submissionVersion);

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
