#include "MarkingRepository.h"

#include "storage/RubricRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace prepmark {

namespace {
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
} // namespace

QString markerRoleName(MarkerRole role)
{
    switch (role) {
    case MarkerRole::First:
        return QStringLiteral("first");
    case MarkerRole::Second:
        return QStringLiteral("second");
    case MarkerRole::Moderator:
        return QStringLiteral("moderator");
    }
    return {};
}

Result<MarkerRole> markerRoleFromName(const QString &name)
{
    for (MarkerRole role : {MarkerRole::First, MarkerRole::Second, MarkerRole::Moderator}) {
        if (markerRoleName(role) == name)
            return role;
    }
    return makeError(QStringLiteral("unknown marker role \"%1\"").arg(name));
}

MarkingRepository::MarkingRepository(QSqlDatabase connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<Rubric> MarkingRepository::rubricOfAttempt(qint64 attemptId) const
{
    if (const auto cached = m_rubricsByAttempt.constFind(attemptId); cached != m_rubricsByAttempt.constEnd())
        return *cached;
    SqlQuery query(m_connection,
        QStringLiteral("SELECT a.rubric_id FROM attempts t JOIN submissions s ON s.id = t.submission_id "
                       "JOIN assignments a ON a.id = s.assignment_id WHERE t.id = :attempt"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    const Result<QVariant> rubricId = query.scalar();
    if (!rubricId)
        return makeError(QStringLiteral("no attempt %1").arg(attemptId));
    Result<Rubric> rubric = RubricRepository(m_connection).load(rubricId->toLongLong());
    if (rubric)
        m_rubricsByAttempt.insert(attemptId, *rubric);
    return rubric;
}

Status MarkingRepository::assignMarker(qint64 attemptId, qint64 markerId, MarkerRole role)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed;
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO markings (attempt_id, marker_id, role) VALUES (:attempt, :marker, :role) "
                       "ON CONFLICT (attempt_id, marker_id) DO UPDATE SET role = excluded.role"));
    insert.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), markerId)
        .bind(QStringLiteral(":role"), markerRoleName(role));
    return insert.exec();
}

Status MarkingRepository::setMark(qint64 attemptId, const QString &criterionKey, int level, const QString &remark)
{
    CriterionLevels levels;
    levels.insert(criterionKey, level);
    QHash<QString, QString> remarks;
    if (!remark.isEmpty())
        remarks.insert(criterionKey, remark);
    return setMarks(attemptId, m_access.actor().userId, levels, remarks);
}

Status MarkingRepository::setMarks(
    qint64 attemptId, qint64 markerId, const CriterionLevels &levels, const QHash<QString, QString> &remarks)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed;
    const Actor &actor = m_access.actor();
    if (actor.role == Role::Lecturer && markerId != actor.userId)
        return accessDenied(actor, QStringLiteral("enter marks in another marker's name"));
    const Result<Rubric> rubric = rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        if (!rubric->criterion(it.key()))
            return makeError(QStringLiteral("criterion \"%1\" is not in rubric %2").arg(it.key(), rubric->identity()));
        if (*it < rubric->scale.min || *it > rubric->scale.max)
            return makeError(QStringLiteral("criterion \"%1\": level %2 is outside the scale %3-%4")
                                 .arg(it.key())
                                 .arg(*it)
                                 .arg(rubric->scale.min)
                                 .arg(rubric->scale.max));
    }

    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    const QString at = now();
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        SqlQuery upsert(m_connection,
            QStringLiteral(
                "INSERT INTO marks (attempt_id, marker_id, criterion_key, level, remark, updated_at, changed_by) "
                "VALUES (:attempt, :marker, :criterion, :level, :remark, :at, :by) "
                "ON CONFLICT (attempt_id, marker_id, criterion_key) DO UPDATE SET "
                "level = excluded.level, remark = excluded.remark, updated_at = excluded.updated_at, "
                "changed_by = excluded.changed_by"));
        upsert.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":marker"), markerId)
            .bind(QStringLiteral(":criterion"), it.key())
            .bind(QStringLiteral(":level"), *it)
            .bind(QStringLiteral(":remark"), remarks.value(it.key()).isEmpty() ? QVariant() : remarks.value(it.key()))
            .bind(QStringLiteral(":at"), at)
            .bind(QStringLiteral(":by"), actor.userId > 0 ? QVariant(actor.userId) : QVariant(markerId));
        if (const Status done = upsert.exec(); !done)
            return done;
    }
    if (const Status stored = storeMarkerScores(attemptId, markerId, *rubric); !stored)
        return stored;
    return transaction.commit();
}

Status MarkingRepository::storeMarkerScores(qint64 attemptId, qint64 markerId, const Rubric &rubric)
{
    SqlQuery query(m_connection,
        QStringLiteral("SELECT criterion_key, level FROM marks WHERE attempt_id = :attempt AND marker_id = :marker"));
    query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), markerId);
    if (const Status done = query.exec(); !done)
        return done;
    CriterionLevels all;
    while (query.next())
        all.insert(query.value(0).toString(), query.value(1).toInt());
    for (const Dimension &dimension : rubric.dimensions) {
        const std::optional<double> score = dimensionScore(dimension, all);
        if (!score)
            continue; // not marked yet
        SqlQuery upsert(m_connection,
            QStringLiteral(
                "INSERT INTO dimension_results (attempt_id, marker_id, kind, dimension_key, score, changed_by) "
                "VALUES (:attempt, :marker, 'marker', :dimension, :score, :marker) "
                "ON CONFLICT (attempt_id, marker_id, dimension_key) WHERE kind = 'marker' "
                "DO UPDATE SET score = excluded.score"));
        upsert.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":marker"), markerId)
            .bind(QStringLiteral(":dimension"), dimension.key)
            .bind(QStringLiteral(":score"), *score);
        if (const Status done = upsert.exec(); !done)
            return done;
    }
    return {};
}

