#include "MarkingConflicts.h"

#include "storage/SqlQuery.h"

#include <QJsonDocument>

namespace prepmark {

namespace {
QDateTime timeOf(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// The later of two times; an invalid one counts as earliest.
void keepLatest(WriteConflict &conflict, qint64 userId, const QString &name, const QDateTime &at)
{
    if (conflict.changedByName.isEmpty()
        || (at.isValid() && (!conflict.changedAt.isValid() || at > conflict.changedAt))) {
        conflict.changedById = userId;
        conflict.changedByName = name;
        conflict.changedAt = at;
    }
}

QString levelText(const std::optional<int> &level, const QString &remark)
{
    if (!level)
        return {};
    return remark.isEmpty() ? QString::number(*level) : QStringLiteral("%1 (%2)").arg(*level).arg(remark);
}

QString criterionLabel(const Rubric &rubric, const QString &key)
{
    const Criterion *criterion = rubric.criterion(key);
    return criterion ? criterion->name : key;
}

QString dimensionLabel(const Rubric &rubric, const QString &key)
{
    const Dimension *dimension = rubric.dimension(key);
    return dimension ? dimension->name : key;
}
} // namespace

MarkingConflicts::MarkingConflicts(const QSqlDatabase &connection) : m_connection(connection) { }

QString MarkingConflicts::nameOf(qint64 userId) const
{
    if (userId <= 0)
        return QStringLiteral("PrepMark");
    SqlQuery query(m_connection, QStringLiteral("SELECT display_name FROM users WHERE id = :id"));
    query.bind(QStringLiteral(":id"), userId);
    const Result<QVariant> name = query.scalar();
    return name ? name->toString() : QStringLiteral("user %1").arg(userId);
}

Result<WriteConflict> MarkingConflicts::onMarks(qint64 attemptId, qint64 markerId, const Rubric &rubric,
    const QStringList &keys, const CriterionLevels &levels, const QHash<QString, QString> &remarks) const
{
    WriteConflict conflict;
    conflict.subject = QStringLiteral("the marks of attempt %1 by %2").arg(attemptId).arg(nameOf(markerId));
    conflict.overwritable = true;
    for (const QString &key : keys) {
        SqlQuery query(m_connection,
            QStringLiteral(
                "SELECT m.level, m.remark, m.row_version, COALESCE(m.changed_by, m.marker_id), u.display_name, "
                "m.updated_at FROM marks m LEFT JOIN users u ON u.id = COALESCE(m.changed_by, m.marker_id) "
                "WHERE m.attempt_id = :attempt AND m.marker_id = :marker AND m.criterion_key = :criterion"));
        query.bind(QStringLiteral(":attempt"), attemptId)
            .bind(QStringLiteral(":marker"), markerId)
            .bind(QStringLiteral(":criterion"), key);
        if (const Status done = query.exec(); !done)
            return done.error();
        QString theirs;
        qint64 version = 0;
        if (query.next()) {
            theirs = levelText(query.value(0).toInt(), query.value(1).toString());
            version = query.value(2).toLongLong();
            keepLatest(conflict, query.value(3).toLongLong(), query.value(4).toString(), timeOf(query.value(5)));
        } else {
            conflict.kind = WriteConflict::Kind::Removed;
        }
        conflict.currentVersions.insert(key, version);
        const auto level = levels.constFind(key);
        conflict.values.append({key, criterionLabel(rubric, key), theirs,
            levelText(level == levels.constEnd() ? std::nullopt : std::optional<int>(*level), remarks.value(key))});
    }
    return conflict;
}

Result<WriteConflict> MarkingConflicts::onAgreedScores(
    qint64 attemptId, const Rubric &rubric, const QStringList &keys, const DimensionScores &scores) const
{
    WriteConflict conflict;
    conflict.subject = QStringLiteral("the agreed scores of attempt %1").arg(attemptId);
    conflict.overwritable = true;
    for (const QString &key : keys) {
        SqlQuery query(m_connection,
            QStringLiteral("SELECT r.score, r.row_version, r.changed_by, u.display_name, r.changed_at "
                           "FROM dimension_results r LEFT JOIN users u ON u.id = r.changed_by "
                           "WHERE r.attempt_id = :attempt AND r.kind = 'agreed' AND r.dimension_key = :dimension"));
        query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":dimension"), key);
        if (const Status done = query.exec(); !done)
            return done.error();
        QString theirs;
        qint64 version = 0;
        if (query.next()) {
            theirs = QString::number(query.value(0).toDouble());
            version = query.value(1).toLongLong();
            keepLatest(conflict, query.value(2).toLongLong(), query.value(3).toString(), timeOf(query.value(4)));
        } else {
            conflict.kind = WriteConflict::Kind::Removed;
        }
        conflict.currentVersions.insert(key, version);
        conflict.values.append({key, dimensionLabel(rubric, key), theirs,
            scores.contains(key) ? QString::number(scores.value(key)) : QString()});
    }
    return conflict;
}

