#include "AccessPolicy.h"

#include "SqlQuery.h"

namespace prepmark {

AccessPolicy::AccessPolicy(QSqlDatabase connection, Actor actor)
    : m_connection(std::move(connection)), m_actor(std::move(actor))
{
}

bool AccessPolicy::enrolledAs(qint64 cohortId, const QString &role) const
{
    SqlQuery query(m_connection,
        QStringLiteral("SELECT 1 FROM enrolments WHERE cohort_id = :cohort AND user_id = :user AND role = :role"));
    query.bind(QStringLiteral(":cohort"), cohortId)
        .bind(QStringLiteral(":user"), m_actor.userId)
        .bind(QStringLiteral(":role"), role);
    return query.exec() && query.next();
}

Result<qint64> AccessPolicy::cohortOfAssignment(qint64 assignmentId) const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT cohort_id FROM assignments WHERE id = :id"));
    query.bind(QStringLiteral(":id"), assignmentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("assignment %1 does not exist").arg(assignmentId));
    return query.value(0).toLongLong();
}

Result<qint64> AccessPolicy::submissionOfAttempt(qint64 attemptId) const
{
    SqlQuery query(m_connection, QStringLiteral("SELECT submission_id FROM attempts WHERE id = :id"));
    query.bind(QStringLiteral(":id"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("attempt %1 does not exist").arg(attemptId));
    return query.value(0).toLongLong();
}

qint64 AccessPolicy::cohortOfSubmission(qint64 submissionId) const
{
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT a.cohort_id FROM submissions s JOIN assignments a ON a.id = s.assignment_id WHERE s.id = :id"));
    query.bind(QStringLiteral(":id"), submissionId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AccessPolicy::cohortOfAttempt(qint64 attemptId) const
{
    SqlQuery query(m_connection,
        QStringLiteral("SELECT a.cohort_id FROM attempts t JOIN submissions s ON s.id = t.submission_id "
                       "JOIN assignments a ON a.id = s.assignment_id WHERE t.id = :id"));
    query.bind(QStringLiteral(":id"), attemptId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

qint64 AccessPolicy::studentOfSubmission(qint64 submissionId) const
{
    SqlQuery query(
        m_connection, QStringLiteral("SELECT student_id FROM submission_students WHERE submission_id = :id"));
    query.bind(QStringLiteral(":id"), submissionId);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

Status AccessPolicy::mayManageProgrammes() const
{
    if (m_actor.seesAllCohorts())
        return {};
    return accessDenied(m_actor, QStringLiteral("manage programmes, cohorts or accounts"));
}

Status AccessPolicy::mayManageAccounts() const
{
    if (m_actor.role == Role::Admin)
        return {};
    return accessDenied(m_actor, QStringLiteral("manage accounts or enrolments (admins only)"));
}

Status AccessPolicy::mayReportOnProgramme() const
{
    if (m_actor.seesAllCohorts())
        return {};
    return accessDenied(m_actor, QStringLiteral("report on a whole programme (programme leaders and admins only)"));
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

Status AccessPolicy::mayReadAssignment(qint64 assignmentId) const
{
    const Result<qint64> cohort = cohortOfAssignment(assignmentId);
    if (!cohort)
        return cohort.error();
    return mayReadCohort(*cohort);
}

Status AccessPolicy::mayTeachAssignment(qint64 assignmentId) const
{
    const Result<qint64> cohort = cohortOfAssignment(assignmentId);
    if (!cohort)
        return cohort.error();
    return mayTeachCohort(*cohort);
}

Status AccessPolicy::mayOpenSubmission(qint64 assignmentId, qint64 studentId) const
{
    if (m_actor.role != Role::Student)
        return mayTeachAssignment(assignmentId);
    if (studentId != m_actor.userId)
        return accessDenied(m_actor, QStringLiteral("submit work for another student"));
    return mayReadAssignment(assignmentId);
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
        return makeError(QStringLiteral("submission %1 does not exist").arg(submissionId));
    return mayTeachCohort(cohort);
}

Status AccessPolicy::mayWriteSubmission(qint64 submissionId) const
{
    if (m_actor.role == Role::Student && studentOfSubmission(submissionId) != m_actor.userId)
        return accessDenied(m_actor, QStringLiteral("submit work for another student"));
    return mayReadSubmission(submissionId);
}

Status AccessPolicy::mayReadAttempt(qint64 attemptId) const
{
    const Result<qint64> submission = submissionOfAttempt(attemptId);
    if (!submission)
        return submission.error();
    return mayReadSubmission(*submission);
}

Status AccessPolicy::mayWriteAttempt(qint64 attemptId) const
{
    const Result<qint64> submission = submissionOfAttempt(attemptId);
    if (!submission)
        return submission.error();
    return mayWriteSubmission(*submission);
}

Status AccessPolicy::mayMarkAttempt(qint64 attemptId) const
{
    if (m_actor.role == Role::Student)
        return accessDenied(m_actor, QStringLiteral("mark work"));
    const qint64 cohort = cohortOfAttempt(attemptId);
    if (cohort == 0)
        return makeError(QStringLiteral("attempt %1 does not exist").arg(attemptId));
    return mayTeachCohort(cohort);
}

Status AccessPolicy::mayReadPracticeOf(qint64 studentId) const
{
    if (m_actor.userId == studentId && m_actor.userId > 0)
        return {};
    if (m_actor.seesAllCohorts())
        return {};
    if (m_actor.role == Role::Lecturer) {
        SqlQuery taught(m_connection,
            QStringLiteral(
                "SELECT 1 FROM enrolments s JOIN enrolments l ON l.cohort_id = s.cohort_id "
                "WHERE s.user_id = :student AND s.role = 'student' AND l.user_id = :lecturer AND l.role = 'lecturer'"));
        taught.bind(QStringLiteral(":student"), studentId).bind(QStringLiteral(":lecturer"), m_actor.userId);
        if (taught.exec() && taught.next())
            return {};
    }
    return accessDenied(m_actor, QStringLiteral("read the practice work of student %1").arg(studentId));
}

Status AccessPolicy::mayReadMarksOf(qint64 attemptId, qint64 markerId) const
{
    if (const Status allowed = mayMarkAttempt(attemptId); !allowed)
        return allowed;
    if (markerId == m_actor.userId)
        return {};
    SqlQuery own(m_connection,
        QStringLiteral(
            "SELECT completed_at IS NOT NULL, role FROM markings WHERE attempt_id = :attempt AND marker_id = :marker"));
    own.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), m_actor.userId);
    if (const Status done = own.exec(); !done)
        return done;
    if (own.next()) {
        const bool completed = own.value(0).toBool();
        const bool moderator = own.value(1).toString() == QLatin1String("moderator");
        if (completed || moderator)
            return {};
        return accessDenied(m_actor,
            QStringLiteral("see another marker's marks of attempt %1 before completing "
                           "their own (blind double marking)")
                .arg(attemptId));
    }
    if (m_actor.seesAllCohorts())
        return {};
    SqlQuery status(m_connection,
        QStringLiteral(
            "SELECT s.status FROM attempts t JOIN submissions s ON s.id = t.submission_id WHERE t.id = :attempt"));
    status.bind(QStringLiteral(":attempt"), attemptId);
    const Result<QVariant> current = status.scalar();
    if (!current)
        return current.error();
    const QString name = current->toString();
    if (name == QLatin1String("not_marked") || name == QLatin1String("in_marking")
        || name == QLatin1String("first_marked"))
        return accessDenied(m_actor,
            QStringLiteral("see the marks of attempt %1 before it is second marked "
                           "(they may yet be its blind second marker)")
                .arg(attemptId));
    return {};
}

} // namespace prepmark
