#include "MarkingRepository.h"

#include "MarkingConflicts.h"
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

WriteStatus MarkingRepository::assignMarker(qint64 attemptId, qint64 markerId, MarkerRole role)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    // DO NOTHING on any unique key: (attempt, marker) or the one first / one second marker
    // per attempt. Either way nothing is inserted and the transaction stays usable.
    SqlQuery insert(m_connection,
        QStringLiteral("INSERT INTO markings (attempt_id, marker_id, role, assigned_at) "
                       "VALUES (:attempt, :marker, :role, :at) ON CONFLICT DO NOTHING"));
    insert.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), markerId)
        .bind(QStringLiteral(":role"), markerRoleName(role))
        .bind(QStringLiteral(":at"), now());
    if (const Status done = insert.exec(); !done)
        return done;
    if (insert.rowsAffected() > 0)
        return {};
    SqlQuery existing(
        m_connection, QStringLiteral("SELECT role FROM markings WHERE attempt_id = :attempt AND marker_id = :marker"));
    existing.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), markerId);
    if (const Status done = existing.exec(); !done)
        return done;
    if (existing.next()) {
        if (existing.value(0).toString() == markerRoleName(role))
            return {};
        return makeError(QStringLiteral("user %1 is already the %2 marker of attempt %3, not its %4 marker")
                             .arg(markerId)
                             .arg(existing.value(0).toString())
                             .arg(attemptId)
                             .arg(markerRoleName(role)));
    }
    const Result<WriteConflict> conflict = MarkingConflicts(m_connection).onClaim(attemptId, role);
    if (!conflict)
        return conflict.error();
    return *conflict;
}

WriteResult<qint64> MarkingRepository::setMark(qint64 attemptId, const QString &criterionKey, int level,
    const QString &remark, qint64 readVersion, WriteIntent intent)
{
    CriterionLevels levels;
    levels.insert(criterionKey, level);
    QHash<QString, QString> remarks;
    if (!remark.isEmpty())
        remarks.insert(criterionKey, remark);
    const WriteResult<RowVersions> written
        = setMarks(attemptId, m_access.actor().userId, levels, remarks, {{criterionKey, readVersion}}, intent);
    if (!written)
        return written.refusal();
    return written->value(criterionKey);
}

