#include "MarkingQueueRepository.h"

#include "storage/SqlQuery.h"

namespace prepmark {

namespace {
// The latest attempt of each submission, with its markers, their progress and the
// actor's own role and draft.
const QString kQueueSelect = QStringLiteral(
    "SELECT s.id, t.id, t.number, t.submitted_at, a.id, a.title, a.mode, a.blind_marking, c.id, c.name, "
    "  u.id, u.display_name, u.student_number, s.status, "
    "  f.marker_id, fu.display_name, f.completed_at IS NOT NULL, "
    "  g.marker_id, gu.display_name, g.completed_at IS NOT NULL, "
    "  me.role, EXISTS (SELECT 1 FROM marking_drafts d WHERE d.attempt_id = t.id AND d.marker_id = :me), "
    "  s.row_version "
    "FROM submissions s "
    "JOIN attempts t ON t.submission_id = s.id "
    "  AND t.number = (SELECT max(number) FROM attempts WHERE submission_id = s.id) "
    "JOIN assignments a ON a.id = s.assignment_id "
    "JOIN cohorts c ON c.id = a.cohort_id "
    "LEFT JOIN submission_students ss ON ss.submission_id = s.id "
    "LEFT JOIN users u ON u.id = ss.student_id "
    "LEFT JOIN markings f ON f.attempt_id = t.id AND f.role = 'first' "
    "LEFT JOIN users fu ON fu.id = f.marker_id "
    "LEFT JOIN markings g ON g.attempt_id = t.id AND g.role = 'second' "
    "LEFT JOIN users gu ON gu.id = g.marker_id "
    "LEFT JOIN markings me ON me.attempt_id = t.id AND me.marker_id = :me "
    "WHERE (:all = 1 OR a.cohort_id IN "
    "  (SELECT cohort_id FROM enrolments WHERE user_id = :me AND role = 'lecturer')) ");
} // namespace

MarkingQueueRepository::MarkingQueueRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<QVector<MarkingQueueRow>> MarkingQueueRepository::select(
    const QString &where, const QVariantMap &values, bool anonymous) const
{
    const Actor &actor = m_access.actor();
    if (!actor.isStaff())
        return accessDenied(actor, QStringLiteral("see the marking queue"));
    SqlQuery query(m_connection, kQueueSelect + where + QStringLiteral(" ORDER BY a.due_at DESC, a.id DESC, s.id"));
    query.bind(QStringLiteral(":me"), actor.userId).bind(QStringLiteral(":all"), actor.seesAllCohorts() ? 1 : 0);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        query.bind(it.key(), *it);
    if (const Status done = query.exec(); !done)
        return done.error();
    QVector<MarkingQueueRow> rows;
    while (query.next()) {
        MarkingQueueRow row;
        row.submissionId = query.value(0).toLongLong();
        row.attemptId = query.value(1).toLongLong();
        row.attemptNumber = query.value(2).toInt();
        row.submittedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        row.assignmentId = query.value(4).toLongLong();
        row.assignmentTitle = query.value(5).toString();
        row.assignmentMode = query.value(6).toString();
        const bool blind = query.value(7).toBool();
        row.cohortId = query.value(8).toLongLong();
        row.cohortName = query.value(9).toString();
        row.status = submissionStatusFromName(query.value(13).toString()).value();
        row.anonymous = anonymous || (blind && row.status != SubmissionStatus::Released);
        if (!row.anonymous) {
            row.studentId = query.value(10).toLongLong();
            row.studentName = query.value(11).toString();
            row.studentNumber = query.value(12).toString();
        }
        row.firstMarkerId = query.value(14).toLongLong();
        row.firstMarkerName = query.value(15).toString();
        row.firstCompleted = row.firstMarkerId != 0 && query.value(16).toBool();
        row.secondMarkerId = query.value(17).toLongLong();
        row.secondMarkerName = query.value(18).toString();
        row.secondCompleted = row.secondMarkerId != 0 && query.value(19).toBool();
        if (!query.value(20).isNull())
            row.myRole = markerRoleFromName(query.value(20).toString()).value();
        row.myDraft = query.value(21).toBool();
        row.submissionVersion = query.value(22).toLongLong();
        rows << row;
    }
    return rows;
}

Result<QVector<MarkingQueueRow>> MarkingQueueRepository::queue(const MarkingQueueFilter &filter) const
{
    QString where;
    QVariantMap values;
    if (filter.assignmentId != 0) {
        where += QStringLiteral("AND a.id = :assignment ");
        values.insert(QStringLiteral(":assignment"), filter.assignmentId);
    }
    if (filter.cohortId != 0) {
        where += QStringLiteral("AND a.cohort_id = :cohort ");
        values.insert(QStringLiteral(":cohort"), filter.cohortId);
    }
    if (filter.status) {
        where += QStringLiteral("AND s.status = :status ");
        values.insert(QStringLiteral(":status"), submissionStatusName(*filter.status));
    }
    return select(where, values, filter.anonymous);
}

Result<MarkingQueueRow> MarkingQueueRepository::row(qint64 submissionId, bool anonymous) const
{
    if (const Status allowed = m_access.mayReadSubmission(submissionId); !allowed)
        return allowed.error();
    const Result<QVector<MarkingQueueRow>> rows
        = select(QStringLiteral("AND s.id = :submission "), {{QStringLiteral(":submission"), submissionId}}, anonymous);
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return makeError(QStringLiteral("submission %1 has no attempt to mark").arg(submissionId));
    return rows->first();
}

} // namespace prepmark
