#include "AssignmentRepository.h"

#include "SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prepmark {

namespace {
const QString kAssignmentSelect = QStringLiteral(
    "SELECT a.id, a.cohort_id, a.exercise_id, x.key, x.title, a.rubric_id, a.title, a.mode, a.due_at, a.blind_marking, "
    "a.moderation_tolerance FROM assignments a JOIN exercises x ON x.id = a.exercise_id ");

AssignmentRecord readAssignment(const SqlQuery &query)
{
    AssignmentRecord a;
    a.id = query.value(0).toLongLong();
    a.cohortId = query.value(1).toLongLong();
    a.exerciseId = query.value(2).toLongLong();
    a.exerciseKey = query.value(3).toString();
    a.exerciseTitle = query.value(4).toString();
    a.rubricId = query.value(5).toLongLong();
    a.title = query.value(6).toString();
    a.mode = query.value(7).toString();
    a.dueAt = QDateTime::fromString(query.value(8).toString(), Qt::ISODate);
    a.blindMarking = query.value(9).toBool();
    a.moderationTolerance = query.value(10).toDouble();
    return a;
}
} // namespace

AssignmentRepository::AssignmentRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<qint64> AssignmentRepository::upsertExercise(const ExerciseRecord &exercise)
{
    if (!m_access.actor().isStaff())
        return accessDenied(m_access.actor(), QStringLiteral("add exercises"));
    SqlQuery upsert(m_connection,
        QStringLiteral(
            "INSERT INTO exercises (key, title, genre, difficulty) VALUES (:key, :title, :genre, :difficulty) "
            "ON CONFLICT (key) DO UPDATE SET title = excluded.title, genre = excluded.genre, "
            "difficulty = excluded.difficulty"));
    upsert.bind(QStringLiteral(":key"), exercise.key)
        .bind(QStringLiteral(":title"), exercise.title)
        .bind(QStringLiteral(":genre"), exercise.genre)
        .bind(QStringLiteral(":difficulty"), exercise.difficulty);
    if (const Status done = upsert.exec(); !done)
        return done.error();
    SqlQuery id(m_connection, QStringLiteral("SELECT id FROM exercises WHERE key = :key"));
    id.bind(QStringLiteral(":key"), exercise.key);
    const Result<QVariant> value = id.scalar();
    if (!value)
        return value.error();
    return value->toLongLong();
}

Result<QVector<ExerciseRecord>> AssignmentRepository::exercises() const
{
    SqlQuery query(m_connection,
        QStringLiteral("SELECT id, key, title, genre, difficulty FROM exercises ORDER BY genre, difficulty, key"));
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ExerciseRecord> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toInt()});
    return result;
}

Result<qint64> AssignmentRepository::create(const AssignmentRecord &assignment)
{
    if (const Status allowed = m_access.mayTeachCohort(assignment.cohortId); !allowed)
        return allowed.error();
    if (assignment.mode != QLatin1String("practice") && assignment.mode != QLatin1String("assessed"))
        return makeError(
            QStringLiteral("assignment mode must be practice or assessed, not \"%1\"").arg(assignment.mode));
    if (!(assignment.moderationTolerance > 0.0))
        return makeError(QStringLiteral("assignment \"%1\": moderation tolerance %2 must be positive")
                             .arg(assignment.title)
                             .arg(assignment.moderationTolerance));
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO assignments (cohort_id, exercise_id, rubric_id, title, mode, due_at, "
                       "blind_marking, created_by, "
                       "moderation_tolerance) VALUES (:cohort, :exercise, :rubric, :title, :mode, :due, :blind, :by, "
                       ":tolerance) RETURNING id"));
    insert.bind(QStringLiteral(":cohort"), assignment.cohortId)
        .bind(QStringLiteral(":exercise"), assignment.exerciseId)
        .bind(QStringLiteral(":rubric"), assignment.rubricId)
        .bind(QStringLiteral(":title"), assignment.title)
        .bind(QStringLiteral(":mode"), assignment.mode)
        .bind(QStringLiteral(":due"),
            assignment.dueAt.isValid() ? assignment.dueAt.toUTC().toString(Qt::ISODate) : QVariant())
        .bind(QStringLiteral(":blind"), assignment.blindMarking)
        .bind(QStringLiteral(":by"), m_access.actor().userId > 0 ? m_access.actor().userId : QVariant())
        .bind(QStringLiteral(":tolerance"), assignment.moderationTolerance);
    if (const Status done = insert.exec(); !done)
        return done.error();
    return insert.insertedId();
}

