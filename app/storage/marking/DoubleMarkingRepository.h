#pragma once

#include "storage/AccessPolicy.h"

#include "core/Scores.h"

#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

// One attempt marked independently by a first and a second marker, both complete.
struct DoubleMarking
{
    qint64 attemptId = 0;
    qint64 submissionId = 0;
    qint64 studentId = 0;
    qint64 firstMarkerId = 0;
    QString firstMarkerName;
    qint64 secondMarkerId = 0;
    QString secondMarkerName;
    CriterionLevels firstLevels;
    CriterionLevels secondLevels;
    DimensionScores firstScores;
    DimensionScores secondScores;
};

// The completed double markings of an assignment (each submission's latest attempt),
// for agreement statistics. Staff who teach the cohort; both markings being complete,
// blind marking no longer hides either.
class DoubleMarkingRepository
{
public:
    DoubleMarkingRepository(const QSqlDatabase &connection, Actor actor);

    Result<QVector<DoubleMarking>> forAssignment(qint64 assignmentId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
