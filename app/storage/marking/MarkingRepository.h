#pragma once

#include "storage/AccessPolicy.h"

#include "core/Rubric.h"
#include "core/Scores.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

struct MarkRecord
{
    qint64 attemptId = 0;
    qint64 markerId = 0;
    QString criterionKey;
    int level = 0;
    QString remark;
    QDateTime updatedAt;
};

enum class MarkerRole { First, Second, Moderator };
QString markerRoleName(MarkerRole role); // "first", "second", "moderator"
Result<MarkerRole> markerRoleFromName(const QString &name);

// Who marks an attempt, in which role, and how far they are.
struct MarkingRecord
{
    qint64 attemptId = 0;
    qint64 markerId = 0;
    QString markerName;
    MarkerRole role = MarkerRole::First;
    QString feedback; // empty when the reader may not see it yet (blind marking)
    QDateTime completedAt; // invalid while marking
    bool completed() const { return completedAt.isValid(); }
};

// The marking aggregate of an attempt: each marker's levels per criterion with
// remarks, each marker's role and feedback, each marker's dimension scores and the
// agreed scores. Only staff who teach the cohort (or leaders, admins) may read or
// write it; every change of a mark or a score is written to the audit log by the
// database's own triggers (db/002).
class MarkingRepository
{
public:
    MarkingRepository(QSqlDatabase connection, Actor actor);

    Status assignMarker(qint64 attemptId, qint64 markerId, MarkerRole role);
    // The actor marks a criterion; level must be on the scale of the assignment's rubric.
    Status setMark(qint64 attemptId, const QString &criterionKey, int level, const QString &remark = {});
    // Sets every mark of one marker at once, in one transaction (all or nothing), and
    // stores the dimension scores that follow from them.
    Status setMarks(
        qint64 attemptId, qint64 markerId, const CriterionLevels &levels, const QHash<QString, QString> &remarks = {});
    Status setFeedback(qint64 attemptId, const QString &feedback);
    Status completeMarking(qint64 attemptId);
    Status setAgreedScores(qint64 attemptId, const DimensionScores &scores);

    // Marks and scores of the markers whose work the actor may see (AccessPolicy::
    // mayReadMarksOf: blind double marking hides the other marker's until the actor's
    // own marking is complete).
    Result<QVector<MarkRecord>> marks(qint64 attemptId) const;
    Result<QHash<qint64, DimensionScores>> markerScores(qint64 attemptId) const;
    // Every marker of the attempt, first, second, moderator; feedback only where readable.
    Result<QVector<MarkingRecord>> markings(qint64 attemptId) const;
    Result<std::optional<DimensionScores>> agreedScores(qint64 attemptId) const;
    // The rubric the attempt is marked against (through its assignment).
    Result<Rubric> rubricOfAttempt(qint64 attemptId) const;

private:
    Status storeMarkerScores(qint64 attemptId, qint64 markerId, const Rubric &rubric);

    QSqlDatabase m_connection;
    AccessPolicy m_access;
    mutable QHash<qint64, Rubric> m_rubricsByAttempt;
};

} // namespace prepmark
