#include "AttemptSubmitter.h"

#include "core/RubricLoader.h"
#include "grading/GradingReportJson.h"
#include "session/SessionJson.h"
#include "storage/AssignmentRepository.h"
#include "storage/PracticeRepository.h"
#include "storage/RubricRepository.h"
#include "storage/SubmissionRepository.h"
#include "storage/Transaction.h"
#include "storage/WorkbenchDraftRepository.h"

namespace prepmark {

AttemptSubmitter::AttemptSubmitter(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_actor(std::move(actor))
{
}

Result<SubmittedAttempt> AttemptSubmitter::store(const WorkbenchTask &task, const Session &session) const
{
    SubmittedAttempt submitted;
    submitted.prepared = session;
    submitted.prepared.state = Session::State::Prepared;
    submitted.practice = task.isPractice();
    const QString json = QString::fromUtf8(SessionJson::toJson(submitted.prepared));
    const QString notes = submitted.prepared.notes.allText();

    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    if (task.isPractice()) {
        const Result<PracticeAttempt> attempt
            = PracticeRepository(m_connection, m_actor).add(task.exercise.key, json, notes);
        if (!attempt)
            return attempt.error();
        submitted.attemptId = attempt->id;
        submitted.number = attempt->number;
    } else {
        SubmissionRepository submissions(m_connection, m_actor);
        const Result<qint64> submission = submissions.open(task.assignmentId, m_actor.userId);
        if (!submission)
            return submission.error();
        const Result<AttemptRecord> attempt = submissions.addAttempt(*submission, json, notes);
        if (!attempt)
            return attempt.error();
        submitted.submissionId = *submission;
        submitted.attemptId = attempt->id;
        submitted.number = attempt->number;
    }
    if (const Status discarded
        = WorkbenchDraftRepository(m_connection, m_actor).discard(task.exercise.key, task.assignmentId);
        !discarded)
        return discarded.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return submitted;
}

Result<Rubric> AttemptSubmitter::rubricFor(const WorkbenchTask &task) const
{
    if (task.isPractice())
        return RubricLoader::bundled(QStringLiteral("mixprep-5d"));
    const Result<AssignmentRecord> assignment = AssignmentRepository(m_connection, m_actor).find(task.assignmentId);
    if (!assignment)
        return assignment.error();
    return RubricRepository(m_connection).load(assignment->rubricId);
}

Status AttemptSubmitter::storeGrading(const SubmittedAttempt &attempt, const GradingReport &report) const
{
    if (attempt.practice)
        return PracticeRepository(m_connection, m_actor).setGrading(attempt.attemptId, gradingReportToJson(report));
    QVector<EvidenceRecord> evidence;
    evidence.reserve(report.criteria.size());
    for (const CriterionGrade &criterion : report.criteria)
        evidence.append(EvidenceRecord {criterion.key, criterion.level, criterion.evidence});
    return SubmissionRepository(m_connection, m_actor).setEvidence(attempt.attemptId, evidence);
}

} // namespace prepmark
