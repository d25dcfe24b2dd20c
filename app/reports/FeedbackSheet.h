#pragma once

#include "core/Result.h"
#include "core/Rubric.h"
#include "core/Verdict.h"

#include "storage/Actor.h"
#include "storage/SubmissionRepository.h"
#include "storage/UserRepository.h"
#include "storage/marking/ReleaseRepository.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace prepmark {

struct FeedbackSheetCriterion
{
    QString key;
    QString name;
    std::optional<int> provisionalLevel; // what the automatic checks proposed
    QStringList evidence; // what they found
};

struct FeedbackSheetDimension
{
    DimensionOutcome outcome; // as released: score, threshold, margin
    QString description;
    QVector<FeedbackSheetCriterion> criteria; // only criteria with evidence
};

// What a student receives for one released submission, and nothing more: the released
// verdict against the thresholds of the rubric version it was marked with, the
// dimensions, the automatic evidence of the attempt, and the lecturer's released
// feedback. Markers' private remarks and the second marker's scores are not on it.
struct FeedbackSheet
{
    qint64 submissionId = 0;
    qint64 studentId = 0;
    QString studentName;
    QString studentNumber;
    QString cohortName;
    QString assignmentTitle;
    QString exerciseTitle;
    QDateTime releasedAt;
    QString rubricTitle;
    QString rubricIdentity; // key@version
    Scale scale;
    double meanPassLine = 3.0;
    Verdict verdict; // the released snapshot
    QVector<FeedbackSheetDimension> dimensions;
    QString feedback;

    bool hasEvidence() const;
};

// Builds feedback sheets from storage, with the actor's access rules: a student gets
// their own, staff the students of the cohorts they teach.
class FeedbackSheetBuilder
{
public:
    // The submission's latest released result.
    static Result<FeedbackSheet> forSubmission(const QSqlDatabase &connection, const Actor &actor, qint64 submissionId);
    // Every released submission of the assignment, by student name.
    static Result<QVector<FeedbackSheet>> forAssignment(
        const QSqlDatabase &connection, const Actor &actor, qint64 assignmentId);

    // The composition alone.
    static Result<FeedbackSheet> compose(const ReleasedResult &released, const UserRecord &student,
        const QString &cohortName, const Rubric &rubric, const QVector<EvidenceRecord> &evidence);
};

} // namespace prepmark
