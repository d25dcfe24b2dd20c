#pragma once

#include "core/Result.h"
#include "core/Rubric.h"

#include "storage/Actor.h"
#include "storage/ProgrammeRepository.h"
#include "storage/ProgrammeResultsRepository.h"

#include <QDateTime>
#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

namespace prepmark {

// A dimension as the programme report lists it: the union of the dimensions of every
// rubric its results were marked against, in rubric order.
struct ProgrammeDimension
{
    QString key;
    QString name;
};

// What the results say about one dimension.
struct DimensionAttainment
{
    int results = 0; // results judged on this dimension
    int atThreshold = 0; // ... that meet its threshold
    int blocking = 0; // ... that it blocks (below its threshold): results - atThreshold
    int soleBlocker = 0; // ... that it alone blocks (fail attribution)
    double scoreSum = 0.0;
    QVector<double> thresholds; // the thresholds it was judged against, ascending, distinct

    // Share of results at threshold, 0..1; nullopt without results.
    std::optional<double> attainment() const;
    std::optional<double> meanScore() const;
};

// The outcome figures of a cohort, an academic year or the whole programme.
struct OutcomeFigures
{
    int enrolledStudents = 0;
    int assessedAssignments = 0;
    int submissions = 0; // to assessed assignments
    int results = 0; // released results (the latest per submission)
    int adequate = 0; // ... adequate under the conjunctive rule
    int masked = 0; // ... inadequate although the mean clears the pass line
    QSet<qint64> students; // students with at least one result
    QMap<QString, DimensionAttainment> dimensions; // by dimension key
    // Inadequate results by how many dimensions block them: 1, 2, 3 (3 or more).
    QMap<int, int> blockedByCount;

    // Share of results that are adequate, 0..1; nullopt without results.
    std::optional<double> adequacyRate() const;
    void add(const OutcomeFigures &other);
};

struct CohortOutcome
{
    ProgrammeCohortSummary cohort;
    QStringList rubrics; // identities "key@version" its results were judged against
    OutcomeFigures figures;
};

struct YearOutcome
{
    QString academicYear;
    QStringList cohortNames;
    OutcomeFigures figures;
};

// A learning outcome with the share of results that meet the threshold of every
// dimension mapped to it at once.
struct LearningOutcomeAttainment
{
    LearningOutcome outcome;
    QMap<QString, std::optional<double>> byYear; // academic year -> attainment (nullopt: no result)
    std::optional<double> overall;
    int results = 0; // results judged on all its dimensions
    int attained = 0;
};

// The programme outcome report: per cohort and academic year, from the released results
// of assessed assignments (snapshots, so later threshold changes never rewrite them).
struct ProgrammeReport
{
    ProgrammeRecord programme;
    QDateTime generatedAt; // UTC
    QVector<Rubric> rubrics; // every rubric version the results were judged against
    QVector<ProgrammeDimension> dimensions;
    QVector<CohortOutcome> cohorts; // oldest academic year first
    QVector<YearOutcome> years; // oldest first
    OutcomeFigures total;
    QVector<LearningOutcomeAttainment> outcomes;

    QString dimensionName(const QString &key) const;
};

// Builds the programme outcome report, from storage (programme leaders and admins) or
// from data.
class ProgrammeReportBuilder
{
public:
    // programmeCode empty: the database's only programme (an Error naming the codes
    // when it holds several).
    static Result<ProgrammeReport> build(
        const QSqlDatabase &connection, const Actor &actor, const QString &programmeCode = {});

    // The computation alone. rubrics: every rubric key@version named by the results.
    // A result is counted on the dimensions of its released verdict: a dimension meets
    // its threshold unless the snapshot lists it as blocking.
    static ProgrammeReport compute(const ProgrammeRecord &programme, const QVector<ProgrammeCohortSummary> &cohorts,
        const QVector<ReleasedOutcome> &results, const QVector<LearningOutcome> &outcomes,
        const QVector<Rubric> &rubrics);
};

} // namespace prepmark
