#include "AccessPolicy.h"

#include "SqlQuery.h"

namespace prepmark {

AccessPolicy::AccessPolicy(QSqlDatabase connection, Actor actor)
    : m_connection(std::move(connection)), m_actor(std::move(actor))
{
}

bool AccessPolicy::enrolledAs(qint64 cohortId, const QString &role) const
{
    SqlQuery query(m_connection, QStringLiteral(
        "SELECT 1 FROM enrolments WHERE cohort_id = :cohort AND user_id = :user AND role = :role"));
    query.bind(QStringLiteral(":cohort"), cohortId).bind(QStringLiteral(":user"), m_actor.userId)
        .bind(QStringLiteral(":role"), role);
    return query.exec() && query.next();
}

qint64 AccessPolicy::cohortOfSubmission(qint64 submissionId) const
{
    SqlQuery query(m_connection, QStringLiteral(
        "SELECT a.cohort_id FROM submissions s JOIN assignments a ON a.id = s.assignment_id WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), submissionId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AccessPolicy::cohortOfAttempt(qint64 attemptId) const
{
    SqlQuery query(m_connection, QStringLiteral(
        "SELECT a.cohort_id FROM attempts t JOIN submissions s ON s.id = t.submission_id "
        "JOIN assignments a ON a.id = s.assignment_id WHERE t.id = :id"));
    query.bind(QStringLiteral(":id"), attemptId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AccessPolicy::studentOfSubmission(qint64 submissionId) const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT student_id FROM submissions WHERE id = :id"));
    query.bind(QStringLiteral(":id"), submissionId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Status AccessPolicy::mayManageProgrammes() const
{
    if (m_actor.seesAllCohorts())
        return {};
    return accessDenied(m_actor, QStringLiteral("manage programmes, cohorts or accounts"));
}

Status AccessPolicy::mayReadCohort(qint64 cohortId) const
{
    if (m_actor.seesAllCohorts())
        return {};
    if (enrolledAs(cohortId, roleName(m_actor.role == Role::Lecturer ? Role::Lecturer : Role::Student)))
        return {};
    return accessDenied(m_actor, QStringLiteral("read cohort %1").arg(cohortId));
}

Status AccessPolicy::mayTeachCohort(qint64 cohortId) const
{
    if (m_actor.seesAllCohorts())
        return {};
    if (m_actor.role == Role::Lecturer && enrolledAs(cohortId, QStringLiteral("lecturer")))
        return {};
    return accessDenied(m_actor, QStringLiteral("see or mark the work of cohort %1").arg(cohortId));
}

Status AccessPolicy::mayReadSubmission(qint64 submissionId) const
{
    if (m_actor.role == Role::Student) {
        if (studentOfSubmission(submissionId) == m_actor.userId)
            return {};
        return accessDenied(m_actor, QStringLiteral("read another student's submission"));
    }
    const qint64 cohort = cohortOfSubmission(submissionId);
    if (cohort == 0)
        return makeError(QStringLiteral("no submission %1").arg(submissionId));
    return mayTeachCohort(cohort);
}

Status AccessPolicy::mayWriteSubmission(qint64 submissionId) const
{
    if (m_actor.role == Role::Student && studentOfSubmission(submissionId) != m_actor.userId)
        return accessDenied(m_actor, QStringLiteral("submit work for another student"));
    return mayReadSubmission(submissionId);
}

Status AccessPolicy::mayMarkAttempt(qint64 attemptId) const
{
    if (m_actor.role == Role::Student)
        return accessDenied(m_actor, QStringLiteral("mark work"));
    const qint64 cohort = cohortOfAttempt(attemptId);
    if (cohort == 0)
        return makeError(QStringLiteral("no attempt %1").arg(attemptId));
    return mayTeachCohort(cohort);
}

} // namespace prepmark
