#pragma once

#include "AccessPolicy.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

struct ExerciseRecord
{
    qint64 id = 0;
    QString key;
    QString title;
    QString genre;
    int difficulty = 1;
};

struct AssignmentRecord
{
    qint64 id = 0;
    qint64 cohortId = 0;
    qint64 exerciseId = 0;
    QString exerciseKey;
    QString exerciseTitle;
    qint64 rubricId = 0;
    QString title;
    QString mode;            // "practice" or "assessed"
    QDateTime dueAt;         // UTC; invalid when there is no due date
    bool blindMarking = false;
    // Markers further apart than this on any dimension go to moderation.
    double moderationTolerance = 1.0;
};

// Exercises known to the database, and assignments of an exercise to a cohort.
class AssignmentRepository
{
public:
    AssignmentRepository(QSqlDatabase connection, Actor actor);

    // Inserts or updates the exercise with this key (staff only); returns its id.
    Result<qint64> upsertExercise(const ExerciseRecord &exercise);
    Result<QVector<ExerciseRecord>> exercises() const;

    // Staff who teach the cohort, leaders and admins.
    Result<qint64> create(const AssignmentRecord &assignment);
    // Everyone who may read the cohort (its students too), newest due date first.
    Result<QVector<AssignmentRecord>> forCohort(qint64 cohortId) const;
    Result<AssignmentRecord> find(qint64 assignmentId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
