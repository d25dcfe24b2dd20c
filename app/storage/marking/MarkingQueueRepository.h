#pragma once

#include "MarkingRepository.h"
#include "storage/AccessPolicy.h"
#include "storage/SubmissionRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace prepmark {

// One submission waiting for (or done with) marking, as a marker's queue shows it.
struct MarkingQueueRow
{
    qint64 submissionId = 0;
    qint64 attemptId = 0; // the latest attempt: the one being marked
    int attemptNumber = 0;
    QDateTime submittedAt;
    qint64 assignmentId = 0;
    QString assignmentTitle;
    QString assignmentMode; // "practice" (marked once) or "assessed" (double marked)
    qint64 cohortId = 0;
    QString cohortName;
    // Anonymous rows carry no student id, name or number (blind marking).
    bool anonymous = false;
    qint64 studentId = 0;
    QString studentName;
    QString studentNumber;
    SubmissionStatus status = SubmissionStatus::NotMarked;
    qint64 submissionVersion = 0; // what a workflow step names to be refused if the submission moved on
    qint64 firstMarkerId = 0;
    QString firstMarkerName;
    bool firstCompleted = false;
    qint64 secondMarkerId = 0;
    QString secondMarkerName;
    bool secondCompleted = false;
    std::optional<MarkerRole> myRole; // the actor's role on this attempt, if any
    bool myDraft = false; // the actor has an unfinished draft
};

struct MarkingQueueFilter
{
    qint64 assignmentId = 0; // 0: every assignment
    qint64 cohortId = 0; // 0: every cohort the actor may mark
    std::optional<SubmissionStatus> status; // nullopt: every status
    // Hide student names even where the assignment is not blind-marked.
    bool anonymous = false;
};

// The marking queue: every submitted attempt of the cohorts the actor teaches (all for
// leaders and admins). Names are withheld here, not in the widget: for a blind-marked
// assignment until the result is released, and whenever the filter asks for it.
class MarkingQueueRepository
{
public:
    MarkingQueueRepository(const QSqlDatabase &connection, Actor actor);

    Result<QVector<MarkingQueueRow>> queue(const MarkingQueueFilter &filter = {}) const;
    // One submission's row (staff who teach its cohort).
    Result<MarkingQueueRow> row(qint64 submissionId, bool anonymous = false) const;

private:
    Result<QVector<MarkingQueueRow>> select(const QString &where, const QVariantMap &values, bool anonymous) const;

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
