#pragma once

#include "MarkingQueueRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/WriteResult.h"

#include "core/Scores.h"

#include <QSqlDatabase>

#include <optional>

namespace prepmark {

enum class MarkingTask; // MarkingWorkflow.h

// What a marking page based its sheet on: the attempt it shows and the version of the
// actor's draft it read or last saved (0: none).
struct DraftBasis
{
    qint64 attemptId = 0;
    qint64 draftVersion = 0;
};

// One step of the marking workflow on a submission, inside the step's transaction (begun
// with Transaction::Lock::Write): the submission locked before anything is read, its
// queue row read under the lock, and the checks of what the caller based the step on,
// which refuse a step on data that moved on as a WriteConflict the page can show.
class MarkingStep
{
public:
    // Locks the submission and reads its row; an Error when the actor may not see it.
    static Result<MarkingStep> begin(const QSqlDatabase &connection, const Actor &actor, qint64 submissionId);

    const SubmissionState &state() const { return m_state; }
    const MarkingQueueRow &row() const { return m_row; }
    MarkingTask task() const; // MarkingWorkflow::taskFor(row(), actor)

    // The refusal for an actor whose task here is not `expected`.
    Error refused(MarkingTask expected) const;
    // Whether the actor may mark now (first or second marking). When not because someone
    // else took the role first, their own marking was completed (in another window) or the
    // page shows an older attempt, a WriteConflict; otherwise the refusal.
    WriteStatus mayMark(const std::optional<DraftBasis> &basis) const;
    // The submission's version is still `version` (when given); else a WriteConflict with
    // the agreed scores and reason stored now beside `scores` and `reason`.
    WriteStatus unchangedSince(
        std::optional<qint64> version, const DimensionScores &scores, const QString &reason, bool overwritable) const;

private:
    MarkingStep(const QSqlDatabase &connection, const Actor &actor) : m_connection(connection), m_actor(actor) { }

    QSqlDatabase m_connection;
    Actor m_actor;
    SubmissionState m_state;
    MarkingQueueRow m_row;
};

} // namespace prepmark
