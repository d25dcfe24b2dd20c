#include "MarkingWorkflow.h"

#include "MarkingConflicts.h"
#include "MarkingDraftRepository.h"
#include "ReleaseRepository.h"
#include "storage/AssignmentRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace prepmark {

namespace {
QString scoresJson(const DimensionScores &scores)
{
    QJsonObject json;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
        json.insert(it.key(), *it);
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QString describe(const MarkSheetProblem &problem, const MarkSheet &sheet)
{
    if (problem.kind == MarkSheetProblem::Kind::Unmarked)
        return QStringLiteral("criterion \"%1\" has no level").arg(problem.criterionKey);
    return QStringLiteral("criterion \"%1\": level %2 overrides the automatic level %3 without a remark")
        .arg(problem.criterionKey)
        .arg(sheet.level(problem.criterionKey).value_or(0))
        .arg(sheet.provisionalLevel(problem.criterionKey).value_or(0));
}
} // namespace

QString markingTaskName(MarkingTask task)
{
    switch (task) {
    case MarkingTask::FirstMarking:
        return QStringLiteral("first marking");
    case MarkingTask::SecondMarking:
        return QStringLiteral("second marking");
    case MarkingTask::Agreement:
        return QStringLiteral("agreement");
    case MarkingTask::Moderation:
        return QStringLiteral("moderation");
    case MarkingTask::Release:
        return QStringLiteral("release");
    case MarkingTask::Review:
        return QStringLiteral("review");
    }
    return {};
}

MarkingWorkflow::MarkingWorkflow(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

MarkingTask MarkingWorkflow::taskFor(const MarkingQueueRow &row, const Actor &actor)
{
    if (!actor.isStaff() || row.status == SubmissionStatus::Released)
        return MarkingTask::Review;
    const bool isFirst = row.firstMarkerId != 0 && row.firstMarkerId == actor.userId;
    const bool isSecond = row.secondMarkerId != 0 && row.secondMarkerId == actor.userId;
    if (isFirst && !row.firstCompleted)
        return MarkingTask::FirstMarking;
    if (isSecond && !row.secondCompleted)
        return MarkingTask::SecondMarking;
    switch (row.status) {
    case SubmissionStatus::NotMarked:
    case SubmissionStatus::InMarking:
        return row.firstMarkerId == 0 ? MarkingTask::FirstMarking : MarkingTask::Review;
    case SubmissionStatus::FirstMarked:
        return row.secondMarkerId == 0 && !isFirst && row.assignmentMode == QLatin1String("assessed")
            ? MarkingTask::SecondMarking
            : MarkingTask::Review;
    case SubmissionStatus::SecondMarked:
        return isFirst || isSecond || actor.seesAllCohorts() ? MarkingTask::Agreement : MarkingTask::Review;
    case SubmissionStatus::NeedsModeration:
        return isFirst || isSecond ? MarkingTask::Review : MarkingTask::Moderation;
    case SubmissionStatus::Agreed:
        return MarkingTask::Release;
    case SubmissionStatus::Released:
        break;
    }
    return MarkingTask::Review;
}

Result<MarkingTask> MarkingWorkflow::taskFor(qint64 submissionId) const
{
    const Result<MarkingQueueRow> row = MarkingQueueRepository(m_connection, m_access.actor()).row(submissionId);
    if (!row)
        return row.error();
    return taskFor(*row, m_access.actor());
}

WriteResult<SubmissionStatus> MarkingWorkflow::claim(const MarkingQueueRow &row, MarkingTask task)
{
    const Actor &actor = m_access.actor();
    if (row.myRole)
        return row.status;
    if (actor.userId <= 0)
        return makeError(QStringLiteral("submission %1 is marked by a signed-in marker, not by %2")
                             .arg(row.submissionId)
                             .arg(actor.username));
    MarkingRepository marking(m_connection, actor);
    const MarkerRole role = task == MarkingTask::FirstMarking ? MarkerRole::First : MarkerRole::Second;
    if (const WriteStatus assigned = marking.assignMarker(row.attemptId, actor.userId, role); !assigned)
        return assigned.refusal();
    if (row.status != SubmissionStatus::NotMarked)
        return row.status;
    const WriteResult<qint64> moved
        = SubmissionRepository(m_connection, actor)
              .setStatus(row.submissionId, SubmissionStatus::NotMarked, SubmissionStatus::InMarking);
    if (!moved)
        return moved.refusal();
    return SubmissionStatus::InMarking;
}

WriteResult<qint64> MarkingWorkflow::saveDraft(
    qint64 submissionId, const MarkSheet &sheet, const std::optional<DraftBasis> &basis, WriteIntent intent)
{
    Transaction transaction(m_connection, Transaction::Lock::Write);
    if (!transaction.active())
        return transaction.beginError();
    const Result<MarkingStep> step = MarkingStep::begin(m_connection, m_access.actor(), submissionId);
    if (!step)
        return step.error();
    if (const WriteStatus allowed = step->mayMark(basis); !allowed)
        return allowed.refusal();
    const MarkingQueueRow &row = step->row();
    if (const WriteResult<SubmissionStatus> claimed = claim(row, taskFor(row, m_access.actor())); !claimed)
        return claimed.refusal();
    const std::optional<qint64> read = basis ? std::optional<qint64>(basis->draftVersion) : std::nullopt;
    const WriteResult<qint64> saved
        = MarkingDraftRepository(m_connection, m_access.actor()).save(row.attemptId, sheet, read, intent);
    if (!saved)
        return saved.refusal();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *saved;
}

WriteResult<SubmissionStatus> MarkingWorkflow::complete(
    qint64 submissionId, const MarkSheet &given, const std::optional<DraftBasis> &basis)
{
    Transaction transaction(m_connection, Transaction::Lock::Write);
    if (!transaction.active())
        return transaction.beginError();
    const Result<MarkingStep> step = MarkingStep::begin(m_connection, m_access.actor(), submissionId);
    if (!step)
        return step.error();
    if (const WriteStatus allowed = step->mayMark(basis); !allowed)
        return allowed.refusal();
    const Actor &actor = m_access.actor();
    const MarkingQueueRow &row = step->row();
    const Result<Rubric> rubric = MarkingRepository(m_connection, actor).rubricOfAttempt(row.attemptId);
    if (!rubric)
        return rubric.error();
    // Overrides are judged against the stored evidence, not what the caller says it was.
    const Result<QVector<EvidenceRecord>> evidence = SubmissionRepository(m_connection, actor).evidence(row.attemptId);
    if (!evidence)
        return evidence.error();
    MarkSheet sheet = given;
    QMap<QString, int> provisional;
    for (const EvidenceRecord &item : *evidence) {
        if (item.provisionalLevel)
            provisional.insert(item.criterionKey, *item.provisionalLevel);
    }
    sheet.setProvisionalLevels(provisional);
    if (const QVector<MarkSheetProblem> problems = sheet.problems(*rubric); !problems.isEmpty()) {
        QStringList lines;
        for (const MarkSheetProblem &problem : problems)
            lines << describe(problem, sheet);
        return makeError(QStringLiteral("cannot complete the marking of submission %1: %2")
                             .arg(submissionId)
                             .arg(lines.join(QStringLiteral("; "))));
    }
    const WriteResult<SubmissionStatus> next = storeMarking(*step, sheet, *rubric, basis);
    if (!next)
        return next.refusal();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *next;
}

// complete(), once the sheet is known to be complete: under the lock, inside its transaction.
WriteResult<SubmissionStatus> MarkingWorkflow::storeMarking(
    const MarkingStep &step, const MarkSheet &sheet, const Rubric &rubric, const std::optional<DraftBasis> &basis)
{
    const Actor &actor = m_access.actor();
    const MarkingQueueRow &row = step.row();
    const MarkingTask task = step.task();
    const WriteResult<SubmissionStatus> claimed = claim(row, task);
    if (!claimed)
        return claimed.refusal();
    MarkingDraftRepository drafts(m_connection, actor);
    if (basis) {
        const Result<qint64> draftVersion = drafts.version(row.attemptId);
        if (!draftVersion)
            return draftVersion.error();
        if (*draftVersion != basis->draftVersion) {
            const Result<WriteConflict> conflict
                = MarkingConflicts(m_connection).onDraft(row.attemptId, actor.userId, rubric, sheet);
            if (!conflict)
                return conflict.error();
            return *conflict;
        }
    }
    MarkingRepository marking(m_connection, actor);
    // The actor's marks so far (stored outside the workflow, if at all): read under the lock.
    RowVersions stored;
    const Result<QVector<MarkRecord>> marks = marking.marks(row.attemptId);
    if (!marks)
        return marks.error();
    for (const MarkRecord &mark : *marks) {
        if (mark.markerId == actor.userId)
            stored.insert(mark.criterionKey, mark.version);
    }
    QHash<QString, QString> remarks;
    for (auto it = sheet.remarks().constBegin(); it != sheet.remarks().constEnd(); ++it)
        remarks.insert(it.key(), *it);
    if (const WriteResult<RowVersions> marked
        = marking.setMarks(row.attemptId, actor.userId, sheet.levels(), remarks, stored);
        !marked)
        return marked.refusal();
    if (const Status feedback = marking.setFeedback(row.attemptId, sheet.feedback()); !feedback)
        return feedback.error();
    if (const WriteStatus completed = marking.completeMarking(row.attemptId); !completed)
        return completed.refusal();
    if (const Status discarded = drafts.discard(row.attemptId); !discarded)
        return discarded.error();

    Result<SubmissionStatus> next = SubmissionStatus::FirstMarked;
    if (task == MarkingTask::SecondMarking) {
        next = statusAfterSecondMarking(row);
    } else if (row.assignmentMode == QLatin1String("practice")) {
        const DimensionScores scores = *sheet.scores(rubric);
        if (const WriteResult<RowVersions> agreed = marking.setAgreedScores(row.attemptId, scores); !agreed)
            return agreed.refusal();
        if (const Status decided
            = recordDecision(row, QStringLiteral("single"), scores, QStringLiteral("practice assignment: marked once"));
            !decided)
            return decided.error();
        next = SubmissionStatus::Agreed;
    }
    if (!next)
        return next.error();
    if (const WriteResult<qint64> moved
        = SubmissionRepository(m_connection, actor).setStatus(row.submissionId, *claimed, *next);
        !moved)
        return moved.refusal();
    return *next;
}

Result<SubmissionStatus> MarkingWorkflow::statusAfterSecondMarking(const MarkingQueueRow &row)
{
    const Result<MarkerComparison> compared = comparison(row.submissionId);
    if (!compared)
        return compared.error();
    return compared->needsModeration ? SubmissionStatus::NeedsModeration : SubmissionStatus::SecondMarked;
}

Result<MarkerComparison> MarkingWorkflow::comparison(qint64 submissionId) const
{
    const Result<MarkingQueueRow> row = MarkingQueueRepository(m_connection, m_access.actor()).row(submissionId);
    if (!row)
        return row.error();
    if (row->firstMarkerId == 0 || row->secondMarkerId == 0)
        return makeError(QStringLiteral("submission %1 has not been marked by two markers").arg(submissionId));
    MarkingRepository marking(m_connection, m_access.actor());
    const Result<QHash<qint64, DimensionScores>> scores = marking.markerScores(row->attemptId);
    if (!scores)
        return scores.error();
    if (!scores->contains(row->firstMarkerId) || !scores->contains(row->secondMarkerId))
        return accessDenied(m_access.actor(),
            QStringLiteral("compare the markers of submission %1 yet (blind double "
                           "marking, or a marking is unfinished)")
                .arg(submissionId));
    const Result<Rubric> rubric = marking.rubricOfAttempt(row->attemptId);
    if (!rubric)
        return rubric.error();
    const Result<AssignmentRecord> assignment
        = AssignmentRepository(m_connection, m_access.actor()).find(row->assignmentId);
    if (!assignment)
        return assignment.error();
    return compareMarkers(*rubric, scores->value(row->firstMarkerId), scores->value(row->secondMarkerId),
        assignment->moderationTolerance);
}

Status MarkingWorkflow::recordDecision(
    const MarkingQueueRow &row, const QString &kind, const DimensionScores &scores, const QString &reason)
{
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO moderations (attempt_id, decided_by, kind, reason, scores, decided_at) "
                       "VALUES (:attempt, :by, :kind, :reason, :scores, :at)"));
    insert.bind(QStringLiteral(":attempt"), row.attemptId)
        .bind(QStringLiteral(":by"), m_access.actor().userId > 0 ? QVariant(m_access.actor().userId) : QVariant())
        .bind(QStringLiteral(":kind"), kind)
        .bind(QStringLiteral(":reason"), reason.trimmed())
        .bind(QStringLiteral(":scores"), scoresJson(scores))
        .bind(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return insert.exec();
}

WriteStatus MarkingWorkflow::agree(qint64 submissionId, const DimensionScores &scores, const QString &reason,
    std::optional<qint64> submissionVersion, WriteIntent intent)
{
    const QString why
        = reason.trimmed().isEmpty() ? QStringLiteral("markers within tolerance agreed these scores") : reason;
    return decide(submissionId, MarkingTask::Agreement, scores, why, submissionVersion, intent);
}

WriteStatus MarkingWorkflow::moderate(qint64 submissionId, const DimensionScores &scores, const QString &reason,
    std::optional<qint64> submissionVersion, WriteIntent intent)
{
    if (reason.trimmed().isEmpty())
        return makeError(
            QStringLiteral("moderation of submission %1: give the reason for the agreed scores").arg(submissionId));
    return decide(submissionId, MarkingTask::Moderation, scores, reason, submissionVersion, intent);
}

// Who may replace agreed scores another person decided meanwhile ("keep mine"): whoever
// could have made the decision being replaced.
bool MarkingWorkflow::mayReplaceDecision(const MarkingQueueRow &row, MarkingTask task) const
{
    const Actor &actor = m_access.actor();
    const bool marker = actor.userId != 0 && (actor.userId == row.firstMarkerId || actor.userId == row.secondMarkerId);
    if (!actor.isStaff() || row.status != SubmissionStatus::Agreed)
        return false;
    return task == MarkingTask::Moderation ? !marker : marker || actor.seesAllCohorts();
}

WriteStatus MarkingWorkflow::decide(qint64 submissionId, MarkingTask task, const DimensionScores &scores,
    const QString &reason, std::optional<qint64> submissionVersion, WriteIntent intent)
{
    const bool moderating = task == MarkingTask::Moderation;
    const Actor &actor = m_access.actor();
    Transaction transaction(m_connection, Transaction::Lock::Write);
    if (!transaction.active())
        return transaction.beginError();
    const Result<MarkingStep> step = MarkingStep::begin(m_connection, actor, submissionId);
    if (!step)
        return step.error();
    const MarkingQueueRow &row = step->row();
    if (const WriteStatus same = step->unchangedSince(submissionVersion, scores, reason, mayReplaceDecision(row, task));
        !same)
        return same;
    MarkingRepository marking(m_connection, actor);
    RowVersions replaced;
    if (intent == WriteIntent::Overwrite) {
        if (!submissionVersion || !mayReplaceDecision(row, task))
            return step->refused(task);
        const Result<RowVersions> versions = marking.agreedScoreVersions(row.attemptId);
        if (!versions)
            return versions.error();
        replaced = *versions;
    } else if (step->task() != task) {
        return step->refused(task);
    }
    if (moderating && actor.userId > 0) {
        if (const WriteStatus assigned = marking.assignMarker(row.attemptId, actor.userId, MarkerRole::Moderator);
            !assigned)
            return assigned;
    }
    if (const WriteResult<RowVersions> agreed = marking.setAgreedScores(row.attemptId, scores, replaced, intent);
        !agreed)
        return agreed.refusal();
    const QString kind = moderating ? QStringLiteral("moderated") : QStringLiteral("agreed");
    if (const Status decided = recordDecision(row, kind, scores, reason); !decided)
        return decided;
    if (const WriteResult<qint64> moved
        = SubmissionRepository(m_connection, actor)
              .setStatus(submissionId, row.status, SubmissionStatus::Agreed, step->state().version);
        !moved)
        return moved.refusal();
    return transaction.commit();
}

Result<QVector<MarkingDecision>> MarkingWorkflow::decisions(qint64 submissionId) const
{
    const Result<MarkingQueueRow> row = MarkingQueueRepository(m_connection, m_access.actor()).row(submissionId);
    if (!row)
        return row.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT m.kind, m.decided_by, u.display_name, m.reason, m.scores, m.decided_at FROM moderations m "
            "LEFT JOIN users u ON u.id = m.decided_by WHERE m.attempt_id = :attempt ORDER BY m.id"));
    query.bind(QStringLiteral(":attempt"), row->attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<MarkingDecision> result;
    while (query.next()) {
        MarkingDecision decision;
        decision.kind = query.value(0).toString();
        decision.decidedBy = query.value(1).toLongLong();
        decision.decidedByName = query.value(2).toString();
        decision.reason = query.value(3).toString();
        const QJsonObject scores = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
            decision.scores.insert(it.key(), it->toDouble());
        decision.decidedAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
        result << decision;
    }
    return result;
}

WriteResult<qint64> MarkingWorkflow::release(
    qint64 submissionId, const QDateTime &at, std::optional<qint64> submissionVersion)
{
    Transaction transaction(m_connection, Transaction::Lock::Write);
    if (!transaction.active())
        return transaction.beginError();
    const Result<MarkingStep> step = MarkingStep::begin(m_connection, m_access.actor(), submissionId);
    if (!step)
        return step.error();
    if (const WriteStatus same = step->unchangedSince(submissionVersion, {}, {}, false); !same)
        return same.refusal();
    const MarkingQueueRow &row = step->row();
    if (step->task() != MarkingTask::Release)
        return step->refused(MarkingTask::Release);
    const Result<QVector<MarkingRecord>> markings
        = MarkingRepository(m_connection, m_access.actor()).markings(row.attemptId);
    if (!markings)
        return markings.error();
    QString feedback;
    for (const MarkingRecord &record : *markings) {
        if (record.role == MarkerRole::First)
            feedback = record.feedback;
    }
    const WriteResult<qint64> released
        = ReleaseRepository(m_connection, m_access.actor()).release(row.attemptId, feedback, at, step->state().version);
    if (!released)
        return released.refusal();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return *released;
}

} // namespace prepmark
