#include "ReleaseRepository.h"

#include "MarkingConflicts.h"
#include "MarkingRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include "core/VerdictJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prepmark {

ReleaseRepository::ReleaseRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

WriteResult<qint64> ReleaseRepository::release(
    qint64 attemptId, const QString &feedback, const QDateTime &at, std::optional<qint64> submissionVersion)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    // The agreed scores are read and snapshot under the submission's lock.
    Transaction transaction(m_connection, Transaction::Lock::Write);
    if (!transaction.active())
        return transaction.beginError();
    const Result<SubmissionState> state = SubmissionRepository(m_connection, m_access.actor()).lockOfAttempt(attemptId);
    if (!state)
        return state.error();
    MarkingRepository marking(m_connection, m_access.actor());
    const Result<Rubric> rubric = marking.rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    const Result<std::optional<DimensionScores>> agreed = marking.agreedScores(attemptId);
    if (!agreed)
        return agreed.error();
    if (!agreed->has_value())
        return makeError(QStringLiteral("attempt %1 has no agreed scores to release").arg(attemptId));
    const Result<Verdict> verdict = VerdictEngine::evaluate(*rubric, **agreed);
    if (!verdict)
        return verdict.error();

    QJsonObject scores;
    for (auto it = (*agreed)->constBegin(); it != (*agreed)->constEnd(); ++it)
        scores.insert(it.key(), *it);

    const qint64 actorId = m_access.actor().userId;
    if (const WriteStatus moved = markReleased(attemptId, submissionVersion); !moved) {
        if (!moved.conflict())
            return moved.error();
        Result<WriteConflict> conflict
            = MarkingConflicts(m_connection).onSubmission(*state, attemptId, *rubric, {}, {});
        if (!conflict)
            return conflict.error();
        conflict->overwritable = false;
        return *conflict;
    }
    // The INSERT ... RETURNING statement ends before the commit: SQLite commits no
    // transaction while a statement that writes is still open.
    qint64 id = 0;
    {
        SqlQuery insert(m_connection,
            QStringLiteral(
                "INSERT INTO released_results (attempt_id, released_at, released_by, rubric_key, rubric_version, "
                "scores, "
                "verdict, adequate, mean, blocking, feedback) VALUES (:attempt, :at, :by, :key, :version, :scores, "
                ":verdict, "
                ":adequate, :mean, :blocking, :feedback) RETURNING id"));
        insert.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":at"), at.toUTC().toString(Qt::ISODate))
            .bind(QStringLiteral(":by"), actorId > 0 ? QVariant(actorId) : QVariant())
            .bind(QStringLiteral(":key"), rubric->key)
            .bind(QStringLiteral(":version"), rubric->version)
            .bind(QStringLiteral(":scores"), QString::fromUtf8(QJsonDocument(scores).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":verdict"),
                QString::fromUtf8(QJsonDocument(verdictToJson(*verdict)).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":adequate"), verdict->adequate)
            .bind(QStringLiteral(":mean"), verdict->mean)
            .bind(QStringLiteral(":blocking"),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(verdict->blocking)).toJson(QJsonDocument::Compact)))
            .bind(QStringLiteral(":feedback"), feedback.isEmpty() ? QVariant() : feedback);
        if (const Status done = insert.exec(); !done) {
            if (insert.violatedUniqueness())
                return makeError(QStringLiteral("attempt %1 is already released").arg(attemptId));
            return done.error();
        }
        id = insert.insertedId();
    }
    // The release is written to the audit log by the database (db/*/005_server_security.sql).
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

