#include "ProgrammeResultsRepository.h"

#include "SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prepmark {

ProgrammeResultsRepository::ProgrammeResultsRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<QVector<ProgrammeCohortSummary>> ProgrammeResultsRepository::cohorts(qint64 programmeId) const
{
    if (const Status allowed = m_access.mayReportOnProgramme(); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT c.id, c.name, c.academic_year, m.code, m.name, "
                       "  (SELECT count(*) FROM enrolments e WHERE e.cohort_id = c.id AND e.role = 'student'), "
                       "  (SELECT count(*) FROM assignments a WHERE a.cohort_id = c.id AND a.mode = 'assessed'), "
                       "  (SELECT count(*) FROM submissions s JOIN assignments a ON a.id = s.assignment_id "
                       "     WHERE a.cohort_id = c.id AND a.mode = 'assessed') "
                       "FROM cohorts c JOIN modules m ON m.id = c.module_id "
                       "WHERE m.programme_id = :programme ORDER BY c.academic_year, m.code, c.name"));
    query.bind(QStringLiteral(":programme"), programmeId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ProgrammeCohortSummary> result;
    while (query.next()) {
        ProgrammeCohortSummary cohort;
        cohort.cohortId = query.value(0).toLongLong();
        cohort.name = query.value(1).toString();
        cohort.academicYear = query.value(2).toString();
        cohort.moduleCode = query.value(3).toString();
        cohort.moduleName = query.value(4).toString();
        cohort.enrolledStudents = query.value(5).toInt();
        cohort.assessedAssignments = query.value(6).toInt();
        cohort.submissions = query.value(7).toInt();
        result << cohort;
    }
    return result;
}

Result<QVector<ReleasedOutcome>> ProgrammeResultsRepository::releasedOutcomes(qint64 programmeId) const
{
    if (const Status allowed = m_access.mayReportOnProgramme(); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT a.cohort_id, a.id, a.title, s.id, ss.student_id, r.rubric_key, r.rubric_version, r.scores, "
            "  r.verdict, r.adequate, r.mean, r.blocking, r.released_at "
            "FROM released_results r JOIN attempts t ON t.id = r.attempt_id "
            "JOIN submissions s ON s.id = t.submission_id JOIN assignments a ON a.id = s.assignment_id "
            "LEFT JOIN submission_students ss ON ss.submission_id = s.id "
            "JOIN cohorts c ON c.id = a.cohort_id JOIN modules m ON m.id = c.module_id "
            "WHERE m.programme_id = :programme AND a.mode = 'assessed' "
            "  AND t.number = (SELECT max(t2.number) FROM attempts t2 JOIN released_results r2 ON r2.attempt_id = "
            "t2.id WHERE t2.submission_id = s.id) "
            "ORDER BY a.cohort_id, a.due_at, a.id, ss.student_id"));
    query.bind(QStringLiteral(":programme"), programmeId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ReleasedOutcome> result;
    while (query.next()) {
        ReleasedOutcome r;
        r.cohortId = query.value(0).toLongLong();
        r.assignmentId = query.value(1).toLongLong();
        r.assignmentTitle = query.value(2).toString();
        r.submissionId = query.value(3).toLongLong();
        r.studentId = query.value(4).toLongLong();
        r.rubricKey = query.value(5).toString();
        r.rubricVersion = query.value(6).toInt();
        const QJsonObject scores = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
            r.scores.insert(it.key(), it->toDouble());
        r.verdict = QJsonDocument::fromJson(query.value(8).toByteArray()).object();
        r.adequate = query.value(9).toBool();
        r.mean = query.value(10).toDouble();
        for (const QJsonValue &key : QJsonDocument::fromJson(query.value(11).toByteArray()).array())
            r.blocking << key.toString();
        r.releasedAt = QDateTime::fromString(query.value(12).toString(), Qt::ISODate);
        result << r;
    }
    return result;
}

} // namespace prepmark
