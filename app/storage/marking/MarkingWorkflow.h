#pragma once

#include "MarkingQueueRepository.h"
#include "MarkingStep.h"
#include "storage/AccessPolicy.h"
#include "storage/WriteResult.h"

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
// step runs in one transaction and is audited by the database's triggers (db/002, 003, 006).
//
// Several people work on one submission at once (row versions and audited overwrites:
// db/sqlite/006_concurrent_marking.sql). Every step locks the submission before it reads anything (SQLite: an
// IMMEDIATE transaction; PostgreSQL: SELECT ... FOR UPDATE), so two steps never
// interleave, and moves its status only from the status it read. A page passes what it
// based the step on (a DraftBasis, the submission's version); when that moved on, the
// step is refused as a WriteConflict saying who changed what and when, and the page
// offers to reload or, where it makes sense, to keep its own (WriteIntent::Overwrite,
// audited). Callers that read nothing first (the demo builder) pass nothing and act on
// the state they find under the lock.
class MarkingWorkflow
{
public:
    MarkingWorkflow(const QSqlDatabase &connection, Actor actor);

    // The task a queue row offers the actor: a pure rule over the row.
    static MarkingTask taskFor(const MarkingQueueRow &row, const Actor &actor);
    Result<MarkingTask> taskFor(qint64 submissionId) const;

    // Saves the actor's draft and returns its new version; the first save claims the
    // submission for the actor as its first (or second) marker. Refused as a WriteConflict
    // when someone else claimed that role first ("X is already the first marker"), the
    // marking was completed, a new attempt came in, or the stored draft is not the one the
    // basis names (Overwrite: keep this sheet over it).
    WriteResult<qint64> saveDraft(qint64 submissionId, const MarkSheet &sheet,
        const std::optional<DraftBasis> &basis = std::nullopt, WriteIntent intent = WriteIntent::Edit);
    // Stores the marks, remarks and feedback, completes the actor's marking and moves
    // the submission on; fails, naming the criteria, while any criterion is unmarked or
    // overrides its automatic provisional level without a remark. With a basis, a stored
    // draft newer than the page's is a WriteConflict (the page keeps its sheet by saving
    // it over the draft, then completes again).
    WriteResult<SubmissionStatus> complete(
        qint64 submissionId, const MarkSheet &given, const std::optional<DraftBasis> &basis = std::nullopt);

    // The first and second markers' scores side by side (once the actor may see both).
    Result<MarkerComparison> comparison(qint64 submissionId) const;
    // Agreement (second marked, within tolerance): the agreed scores; the reason may be
    // empty. submissionVersion: the version the page read (see SubmissionRecord::version).
    // Overwrite, with the version a conflict showed: these scores replace the ones another
    // person agreed meanwhile (the submission is agreed, not yet released).
    WriteStatus agree(qint64 submissionId, const DimensionScores &scores, const QString &reason,
        std::optional<qint64> submissionVersion = std::nullopt, WriteIntent intent = WriteIntent::Edit);
    // Moderation: the agreed scores and the moderator's reason (required); as agree().
    WriteStatus moderate(qint64 submissionId, const DimensionScores &scores, const QString &reason,
        std::optional<qint64> submissionVersion = std::nullopt, WriteIntent intent = WriteIntent::Edit);
    // How the agreed scores of the submission's latest attempt were decided, oldest first.
    Result<QVector<MarkingDecision>> decisions(qint64 submissionId) const;
    // Releases the agreed result with the first marker's feedback; returns the snapshot id.
    // A submission whose marking state moved on since the version read is a WriteConflict.
    WriteResult<qint64> release(qint64 submissionId, const QDateTime &at = QDateTime::currentDateTimeUtc(),
        std::optional<qint64> submissionVersion = std::nullopt);

private:
    bool mayReplaceDecision(const MarkingQueueRow &row, MarkingTask task) const;
    WriteStatus decide(qint64 submissionId, MarkingTask task, const DimensionScores &scores, const QString &reason,
        std::optional<qint64> submissionVersion, WriteIntent intent);
    Status recordDecision(
        const MarkingQueueRow &row, const QString &kind, const DimensionScores &scores, const QString &reason);
    // The status after the claim (in marking once the first marker claims it).
    WriteResult<SubmissionStatus> claim(const MarkingQueueRow &row, MarkingTask task);
    WriteResult<SubmissionStatus> storeMarking(
        const MarkingStep &step, const MarkSheet &sheet, const Rubric &rubric, const std::optional<DraftBasis> &basis);
    Result<SubmissionStatus> statusAfterSecondMarking(const MarkingQueueRow &row);

    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