// The submission's status moves to released, from anything but released (and from the
// version read, when given); a WriteConflict without details when it does not.
WriteStatus ReleaseRepository::markReleased(qint64 attemptId, std::optional<qint64> submissionVersion)
{
    const qint64 actorId = m_access.actor().userId;
    SqlQuery status(m_connection,
        QStringLiteral(
            "UPDATE submissions SET status = 'released', status_changed_by = :by, status_changed_at = :now, "
            "row_version = row_version + 1 WHERE id = (SELECT submission_id FROM attempts WHERE id = :attempt) "
            "AND status <> 'released' AND (:any = 1 OR row_version = :version)"));
    status.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":by"), actorId > 0 ? QVariant(actorId) : QVariant())
        .bind(QStringLiteral(":now"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
        .bind(QStringLiteral(":any"), submissionVersion ? 0 : 1)
        .bind(QStringLiteral(":version"), submissionVersion.value_or(0));
    if (const Status done = status.exec(); !done)
        return done;
    if (status.rowsAffected() == 0)
        return WriteConflict {};
    return {};
}

namespace {
const QString kReleasedSelect = QStringLiteral(
    "SELECT r.id, r.attempt_id, s.id, ss.student_id, a.id, a.title, x.title, r.released_at, r.rubric_key, "
    "r.rubric_version, r.scores, r.verdict, r.adequate, r.mean, r.blocking, r.feedback, a.cohort_id "
    "FROM released_results r JOIN attempts t ON t.id = r.attempt_id JOIN submissions s ON s.id = t.submission_id "
    "JOIN assignments a ON a.id = s.assignment_id JOIN exercises x ON x.id = a.exercise_id "
    "LEFT JOIN submission_students ss ON ss.submission_id = s.id ");

// The latest released attempt of the submission s.
const QString kLatestReleased = QStringLiteral(
    "t.number = (SELECT max(t2.number) FROM attempts t2 JOIN released_results r2 ON r2.attempt_id = t2.id "
    "WHERE t2.submission_id = s.id) ");

ReleasedResult readReleased(const SqlQuery &query)
{
    ReleasedResult r;
    r.id = query.value(0).toLongLong();
    r.attemptId = query.value(1).toLongLong();
    r.submissionId = query.value(2).toLongLong();
    r.studentId = query.value(3).toLongLong();
    r.assignmentId = query.value(4).toLongLong();
    r.assignmentTitle = query.value(5).toString();
    r.exerciseTitle = query.value(6).toString();
    r.releasedAt = QDateTime::fromString(query.value(7).toString(), Qt::ISODate);
    r.rubricKey = query.value(8).toString();
    r.rubricVersion = query.value(9).toInt();
    const QJsonObject scores = QJsonDocument::fromJson(query.value(10).toByteArray()).object();
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it)
        r.scores.insert(it.key(), it->toDouble());
    r.verdict = QJsonDocument::fromJson(query.value(11).toByteArray()).object();
    r.adequate = query.value(12).toBool();
    r.mean = query.value(13).toDouble();
    for (const QJsonValue &key : QJsonDocument::fromJson(query.value(14).toByteArray()).array())
        r.blocking << key.toString();
    r.feedback = query.value(15).toString();
    return r;
}
} // namespace

Result<QVector<ReleasedResult>> ReleaseRepository::forStudent(qint64 studentId) const
{
    const Actor &actor = m_access.actor();
    if (actor.role == Role::Student && actor.userId != studentId)
        return accessDenied(actor, QStringLiteral("read another student's results"));
    SqlQuery query(
        m_connection, kReleasedSelect + QStringLiteral("WHERE ss.student_id = :student ORDER BY r.released_at, r.id"));
    query.bind(QStringLiteral(":student"), studentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ReleasedResult> results;
    while (query.next()) {
        if (actor.isStaff()) {
            if (const Status allowed = m_access.mayTeachCohort(query.value(16).toLongLong()); !allowed)
                continue; // staff see only the cohorts they teach
        }
        results << readReleased(query);
    }
    return results;
}

Result<QVector<ReleasedResult>> ReleaseRepository::forAssignment(qint64 assignmentId) const
{
    if (const Status allowed = m_access.mayTeachAssignment(assignmentId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        kReleasedSelect + QStringLiteral("JOIN users u ON u.id = ss.student_id WHERE a.id = :assignment AND ")
            + kLatestReleased + QStringLiteral("ORDER BY u.display_name, s.id"));
    query.bind(QStringLiteral(":assignment"), assignmentId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<ReleasedResult> results;
    while (query.next())
        results << readReleased(query);
    return results;
}

Result<ReleasedResult> ReleaseRepository::latestForSubmission(qint64 submissionId) const
{
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection, kReleasedSelect + QStringLiteral("WHERE s.id = :submission AND ") + kLatestReleased);
    query.bind(QStringLiteral(":submission"), submissionId);
    if (const Status done = query.exec(); !done)
        return done.error();
    if (!query.next())
        return makeError(QStringLiteral("submission %1 has no released result").arg(submissionId));
    return readReleased(query);
}

} // namespace prepmark