WriteResult<RowVersions> MarkingRepository::setMarks(qint64 attemptId, qint64 markerId, const CriterionLevels &levels,
    const QHash<QString, QString> &remarks, const RowVersions &readVersions, WriteIntent intent)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    const Actor &actor = m_access.actor();
    if (actor.role == Role::Lecturer && markerId != actor.userId)
        return accessDenied(actor, QStringLiteral("enter marks in another marker's name"));
    const Result<Rubric> rubric = rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    if (const Status valid = prepmark::validateLevels(*rubric, levels); !valid)
        return valid.error();

    // The marker's dimension scores are computed from all their marks: lock first, so no
    // other writer changes a mark between this one's writes and that computation.
    Transaction transaction(m_connection, Transaction::Lock::Write);
    if (!transaction.active())
        return transaction.beginError();
    if (const Result<SubmissionState> locked = SubmissionRepository(m_connection, actor).lockOfAttempt(attemptId);
        !locked)
        return locked.error();
    RowVersions stored;
    QStringList moved;
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        const Result<std::optional<qint64>> written = writeMark(
            attemptId, markerId, it.key(), *it, remarks.value(it.key()), readVersions.value(it.key(), 0), intent);
        if (!written)
            return written.error();
        if (*written)
            stored.insert(it.key(), **written);
        else
            moved << it.key();
    }
    if (!moved.isEmpty()) {
        const Result<WriteConflict> conflict
            = MarkingConflicts(m_connection).onMarks(attemptId, markerId, *rubric, moved, levels, remarks);
        if (!conflict)
            return conflict.error();
        return *conflict; // the transaction rolls back: none of the marks is written
    }
    if (const Status scored = storeMarkerScores(attemptId, markerId, *rubric); !scored)
        return scored.error();
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<std::optional<qint64>> MarkingRepository::writeMark(qint64 attemptId, qint64 markerId,
    const QString &criterionKey, int level, const QString &remark, qint64 readVersion, WriteIntent intent)
{
    const qint64 actorId = m_access.actor().userId;
    // A writer that read no row inserts, and finds any row written meanwhile (DO NOTHING);
    // one that read version n updates only version n.
    SqlQuery write(m_connection,
        readVersion == 0
            ? QStringLiteral(
                "INSERT INTO marks (attempt_id, marker_id, criterion_key, level, remark, updated_at, changed_by) "
                "VALUES (:attempt, :marker, :criterion, :level, :remark, :at, :by) ON CONFLICT DO NOTHING "
                "RETURNING row_version")
            : QStringLiteral("UPDATE marks SET level = :level, remark = :remark, updated_at = :at, changed_by = :by, "
                             "overwrite = :overwrite, row_version = row_version + 1 "
                             "WHERE attempt_id = :attempt AND marker_id = :marker AND criterion_key = :criterion "
                             "AND row_version = :read RETURNING row_version"));
    write.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), markerId)
        .bind(QStringLiteral(":criterion"), criterionKey)
        .bind(QStringLiteral(":level"), level)
        .bind(QStringLiteral(":remark"), remark.isEmpty() ? QVariant() : remark)
        .bind(QStringLiteral(":at"), now())
        .bind(QStringLiteral(":by"), actorId > 0 ? QVariant(actorId) : QVariant(markerId));
    if (readVersion != 0)
        write.bind(QStringLiteral(":overwrite"), intent == WriteIntent::Overwrite ? 1 : 0)
            .bind(QStringLiteral(":read"), readVersion);
    if (const Status done = write.exec(); !done)
        return done.error();
    if (!write.next())
        return std::optional<qint64>();
    return std::optional<qint64>(write.value(0).toLongLong());
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
        // Derived from the marks, under the lock setMarks holds: written whatever its version.
        SqlQuery upsert(m_connection,
            QStringLiteral(
                "INSERT INTO dimension_results (attempt_id, marker_id, kind, dimension_key, score, changed_by, "
                "changed_at) VALUES (:attempt, :marker, 'marker', :dimension, :score, :marker, :at) "
                "ON CONFLICT (attempt_id, marker_id, dimension_key) WHERE kind = 'marker' "
                "DO UPDATE SET score = excluded.score, changed_at = excluded.changed_at, overwrite = 0, "
                "row_version = dimension_results.row_version + 1"));
        upsert.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":marker"), markerId)
            .bind(QStringLiteral(":dimension"), dimension.key)
            .bind(QStringLiteral(":score"), *score)
            .bind(QStringLiteral(":at"), now());
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
        QStringLiteral("UPDATE markings SET feedback = :feedback WHERE attempt_id = :attempt AND marker_id = :marker "
                       "AND completed_at IS NULL"));
    update.bind(QStringLiteral(":feedback"), feedback)
        .bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), m_access.actor().userId);
    if (const Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() == 0)
        return makeError(QStringLiteral("%1 is not a marker of attempt %2 whose marking is open")
                             .arg(m_access.actor().username)
                             .arg(attemptId));
    return {};
}

WriteStatus MarkingRepository::completeMarking(qint64 attemptId)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    const qint64 markerId = m_access.actor().userId;
    SqlQuery update(m_connection,
        QStringLiteral("UPDATE markings SET completed_at = :at WHERE attempt_id = :attempt AND marker_id = :marker "
                       "AND completed_at IS NULL"));
    update.bind(QStringLiteral(":at"), now())
        .bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":marker"), markerId);
    if (const Status done = update.exec(); !done)
        return done;
    if (update.rowsAffected() > 0)
        return {};
    const Result<WriteConflict> conflict = MarkingConflicts(m_connection).onCompletion(attemptId, markerId);
    if (!conflict)
        return conflict.error();
    if (!conflict->changedAt.isValid())
        return makeError(
            QStringLiteral("%1 is not a marker of attempt %2").arg(m_access.actor().username).arg(attemptId));
    return *conflict;
}