Result<WriteConflict> MarkingConflicts::onDraft(
    qint64 attemptId, qint64 markerId, const Rubric &rubric, const MarkSheet &sheet) const
{
    WriteConflict conflict;
    conflict.subject = QStringLiteral("the draft of attempt %1 by %2").arg(attemptId).arg(nameOf(markerId));
    conflict.overwritable = true;
    conflict.changedById = markerId;
    conflict.changedByName = nameOf(markerId);
    SqlQuery query(m_connection,
        QStringLiteral("SELECT content, saved_at, row_version FROM marking_drafts "
                       "WHERE attempt_id = :attempt AND marker_id = :marker"));
    query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), markerId);
    if (const Status done = query.exec(); !done)
        return done.error();
    MarkSheet theirs;
    if (query.next()) {
        conflict.changedAt = timeOf(query.value(1));
        conflict.currentVersion = query.value(2).toLongLong();
        // A stored draft that no longer reads against the rubric shows as empty beside yours.
        if (Result<MarkSheet> stored = MarkSheet::fromJson(
                QJsonDocument::fromJson(query.value(0).toByteArray()).object(), rubric, conflict.subject);
            stored)
            theirs = std::move(stored).value();
    } else {
        conflict.kind = WriteConflict::Kind::Removed;
    }
    for (const QString &key : rubric.criterionKeys()) {
        const QString stored = levelText(theirs.level(key), theirs.remark(key));
        const QString refused = levelText(sheet.level(key), sheet.remark(key));
        if (stored != refused)
            conflict.values.append({key, criterionLabel(rubric, key), stored, refused});
    }
    if (theirs.feedback() != sheet.feedback())
        conflict.values.append(
            {QStringLiteral("feedback"), QStringLiteral("feedback"), theirs.feedback(), sheet.feedback()});
    return conflict;
}

Result<WriteConflict> MarkingConflicts::onClaim(qint64 attemptId, MarkerRole role) const
{
    SqlQuery query(m_connection,
        QStringLiteral(
            "SELECT m.marker_id, u.display_name, m.assigned_at FROM markings m JOIN users u ON u.id = m.marker_id "
            "WHERE m.attempt_id = :attempt AND m.role = :role"));
    query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":role"), markerRoleName(role));
    if (const Status done = query.exec(); !done)
        return done.error();
    WriteConflict conflict;
    conflict.kind = WriteConflict::Kind::Claimed;
    conflict.subject = QStringLiteral("attempt %1").arg(attemptId);
    if (query.next()) {
        conflict.changedById = query.value(0).toLongLong();
        conflict.changedByName = query.value(1).toString();
        conflict.changedAt = timeOf(query.value(2));
    }
    conflict.values.append(
        {QStringLiteral("role"), QStringLiteral("role"), markerRoleName(role), markerRoleName(role)});
    return conflict;
}

Result<WriteConflict> MarkingConflicts::onCompletion(qint64 attemptId, qint64 markerId) const
{
    SqlQuery query(m_connection,
        QStringLiteral("SELECT completed_at FROM markings WHERE attempt_id = :attempt AND marker_id = :marker"));
    query.bind(QStringLiteral(":attempt"), attemptId).bind(QStringLiteral(":marker"), markerId);
    if (const Status done = query.exec(); !done)
        return done.error();
    WriteConflict conflict;
    conflict.kind = WriteConflict::Kind::Completed;
    conflict.subject = QStringLiteral("the marking of attempt %1 by %2").arg(attemptId).arg(nameOf(markerId));
    conflict.changedById = markerId;
    conflict.changedByName = nameOf(markerId);
    if (query.next())
        conflict.changedAt = timeOf(query.value(0));
    return conflict;
}

Result<WriteConflict> MarkingConflicts::onSubmission(const SubmissionState &state, qint64 attemptId,
    const Rubric &rubric, const DimensionScores &scores, const QString &reason) const
{
    WriteConflict conflict;
    conflict.kind = state.status == SubmissionStatus::Released ? WriteConflict::Kind::Released
        : state.latestAttemptId != attemptId                   ? WriteConflict::Kind::NewAttempt
                                                               : WriteConflict::Kind::Changed;
    conflict.subject = QStringLiteral("submission %1").arg(state.submissionId);
    conflict.changedById = state.changedById;
    conflict.changedByName = state.changedById > 0 ? state.changedByName : nameOf(0);
    conflict.changedAt = conflict.kind == WriteConflict::Kind::NewAttempt && !state.changedAt.isValid()
        ? state.latestAttemptAt
        : state.changedAt;
    conflict.currentVersion = state.version;
    conflict.values.append({QStringLiteral("status"), QStringLiteral("status"), submissionStatusName(state.status),
        scores.isEmpty() ? QString() : submissionStatusName(SubmissionStatus::Agreed)});

    SqlQuery agreed(m_connection,
        QStringLiteral(
            "SELECT dimension_key, score FROM dimension_results WHERE attempt_id = :attempt AND kind = 'agreed'"));
    agreed.bind(QStringLiteral(":attempt"), state.latestAttemptId);
    if (const Status done = agreed.exec(); !done)
        return done.error();
    DimensionScores theirs;
    while (agreed.next())
        theirs.insert(agreed.value(0).toString(), agreed.value(1).toDouble());
    for (const Dimension &dimension : rubric.dimensions) {
        const QString stored
            = theirs.contains(dimension.key) ? QString::number(theirs.value(dimension.key)) : QString();
        const QString refused
            = scores.contains(dimension.key) ? QString::number(scores.value(dimension.key)) : QString();
        if (!stored.isEmpty() || !refused.isEmpty())
            conflict.values.append({dimension.key, dimension.name, stored, refused});
    }
    SqlQuery decision(m_connection,
        QStringLiteral("SELECT reason FROM moderations WHERE attempt_id = :attempt ORDER BY id DESC LIMIT 1"));
    decision.bind(QStringLiteral(":attempt"), state.latestAttemptId);
    if (const Status done = decision.exec(); !done)
        return done.error();
    const QString theirReason = decision.next() ? decision.value(0).toString() : QString();
    if (!theirReason.isEmpty() || !reason.trimmed().isEmpty())
        conflict.values.append({QStringLiteral("reason"), QStringLiteral("reason"), theirReason, reason.trimmed()});
    return conflict;
}

} // namespace prepmark
