#pragma once

#include "AccessPolicy.h"

#include "core/Scores.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace prepmark {

// A cohort of a programme with the counts an outcome report starts from.
struct ProgrammeCohortSummary
{
    qint64 cohortId = 0;
    QString name;
    QString academicYear; // "2024/25"
    QString moduleCode;
    QString moduleName;
    int enrolledStudents = 0;
    int assessedAssignments = 0;
    int submissions = 0; // to the cohort's assessed assignments
};

// One released result as the student received it: the snapshot of released_results.
struct ReleasedOutcome
{
    qint64 cohortId = 0;
    qint64 assignmentId = 0;
    QString assignmentTitle;
    qint64 submissionId = 0;
    qint64 studentId = 0;
    QString rubricKey;
    int rubricVersion = 0;
    DimensionScores scores;
    QJsonObject verdict; // the CLI contract's verdict object, as released
    bool adequate = false;
    double mean = 0.0;
    QStringList blocking; // conjunctive: the dimensions below threshold at release
    QDateTime releasedAt;
};

// The released results of a whole programme, for its outcome report. Only programme
// leaders and admins may read them (AccessPolicy::mayReportOnProgramme): a lecturer's
// view stops at the cohorts they teach.
class ProgrammeResultsRepository
{
public:
    ProgrammeResultsRepository(QSqlDatabase connection, Actor actor);

    // Every cohort of the programme's modules, oldest academic year first.
    Result<QVector<ProgrammeCohortSummary>> cohorts(qint64 programmeId) const;

    // The released results of the programme's assessed assignments: per submission the
    // result of its latest released attempt (a resubmission replaces the earlier
    // result). Practice assignments are left out: they are not outcomes.
    Result<QVector<ReleasedOutcome>> releasedOutcomes(qint64 programmeId) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
