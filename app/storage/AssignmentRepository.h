#pragma once

#include "AccessPolicy.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

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
    QString mode; // "practice" or "assessed"
    QDateTime dueAt; // UTC; invalid when there is no due date
    bool blindMarking = false;
    // Markers further apart than this on any dimension go to moderation.
    double moderationTolerance = 1.0;
};

// An assignment as its student sees it: with their own submission's state and, once
// released, its verdict.
struct StudentAssignmentRow
{
    AssignmentRecord assignment;
    QString cohortName;
    qint64 submissionId = 0; // 0: nothing submitted yet
    QString status; // submissions.status ("not_marked", ..., "released"); empty when none
    int attempts = 0;
    QDateTime lastSubmittedAt;
    std::optional<bool> releasedAdequate; // set once a result is released
    QStringList releasedBlocking; // dimension keys
    double releasedMean = 0.0;
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
    // A student's assignments over all their cohorts, soonest due first (a student sees
    // only their own; staff may ask for a student of a cohort they teach).
    Result<QVector<StudentAssignmentRow>> forStudent(qint64 studentId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
