#include "DoubleMarkingRepository.h"

#include "storage/SqlQuery.h"

namespace prepmark {

DoubleMarkingRepository::DoubleMarkingRepository(const QSqlDatabase &connection, Actor actor)
    : m_connection(connection), m_access(connection, std::move(actor))
{
}

Result<QVector<DoubleMarking>> DoubleMarkingRepository::forAssignment(qint64 assignmentId) const
{
    if (const Status allowed = m_access.mayTeachAssignment(assignmentId); !allowed)
        return allowed.error();

    SqlQuery pairs(m_connection,
        QStringLiteral("SELECT t.id, s.id, ss.student_id, f.marker_id, fu.display_name, g.marker_id, gu.display_name "
                       "FROM submissions s "
                       "LEFT JOIN submission_students ss ON ss.submission_id = s.id "
                       "JOIN attempts t ON t.submission_id = s.id "
                       "  AND t.number = (SELECT max(number) FROM attempts WHERE submission_id = s.id) "
                       "JOIN markings f ON f.attempt_id = t.id AND f.role = 'first' AND f.completed_at IS NOT NULL "
                       "JOIN markings g ON g.attempt_id = t.id AND g.role = 'second' AND g.completed_at IS NOT NULL "
                       "JOIN users fu ON fu.id = f.marker_id JOIN users gu ON gu.id = g.marker_id "
                       "WHERE s.assignment_id = :assignment ORDER BY s.id"));
    pairs.bind(QStringLiteral(":assignment"), assignmentId);
    if (const Status done = pairs.exec(); !done)
        return done.error();
    QVector<DoubleMarking> result;
    while (pairs.next()) {
        DoubleMarking m;
        m.attemptId = pairs.value(0).toLongLong();
        m.submissionId = pairs.value(1).toLongLong();
        m.studentId = pairs.value(2).toLongLong();
        m.firstMarkerId = pairs.value(3).toLongLong();
        m.firstMarkerName = pairs.value(4).toString();
        m.secondMarkerId = pairs.value(5).toLongLong();
        m.secondMarkerName = pairs.value(6).toString();
        result << m;
    }
    for (DoubleMarking &m : result) {
        SqlQuery marks(m_connection,
            QStringLiteral("SELECT marker_id, criterion_key, level FROM marks WHERE attempt_id = :attempt AND "
                           "marker_id IN (:first, :second)"));
        marks.bind(QStringLiteral(":attempt"), m.attemptId)
            .bind(QStringLiteral(":first"), m.firstMarkerId)
            .bind(QStringLiteral(":second"), m.secondMarkerId);
        if (const Status done = marks.exec(); !done)
            return done.error();
        while (marks.next())
            (marks.value(0).toLongLong() == m.firstMarkerId ? m.firstLevels : m.secondLevels)
                .insert(marks.value(1).toString(), marks.value(2).toInt());
        SqlQuery scores(m_connection,
            QStringLiteral("SELECT marker_id, dimension_key, score FROM dimension_results "
                           "WHERE attempt_id = :attempt AND kind = 'marker' AND marker_id IN (:first, :second)"));
        scores.bind(QStringLiteral(":attempt"), m.attemptId)
            .bind(QStringLiteral(":first"), m.firstMarkerId)
            .bind(QStringLiteral(":second"), m.secondMarkerId);
        if (const Status done = scores.exec(); !done)
            return done.error();
        while (scores.next())
            (scores.value(0).toLongLong() == m.firstMarkerId ? m.firstScores : m.secondScores)
                .insert(scores.value(1).toString(), scores.value(2).toDouble());
    }
    return result;
}

} // namespace prepmark
