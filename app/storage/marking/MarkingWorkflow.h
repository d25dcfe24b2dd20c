#pragma once

#include "MarkingQueueRepository.h"
#include "storage/AccessPolicy.h"

#include "core/MarkSheet.h"
#include "core/MarkerComparison.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace prepmark {

// What the actor can do with a submission now.
enum class MarkingTask {
    FirstMarking, // mark it as its first marker (claimed with the first saved draft)
    SecondMarking, // mark it blind as its second marker, once the first marking is complete
    Agreement, // second marked within tolerance: a marker (or a leader) agrees the scores
    Moderation, // needs moderation: a moderator who is neither marker decides, with a reason
    Release, // agreed: release the snapshot to the student
    Review, // nothing to do; read what the actor may see
};
QString markingTaskName(MarkingTask task); // "first marking", ... for messages

// How an attempt's agreed scores were decided (table moderations).
struct MarkingDecision
{
    QString kind; // "agreed", "moderated", "single"
    qint64 decidedBy = 0;
    QString decidedByName;
    QString reason;
    DimensionScores scores;
    QDateTime decidedAt;
};

// The marking workflow of a submission's latest attempt, over the repositories:
//
//   not_marked -> in_marking -> first_marked -> (second marker, blind)
//       -> second_marked (within tolerance) -> agreed -> released
//       -> needs_moderation (beyond tolerance, or adequacy disagrees) -> agreed -> released
//
// A practice assignment is marked once: completing the first marking agrees it. Every
// step runs in one transaction and is audited by the database's triggers (db/002, 003).
class MarkingWorkflow
{
public:
    MarkingWorkflow(const QSqlDatabase &connection, Actor actor);

    // The task a queue row offers the actor: a pure rule over the row.
    static MarkingTask taskFor(const MarkingQueueRow &row, const Actor &actor);
    Result<MarkingTask> taskFor(qint64 submissionId) const;

    // Saves the actor's draft; the first save claims the submission for the actor as
    // its first (or second) marker.
    Status saveDraft(qint64 submissionId, const MarkSheet &sheet);
    // Stores the marks, remarks and feedback, completes the actor's marking and moves
    // the submission on; fails, naming the criteria, while any criterion is unmarked or
    // overrides its automatic provisional level without a remark.
    Result<SubmissionStatus> complete(qint64 submissionId, const MarkSheet &given);

    // The first and second markers' scores side by side (once the actor may see both).
    Result<MarkerComparison> comparison(qint64 submissionId) const;
    // Agreement (second marked, within tolerance): the agreed scores; the reason may be empty.
    Status agree(qint64 submissionId, const DimensionScores &scores, const QString &reason);
    // Moderation: the agreed scores and the moderator's reason (required).
    Status moderate(qint64 submissionId, const DimensionScores &scores, const QString &reason);
    // How the agreed scores of the submission's latest attempt were decided, oldest first.
    Result<QVector<MarkingDecision>> decisions(qint64 submissionId) const;
    // Releases the agreed result with the first marker's feedback; returns the snapshot id.
    Result<qint64> release(qint64 submissionId, const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    Result<MarkingQueueRow> rowFor(qint64 submissionId, MarkingTask expected) const;
    Status recordDecision(
        const MarkingQueueRow &row, const QString &kind, const DimensionScores &scores, const QString &reason);
    Status claim(const MarkingQueueRow &row, MarkingTask task);
    Result<SubmissionStatus> statusAfterSecondMarking(const MarkingQueueRow &row);

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