Status MarkingRepository::setFeedback(qint64 attemptId, const QString &feedback)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed;
    SqlQuery update(m_connection,
        QStringLiteral("UPDATE markings SET feedback = :feedback WHERE attempt_id = :attempt AND marker_id = :marker"));
    update.bind(QStringLiteral(":feedback"), feedback)
        .bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), m_access.actor().userId);
    if (const Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 0)
        return makeError(
            QStringLiteral("%1 is not a marker of attempt %2").arg(m_access.actor().username).arg(attemptId));
    return {};
}

Status MarkingRepository::completeMarking(qint64 attemptId)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed;
    SqlQuery update(m_connection,
        QStringLiteral("UPDATE markings SET completed_at = :at WHERE attempt_id = :attempt AND marker_id = :marker"));
    update.bind(QStringLiteral(":at"), now())
        .bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), m_access.actor().userId);
    return update.exec();
}

Status MarkingRepository::setAgreedScores(qint64 attemptId, const DimensionScores &scores)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed;
    const Result<Rubric> rubric = rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    if (const Status valid = validateScores(*rubric, scores); !valid)
        return valid;
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    const qint64 actorId = m_access.actor().userId;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        SqlQuery upsert(m_connection,
            QStringLiteral(
                "INSERT INTO dimension_results (attempt_id, marker_id, kind, dimension_key, score, changed_by) "
                "VALUES (:attempt, NULL, 'agreed', :dimension, :score, :by) "
                "ON CONFLICT (attempt_id, dimension_key) WHERE kind = 'agreed' "
                "DO UPDATE SET score = excluded.score, changed_by = excluded.changed_by"));
        upsert.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":dimension"), it.key())
            .bind(QStringLiteral(":score"), *it)
            .bind(QStringLiteral(":by"), actorId > 0 ? QVariant(actorId) : QVariant());
        if (const Status done = upsert.exec(); !done)
            return done;
    }
    return transaction.commit();
}

Result<QVector<MarkRecord>> MarkingRepository::marks(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT marker_id, criterion_key, level, remark, updated_at FROM marks WHERE attempt_id = :attempt "
            "ORDER BY marker_id, id"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<MarkRecord> result;
    QHash<qint64, bool> readable;
    while (query.next()) {
        const qint64 markerId = query.value(0).toLongLong();
        if (!readable.contains(markerId))
            readable.insert(markerId, m_access.mayReadMarksOf(attemptId, markerId).ok());
        if (!readable.value(markerId))
            continue;
        result.append({attemptId, markerId, query.value(1).toString(), query.value(2).toInt(),
            query.value(3).toString(), QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs)});
    }
    return result;
}

Result<QHash<qint64, DimensionScores>> MarkingRepository::markerScores(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT marker_id, dimension_key, score FROM dimension_results WHERE attempt_id = :attempt AND "
                       "kind = 'marker'"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QHash<qint64, DimensionScores> result;
    QHash<qint64, bool> readable;
    while (query.next()) {
        const qint64 markerId = query.value(0).toLongLong();
        if (!readable.contains(markerId))
            readable.insert(markerId, m_access.mayReadMarksOf(attemptId, markerId).ok());
        if (readable.value(markerId))
            result[markerId].insert(query.value(1).toString(), query.value(2).toDouble());
    }
    return result;
}

Result<QVector<MarkingRecord>> MarkingRepository::markings(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT m.marker_id, u.display_name, m.role, m.feedback, m.completed_at FROM markings m "
                       "JOIN users u ON u.id = m.marker_id WHERE m.attempt_id = :attempt "
                       "ORDER BY CASE m.role WHEN 'first' THEN 0 WHEN 'second' THEN 1 ELSE 2 END, m.marker_id"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<MarkingRecord> result;
    while (query.next()) {
        MarkingRecord record;
        record.attemptId = attemptId;
        record.markerId = query.value(0).toLongLong();
        record.markerName = query.value(1).toString();
        record.role = markerRoleFromName(query.value(2).toString()).value();
        if (m_access.mayReadMarksOf(attemptId, record.markerId))
            record.feedback = query.value(3).toString();
        record.completedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs);
        result << record;
    }
    return result;
}

Result<std::optional<DimensionScores>> MarkingRepository::agreedScores(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT dimension_key, score FROM dimension_results WHERE attempt_id = :attempt AND kind = 'agreed'"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    DimensionScores scores;
    while (query.next())
        scores.insert(query.value(0).toString(), query.value(1).toDouble());
    if (scores.isEmpty())
        return std::optional<DimensionScores>();
    return std::optional<DimensionScores>(scores);
}

} // namespace prepmark
