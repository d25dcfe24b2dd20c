#include "MarkingStep.h"

#include "MarkingConflicts.h"
#include "MarkingWorkflow.h"

namespace prepmark {

Result<MarkingStep> MarkingStep::begin(const QSqlDatabase &connection, const Actor &actor, qint64 submissionId)
{
    MarkingStep step(connection, actor);
    Result<SubmissionState> state = SubmissionRepository(connection, actor).lock(submissionId);
    if (!state)
        return state.error();
    Result<MarkingQueueRow> row = MarkingQueueRepository(connection, actor).row(submissionId);
    if (!row)
        return row.error();
    step.m_state = std::move(state).value();
    step.m_row = std::move(row).value();
    return step;
}

MarkingTask MarkingStep::task() const
{
    return MarkingWorkflow::taskFor(m_row, m_actor);
}

Error MarkingStep::refused(MarkingTask expected) const
{
    return accessDenied(m_actor,
        QStringLiteral("do the %1 of submission %2: its status is \"%3\" and their task there is %4")
            .arg(markingTaskName(expected))
            .arg(m_row.submissionId)
            .arg(submissionStatusName(m_row.status), markingTaskName(task())));
}

WriteStatus MarkingStep::mayMark(const std::optional<DraftBasis> &basis) const
{
    const qint64 me = m_actor.userId;
    const MarkingTask now = task();
    MarkingConflicts conflicts(m_connection);
    Result<WriteConflict> conflict = makeError(QString());
    if (basis && basis->attemptId != m_row.attemptId) {
        const Result<Rubric> rubric = MarkingRepository(m_connection, m_actor).rubricOfAttempt(m_row.attemptId);
        if (!rubric)
            return rubric.error();
        conflict = conflicts.onSubmission(m_state, basis->attemptId, *rubric, {}, {});
    } else if (now == MarkingTask::FirstMarking || now == MarkingTask::SecondMarking) {
        return {};
    } else if ((m_row.myRole == MarkerRole::First && m_row.firstCompleted)
        || (m_row.myRole == MarkerRole::Second && m_row.secondCompleted)) {
        conflict = conflicts.onCompletion(m_row.attemptId, me);
    } else if ((m_row.status == SubmissionStatus::NotMarked || m_row.status == SubmissionStatus::InMarking)
        && m_row.firstMarkerId != 0 && m_row.firstMarkerId != me) {
        conflict = conflicts.onClaim(m_row.attemptId, MarkerRole::First);
    } else if (m_row.status == SubmissionStatus::FirstMarked && m_row.secondMarkerId != 0
        && m_row.secondMarkerId != me) {
        conflict = conflicts.onClaim(m_row.attemptId, MarkerRole::Second);
    } else {
        return refused(MarkingTask::FirstMarking);
    }
    if (!conflict)
        return conflict.error();
    conflict->subject = QStringLiteral("submission %1").arg(m_row.submissionId);
    conflict->overwritable = false;
    return *conflict;
}

WriteStatus MarkingStep::unchangedSince(
    std::optional<qint64> version, const DimensionScores &scores, const QString &reason, bool overwritable) const
{
    if (!version || m_state.version == *version)
        return {};
    const Result<Rubric> rubric = MarkingRepository(m_connection, m_actor).rubricOfAttempt(m_row.attemptId);
    if (!rubric)
        return rubric.error();
    Result<WriteConflict> conflict
        = MarkingConflicts(m_connection).onSubmission(m_state, m_row.attemptId, *rubric, scores, reason);
    if (!conflict)
        return conflict.error();
    conflict->overwritable = overwritable;
    return *conflict;
}

} // namespace prepmark
