#pragma once

#include "AgreementStatistics.h"

#include "core/Rubric.h"
#include "core/Verdict.h"

#include "storage/Actor.h"
#include "storage/SubmissionRepository.h"
#include "storage/marking/DoubleMarkingRepository.h"

#include <QMap>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace prepmark {

// One student with agreed scores, judged under every policy.
struct CohortReportStudent
{
    qint64 studentId = 0;
    QString name;
    QString studentNumber;
    qint64 submissionId = 0;
    qint64 attemptId = 0;
    DimensionScores scores;
    Verdict verdict; // conjunctive: PrepMark's verdict
    bool compensatoryAdequate = false;
    bool hybridAdequate = false;
    QString soleBlocker; // the only dimension below threshold, if exactly one
    bool flips() const { return compensatoryAdequate != verdict.adequate || hybridAdequate != verdict.adequate; }
};

// A dimension score within the rubric's near-threshold band: a candidate for second marking.
struct NearThresholdEntry
{
    qint64 studentId = 0;
    QString name;
    qint64 submissionId = 0;
    QString dimensionKey;
    double score = 0.0;
    double margin = 0.0; // score - threshold
};

// How generous a marker is compared with the markers they were paired with.
struct MarkerSeverity
{
    qint64 markerId = 0;
    QString name;
    int attempts = 0; // double-marked attempts
    // Mean over attempts and dimensions of (this marker's score - the other marker's);
    // negative: stricter than their co-markers.
    double meanDifference = 0.0;
    QMap<QString, double> byDimension;
};

// The cohort threshold report of one assignment: the agreed result of each student's
// latest attempt against the rubric, what blocks adequacy, what an averaged grade
// would have hidden, how the policies compare, and how well the markers agreed.
struct CohortReport
{
    qint64 cohortId = 0;
    QString cohortName;
    qint64 assignmentId = 0;
    QString assignmentTitle;
    Rubric rubric;
    int enrolled = 0; // students enrolled in the cohort
    QVector<CohortReportStudent> students; // those with agreed scores, by name
    QVector<StudentResultRow> withoutResult; // enrolled, no agreed scores yet

    QMap<QString, int> blockingCounts; // every dimension key, students it blocks
    int maskedCount = 0;
    QMap<QString, int> soleBlockerCounts; // every dimension key, students it alone fails
    QVector<NearThresholdEntry> nearThreshold; // closest to the line first

    int conjunctiveAdequate = 0;
    int compensatoryAdequate = 0;
    int hybridAdequate = 0;
    QVector<qint64> flips; // student ids whose verdict another policy changes

    int doubleMarked = 0; // attempts with two complete markings
    QMap<QString, DimensionAgreement> agreement; // by dimension key, over criterion level pairs
    std::optional<double> adequacyAgreement; // share of attempts where both markers' verdicts agree
    std::optional<double> adequacyKappa;
    QVector<MarkerSeverity> severity; // by name

    const CohortReportStudent *student(qint64 studentId) const;
};

// Builds cohort reports, from storage (with the actor's access rules) or from data.
class CohortReportBuilder
{
public:
    // assignmentId 0: the cohort's most recent assignment (by due date) that has
    // agreed results, or its most recent one when none has.
    static Result<CohortReport> build(
        const QSqlDatabase &connection, const Actor &actor, qint64 cohortId, qint64 assignmentId = 0);

    // The computation alone: the enrolled students with their agreed scores (rows from
    // SubmissionRepository::resultsForAssignment) and the completed double markings.
    // Rows whose scores do not fit the rubric are counted as without result.
    static CohortReport compute(
        const Rubric &rubric, const QVector<StudentResultRow> &rows, const QVector<DoubleMarking> &doubleMarkings);
};

} // namespace prepmark
