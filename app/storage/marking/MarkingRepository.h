#pragma once

#include "storage/AccessPolicy.h"
#include "storage/WriteResult.h"

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
    qint64 changedById = 0; // the marker, or who changed it in their name (a leader, a moderator)
    qint64 version = 0; // the row version a later write of this mark names
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
// database's own triggers (db/002, 006).
//
// Writes are guarded (optimistic locking, db/*/006_concurrent_marking.sql): a mark or an
// agreed score is written only over the row version the caller read (0: it read none),
// and a write over a row that moved on is refused whole as a WriteConflict naming who
// changed it, when, and their values. Nothing is ever overwritten silently; "keep mine"
// is WriteIntent::Overwrite with the versions the conflict showed, audited as such.
class MarkingRepository
{
public:
    MarkingRepository(QSqlDatabase connection, Actor actor);

    // The marker takes the role on the attempt. At most one first and one second marker:
    // the database's unique index decides, and the loser gets a WriteConflict ("Rosa Silva
    // is already the first marker"). Taking the role one already has is no change.
    WriteStatus assignMarker(qint64 attemptId, qint64 markerId, MarkerRole role);
    // The actor marks a criterion over the version read (0: none); level must be on the
    // scale of the assignment's rubric. Returns the mark's new version.
    WriteResult<qint64> setMark(qint64 attemptId, const QString &criterionKey, int level, const QString &remark = {},
        qint64 readVersion = 0, WriteIntent intent = WriteIntent::Edit);
    // Sets marks of one marker at once, each over the version read (missing: 0, none), in
    // one transaction (all or nothing), and stores the dimension scores that follow from
    // them. Returns the marks' new versions.
    WriteResult<RowVersions> setMarks(qint64 attemptId, qint64 markerId, const CriterionLevels &levels,
        const QHash<QString, QString> &remarks = {}, const RowVersions &readVersions = {},
        WriteIntent intent = WriteIntent::Edit);
    // The actor's overall feedback, while their marking is not complete.
    Status setFeedback(qint64 attemptId, const QString &feedback);
    // Completes the actor's marking; a WriteConflict when it was completed already.
    WriteStatus completeMarking(qint64 attemptId);
    // The agreed scores, each over the version read (missing: 0, none). Returns the new versions.
    WriteResult<RowVersions> setAgreedScores(qint64 attemptId, const DimensionScores &scores,
        const RowVersions &readVersions = {}, WriteIntent intent = WriteIntent::Edit);

    // Marks and scores of the markers whose work the actor may see (AccessPolicy::
    // mayReadMarksOf: blind double marking hides the other marker's until the actor's
    // own marking is complete).
    Result<QVector<MarkRecord>> marks(qint64 attemptId) const;
    Result<QHash<qint64, DimensionScores>> markerScores(qint64 attemptId) const;
    // Every marker of the attempt, first, second, moderator; feedback only where readable.
    Result<QVector<MarkingRecord>> markings(qint64 attemptId) const;
    Result<std::optional<DimensionScores>> agreedScores(qint64 attemptId) const;
    // The row versions of the agreed scores, by dimension key (empty: none agreed yet).
    Result<RowVersions> agreedScoreVersions(qint64 attemptId) const;
    // The rubric the attempt is marked against (through its assignment).
    Result<Rubric> rubricOfAttempt(qint64 attemptId) const;

private:
    // One guarded row write: the new version, or nullopt when the row moved on.
    Result<std::optional<qint64>> writeMark(qint64 attemptId, qint64 markerId, const QString &criterionKey, int level,
        const QString &remark, qint64 readVersion, WriteIntent intent);
    Result<std::optional<qint64>> writeAgreedScore(
        qint64 attemptId, const QString &dimensionKey, double score, qint64 readVersion, WriteIntent intent);
    Status storeMarkerScores(qint64 attemptId, qint64 markerId, const Rubric &rubric);

    QSqlDatabase m_connection;
    AccessPolicy m_access;
    mutable QHash<qint64, Rubric> m_rubricsByAttempt;
};

} // namespace prepmark