WriteResult<RowVersions> MarkingRepository::setAgreedScores(
    qint64 attemptId, const DimensionScores &scores, const RowVersions &readVersions, WriteIntent intent)
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    const Result<Rubric> rubric = rubricOfAttempt(attemptId);
    if (!rubric)
        return rubric.error();
    if (const Status valid = validateScores(*rubric, scores); !valid)
        return valid.error();
    Transaction transaction(m_connection);
    if (!transaction.active())
        return transaction.beginError();
    RowVersions stored;
    QStringList moved;
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        const Result<std::optional<qint64>> written
            = writeAgreedScore(attemptId, it.key(), *it, readVersions.value(it.key(), 0), intent);
        if (!written)
            return written.error();
        if (*written)
            stored.insert(it.key(), **written);
        else
            moved << it.key();
    }
    if (!moved.isEmpty()) {
        const Result<WriteConflict> conflict
            = MarkingConflicts(m_connection).onAgreedScores(attemptId, *rubric, moved, scores);
        if (!conflict)
            return conflict.error();
        return *conflict;
    }
    if (const Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

Result<std::optional<qint64>> MarkingRepository::writeAgreedScore(
    qint64 attemptId, const QString &dimensionKey, double score, qint64 readVersion, WriteIntent intent)
{
    const qint64 actorId = m_access.actor().userId;
    SqlQuery write(m_connection,
        readVersion == 0 ? QStringLiteral(
            "INSERT INTO dimension_results (attempt_id, marker_id, kind, dimension_key, score, changed_by, changed_at) "
            "VALUES (:attempt, NULL, 'agreed', :dimension, :score, :by, :at) ON CONFLICT DO NOTHING "
            "RETURNING row_version")
                         : QStringLiteral(
                             "UPDATE dimension_results SET score = :score, changed_by = :by, changed_at = :at, "
                             "overwrite = :overwrite, row_version = row_version + 1 "
                             "WHERE attempt_id = :attempt AND kind = 'agreed' AND dimension_key = :dimension "
                             "AND row_version = :read RETURNING row_version"));
    write.bind(QStringLiteral(":attempt"), attemptId)
        .bind(QStringLiteral(":dimension"), dimensionKey)
        .bind(QStringLiteral(":score"), score)
        .bind(QStringLiteral(":by"), actorId > 0 ? QVariant(actorId) : QVariant())
        .bind(QStringLiteral(":at"), now());
    if (readVersion != 0)
        write.bind(QStringLiteral(":overwrite"), intent == WriteIntent::Overwrite ? 1 : 0)
            .bind(QStringLiteral(":read"), readVersion);
    if (const Status done = write.exec(); !done)
        return done.error();
    if (!write.next())
        return std::optional<qint64>();
    return std::optional<qint64>(write.value(0).toLongLong());
}

Result<QVector<MarkRecord>> MarkingRepository::marks(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT marker_id, criterion_key, level, remark, updated_at, changed_by, row_version FROM marks "
                       "WHERE attempt_id = :attempt "
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
            query.value(3).toString(), QDateTime::fromString(query.value(4).toString(), Qt::ISODateWithMs),
            query.value(5).isNull() ? markerId : query.value(5).toLongLong(), query.value(6).toLongLong()});
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
        QStringLiteral("SELECT m.marker_id, u.display_name, m.role, v.feedback, m.completed_at FROM markings m "
                       "JOIN users u ON u.id = m.marker_id "
                       "LEFT JOIN marking_feedback v ON v.attempt_id = m.attempt_id AND v.marker_id = m.marker_id "
                       "WHERE m.attempt_id = :attempt "
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

Result<RowVersions> MarkingRepository::agreedScoreVersions(qint64 attemptId) const
{
    if (const Status allowed = m_access.mayMarkAttempt(attemptId); !allowed)
        return allowed.error();
    SqlQuery query(m_connection,
        QStringLiteral("SELECT dimension_key, row_version FROM dimension_results WHERE attempt_id = :attempt "
                       "AND kind = 'agreed'"));
    query.bind(QStringLiteral(":attempt"), attemptId);
    if (const Status done = query.exec(); !done)
        return done.error();
    RowVersions versions;
    while (query.next())
        versions.insert(query.value(0).toString(), query.value(1).toLongLong());
    return versions;
}

} // namespace prepmark