Result<QVector<AssignmentRecord>> AssignmentRepository::forCohort(qint64 cohortId) const
{
    if (const Status allowed = m_access.mayReadCohort(cohortId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        kAssignmentSelect + QStringLiteral("WHERE a.cohort_id = :cohort ORDER BY a.due_at DESC, a.id DESC"));
    query.bind(QStringLiteral(":cohort"), cohortId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<AssignmentRecord> result;
    while (query.next())
        result << readAssignment(query);
    return result;
}

Result<AssignmentRecord> AssignmentRepository::find(qint64 assignmentId) const
{
    SqlQuery query(m_connection, kAssignmentSelect + QStringLiteral("WHERE a.id = :id"));
    query.bind(QStringLiteral(":id"), assignmentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("assignment %1 does not exist").arg(assignmentId));
    const AssignmentRecord assignment = readAssignment(query);
    if (const Status allowed = m_access.mayReadCohort(assignment.cohortId); !allowed)
        return allowed.error();
    return assignment;
}

Result<QVector<StudentAssignmentRow>> AssignmentRepository::forStudent(qint64 studentId) const
{
    const Actor &actor = m_access.actor();
    if (actor.role == Role::Student && actor.userId != studentId)
        return accessDenied(actor, QStringLiteral("see another student's assignments"));
    SqlQuery query(m_connection,
        kAssignmentSelect
            + QStringLiteral(
                "JOIN enrolments e ON e.cohort_id = a.cohort_id AND e.user_id = :student AND e.role = 'student' "
                "ORDER BY a.due_at IS NULL, a.due_at, a.id"));
    query.bind(QStringLiteral(":student"), studentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<StudentAssignmentRow> rows;
    while (query.next()) {
        StudentAssignmentRow row;
        row.assignment = readAssignment(query);
        rows << row;
    }
    for (StudentAssignmentRow &row : rows) {
        if (actor.role != Role::Student) {
            if (const Status allowed = m_access.mayTeachCohort(row.assignment.cohortId); !allowed)
                return allowed.error();
        }
        SqlQuery cohort(m_connection, QStringLiteral("SELECT name FROM cohorts WHERE id = :id"));
        cohort.bind(QStringLiteral(":id"), row.assignment.cohortId);
        if (const Result<QVariant> name = cohort.scalar(); name)
            row.cohortName = name->toString();
        SqlQuery submission(m_connection,
            QStringLiteral("SELECT s.id, s.status, (SELECT count(*) FROM attempts t WHERE t.submission_id = s.id), "
                           "(SELECT max(t.submitted_at) FROM attempts t WHERE t.submission_id = s.id), "
                           "(SELECT r.adequate FROM released_results r JOIN attempts t ON t.id = r.attempt_id "
                           "   WHERE t.submission_id = s.id ORDER BY t.number DESC LIMIT 1), "
                           "(SELECT r.blocking FROM released_results r JOIN attempts t ON t.id = r.attempt_id "
                           "   WHERE t.submission_id = s.id ORDER BY t.number DESC LIMIT 1), "
                           "(SELECT r.mean FROM released_results r JOIN attempts t ON t.id = r.attempt_id "
                           "   WHERE t.submission_id = s.id ORDER BY t.number DESC LIMIT 1) "
                           "FROM submissions s JOIN submission_students ss ON ss.submission_id = s.id "
                           "WHERE s.assignment_id = :assignment AND ss.student_id = :student"));
        submission.bind(QStringLiteral(":assignment"), row.assignment.id).bind(QStringLiteral(":student"), studentId);
        if (const Status done = submission.exec(); !done)
            return done.error();
        if (!submission.next())
            continue;
        row.submissionId = submission.value(0).toLongLong();
        row.status = submission.value(1).toString();
        row.attempts = submission.value(2).toInt();
        row.lastSubmittedAt = QDateTime::fromString(submission.value(3).toString(), Qt::ISODate);
        if (!submission.value(4).isNull()) {
            row.releasedAdequate = submission.value(4).toBool();
            for (const QJsonValue &key : QJsonDocument::fromJson(submission.value(5).toByteArray()).array())
                row.releasedBlocking << key.toString();
            row.releasedMean = submission.value(6).toDouble();
        }
    }
    return rows;
}

} // namespace prepmark
