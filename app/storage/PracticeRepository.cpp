#include "PracticeRepository.h"

#include "SqlQuery.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace prepmark {

PracticeRepository::PracticeRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<PracticeAttempt> PracticeRepository::add(
    const QString &exerciseKey, const QString &sessionJson, const QString &notes, const QDateTime &submittedAt)
{
    const Actor &actor = m_access.actor();
    if (actor.role != Role::Student || actor.userId <= 0)
        return accessDenied(actor, QStringLiteral("submit practice work (students practise for themselves)"));
    if (exerciseKey.trimmed().isEmpty())
        return makeError(QStringLiteral("a practice attempt needs an exercise key"));
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    SqlQuery next(m_connection,
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM practice_attempts "
                       "WHERE student_id = :student AND exercise_key = :exercise"));
    next.bind(QStringLiteral(":student"), actor.userId).bind(QStringLiteral(":exercise"), exerciseKey);
    const Result<QVariant> number = next.scalar();
    if (!number)
        return number.error();
    PracticeAttempt attempt;
    attempt.studentId = actor.userId;
    attempt.exerciseKey = exerciseKey;
    attempt.number = number->toInt();
    attempt.submittedAt = submittedAt.toUTC();
    attempt.sessionJson = sessionJson;
    attempt.notes = notes;
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO practice_attempts (student_id, exercise_key, number, submitted_at, session_json, "
                       "notes) VALUES (:student, :exercise, :number, :at, :session, :notes) RETURNING id"));
    insert.bind(QStringLiteral(":student"), actor.userId)
        .bind(QStringLiteral(":exercise"), exerciseKey)
        .bind(QStringLiteral(":number"), attempt.number)
        .bind(QStringLiteral(":at"), attempt.submittedAt.toString(Qt::ISODate))
        .bind(QStringLiteral(":session"), sessionJson)
        .bind(QStringLiteral(":notes"), notes);
    if (const Status done = insert.exec(); !done)
        return done.error();
    attempt.id = insert.insertedId();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return attempt;
}

Status PracticeRepository::setGrading(qint64 attemptId, const QJsonObject &grading)
{
    SqlQuery owner(m_connection, QStringLiteral("SELECT student_id FROM practice_attempts WHERE id = :id"));
    owner.bind(QStringLiteral(":id"), attemptId);
    const Result<QVariant> student = owner.scalar();
    if (!student)
        return makeError(QStringLiteral("no practice attempt %1").arg(attemptId));
    if (student->toLongLong() != m_access.actor().userId)
        return accessDenied(
            m_access.actor(), QStringLiteral("grade another student's practice attempt %1").arg(attemptId));
    SqlQuery update(m_connection, QStringLiteral("UPDATE practice_attempts SET grading = :grading WHERE id = :id"));
    update.bind(QStringLiteral(":id"), attemptId)
        .bind(QStringLiteral(":grading"), QString::fromUtf8(QJsonDocument(grading).toJson(QJsonDocument::Compact)));
    return update.exec();
}

Result<QVector<PracticeAttempt>> PracticeRepository::attempts(qint64 studentId, const QString &exerciseKey) const
{
    if (const Status allowed = m_access.mayReadPracticeOf(studentId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT id, exercise_key, number, submitted_at, session_json, notes, grading FROM practice_attempts "
            "WHERE student_id = :student AND (:any = 1 OR exercise_key = :exercise) "
            "ORDER BY submitted_at, id"));
    query.bind(QStringLiteral(":student"), studentId)
        .bind(QStringLiteral(":any"), exerciseKey.isEmpty() ? 1 : 0)
        .bind(QStringLiteral(":exercise"), exerciseKey.isEmpty() ? QStringLiteral("-") : exerciseKey);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<PracticeAttempt> result;
    while (query.next()) {
        PracticeAttempt attempt;
        attempt.id = query.value(0).toLongLong();
        attempt.studentId = studentId;
        attempt.exerciseKey = query.value(1).toString();
        attempt.number = query.value(2).toInt();
        attempt.submittedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        attempt.sessionJson = query.value(4).toString();
        attempt.notes = query.value(5).toString();
        if (!query.value(6).isNull())
            attempt.grading = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
        result << attempt;
    }
    return result;
}

Result<QHash<QString, PracticeProgress>> PracticeRepository::progress(qint64 studentId) const
{
    const Result<QVector<PracticeAttempt>> all = attempts(studentId);
    if (!all)
        return all.error();
    QHash<QString, PracticeProgress> result;
    for (const PracticeAttempt &attempt : *all) {
        PracticeProgress &entry = result[attempt.exerciseKey];
        entry.exerciseKey = attempt.exerciseKey;
        ++entry.attempts;
        entry.latestAt = attempt.submittedAt;
        entry.latestAdequate.reset();
        entry.latestBlocking.clear();
        const QJsonObject &verdict = attempt.grading;
        if (verdict.contains(QStringLiteral("adequate"))) {
            entry.latestAdequate = verdict.value(QStringLiteral("adequate")).toBool();
            for (const QJsonValue &key : verdict.value(QStringLiteral("blocking")).toArray())
                entry.latestBlocking << key.toString();
            entry.everAdequate = entry.everAdequate || *entry.latestAdequate;
        }
    }
    return result;
}

} // namespace prepmark
