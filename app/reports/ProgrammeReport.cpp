#include "ProgrammeReport.h"

#include "storage/RubricRepository.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace prepmark {

namespace {

void addThreshold(QVector<double> &thresholds, double threshold)
{
    for (double known : thresholds) {
        if (std::abs(known - threshold) < 1e-9)
            return;
    }
    thresholds.append(threshold);
    std::sort(thresholds.begin(), thresholds.end());
}

// Counts one released result into the figures.
void count(OutcomeFigures &figures, const ReleasedOutcome &result)
{
    ++figures.results;
    figures.students.insert(result.studentId);
    figures.adequate += result.adequate ? 1 : 0;
    figures.masked += result.verdict.value(QStringLiteral("masked")).toBool() ? 1 : 0;
    if (!result.adequate)
        ++figures.blockedByCount[std::min<int>(int(result.blocking.size()), 3)];
    for (const QJsonValue &value : result.verdict.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject dimension = value.toObject();
        const QString key = dimension.value(QStringLiteral("key")).toString();
        DimensionAttainment &d = figures.dimensions[key];
        ++d.results;
        const bool blocks = result.blocking.contains(key);
        d.atThreshold += blocks ? 0 : 1;
        d.blocking += blocks ? 1 : 0;
        d.soleBlocker += blocks && result.blocking.size() == 1 ? 1 : 0;
        d.scoreSum += result.scores.value(key, dimension.value(QStringLiteral("score")).toDouble());
        addThreshold(d.thresholds, dimension.value(QStringLiteral("threshold")).toDouble());
    }
}

bool meetsAll(const ReleasedOutcome &result, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (!result.scores.contains(key) || result.blocking.contains(key))
            return false;
    }
    return true;
}

} // namespace

std::optional<double> DimensionAttainment::attainment() const
{
    return results > 0 ? std::optional<double>(double(atThreshold) / results) : std::nullopt;
}

std::optional<double> DimensionAttainment::meanScore() const
{
    return results > 0 ? std::optional<double>(scoreSum / results) : std::nullopt;
}

std::optional<double> OutcomeFigures::adequacyRate() const
{
    return results > 0 ? std::optional<double>(double(adequate) / results) : std::nullopt;
}

void OutcomeFigures::add(const OutcomeFigures &other)
{
    enrolledStudents += other.enrolledStudents;
    assessedAssignments += other.assessedAssignments;
    submissions += other.submissions;
    results += other.results;
    adequate += other.adequate;
    masked += other.masked;
    students.unite(other.students);
    for (auto it = other.dimensions.constBegin(); it != other.dimensions.constEnd(); ++it) {
        DimensionAttainment &d = dimensions[it.key()];
        d.results += it->results;
        d.atThreshold += it->atThreshold;
        d.blocking += it->blocking;
        d.soleBlocker += it->soleBlocker;
        d.scoreSum += it->scoreSum;
        for (double threshold : it->thresholds)
            addThreshold(d.thresholds, threshold);
    }
    for (auto it = other.blockedByCount.constBegin(); it != other.blockedByCount.constEnd(); ++it)
        blockedByCount[it.key()] += *it;
}

QString ProgrammeReport::dimensionName(const QString &key) const
{
    for (const ProgrammeDimension &d : dimensions) {
        if (d.key == key)
            return d.name;
    }
    return key;
}

ProgrammeReport ProgrammeReportBuilder::compute(const ProgrammeRecord &programme,
    const QVector<ProgrammeCohortSummary> &cohorts, const QVector<ReleasedOutcome> &results,
    const QVector<LearningOutcome> &outcomes, const QVector<Rubric> &rubrics)
{
    ProgrammeReport report;
    report.programme = programme;
    report.generatedAt = QDateTime::currentDateTimeUtc();
    report.rubrics = rubrics;
    for (const Rubric &rubric : rubrics) {
        for (const Dimension &dimension : rubric.dimensions) {
            const bool known = std::any_of(report.dimensions.begin(), report.dimensions.end(),
                [&](const ProgrammeDimension &d) { return d.key == dimension.key; });
            if (!known)
                report.dimensions.append({dimension.key, dimension.name});
        }
    }

    QMap<QString, int> yearIndex;
    for (const ProgrammeCohortSummary &summary : cohorts) {
        CohortOutcome cohort;
        cohort.cohort = summary;
        cohort.figures.enrolledStudents = summary.enrolledStudents;
        cohort.figures.assessedAssignments = summary.assessedAssignments;
        cohort.figures.submissions = summary.submissions;
        for (const ReleasedOutcome &result : results) {
            if (result.cohortId != summary.cohortId)
                continue;
            count(cohort.figures, result);
            const QString identity = result.rubricKey + QLatin1Char('@') + QString::number(result.rubricVersion);
            if (!cohort.rubrics.contains(identity))
                cohort.rubrics << identity;
            // A dimension only a verdict names (its rubric could not be loaded) is still listed.
            for (const QJsonValue &value : result.verdict.value(QStringLiteral("dimensions")).toArray()) {
                const QString key = value.toObject().value(QStringLiteral("key")).toString();
                if (std::none_of(report.dimensions.begin(), report.dimensions.end(),
                        [&](const ProgrammeDimension &d) { return d.key == key; }))
                    report.dimensions.append({key, value.toObject().value(QStringLiteral("name")).toString()});
            }
        }
        if (!yearIndex.contains(summary.academicYear)) {
            yearIndex.insert(summary.academicYear, int(report.years.size()));
            report.years.append({summary.academicYear, {}, {}});
        }
        YearOutcome &year = report.years[yearIndex.value(summary.academicYear)];
        year.cohortNames << summary.name;
        year.figures.add(cohort.figures);
        report.total.add(cohort.figures);
        report.cohorts << cohort;
    }
    std::sort(report.years.begin(), report.years.end(),
        [](const YearOutcome &a, const YearOutcome &b) { return a.academicYear < b.academicYear; });

    QMap<qint64, QString> yearOfCohort;
    for (const ProgrammeCohortSummary &summary : cohorts)
        yearOfCohort.insert(summary.cohortId, summary.academicYear);
    for (const LearningOutcome &outcome : outcomes) {
        LearningOutcomeAttainment attainment;
        attainment.outcome = outcome;
        QMap<QString, QPair<int, int>> byYear; // year -> (attained, judged)
        for (const YearOutcome &year : report.years)
            byYear.insert(year.academicYear, {0, 0});
        for (const ReleasedOutcome &result : results) {
            if (outcome.dimensionKeys.isEmpty() || !yearOfCohort.contains(result.cohortId))
                continue;
            const bool judged = std::all_of(outcome.dimensionKeys.begin(), outcome.dimensionKeys.end(),
                [&](const QString &key) { return result.scores.contains(key); });
            if (!judged)
                continue;
            const bool attained = meetsAll(result, outcome.dimensionKeys);
            QPair<int, int> &y = byYear[yearOfCohort.value(result.cohortId)];
            y.first += attained ? 1 : 0;
            ++y.second;
            attainment.attained += attained ? 1 : 0;
            ++attainment.results;
        }
        for (auto it = byYear.constBegin(); it != byYear.constEnd(); ++it)
            attainment.byYear.insert(
                it.key(), it->second > 0 ? std::optional<double>(double(it->first) / it->second) : std::nullopt);
        if (attainment.results > 0)
            attainment.overall = double(attainment.attained) / attainment.results;
        report.outcomes << attainment;
    }
    return report;
}

Result<ProgrammeReport> ProgrammeReportBuilder::build(
    const QSqlDatabase &connection, const Actor &actor, const QString &programmeCode)
{
    ProgrammeResultsRepository resultsRepository(connection, actor);
    ProgrammeRepository programmes(connection, actor);
    const Result<QVector<ProgrammeRecord>> all = programmes.programmes();
    if (!all)
        return all.error();
    std::optional<ProgrammeRecord> programme;
    QStringList codes;
    for (const ProgrammeRecord &p : *all) {
        codes << p.code;
        if (p.code == programmeCode)
            programme = p;
    }
    if (programmeCode.isEmpty()) {
        if (all->size() != 1)
            return makeError(all->isEmpty() ? QStringLiteral("the database holds no programme")
                                            : QStringLiteral("the database holds %1 programmes (%2): say which")
                                                  .arg(all->size())
                                                  .arg(codes.join(QStringLiteral(", "))));
        programme = all->first();
    }
    if (!programme)
        return makeError(QStringLiteral("no programme with the code \"%1\" (known: %2)")
                             .arg(programmeCode, codes.join(QStringLiteral(", "))));
    const Result<QVector<ProgrammeCohortSummary>> cohorts = resultsRepository.cohorts(programme->id);
    if (!cohorts)
        return cohorts.error();
    const Result<QVector<ReleasedOutcome>> results = resultsRepository.releasedOutcomes(programme->id);
    if (!results)
        return results.error();
    const Result<QVector<LearningOutcome>> outcomes = programmes.outcomes(programme->id);
    if (!outcomes)
        return outcomes.error();
    RubricRepository rubricRepository(connection);
    QVector<Rubric> rubrics;
    QSet<QString> loaded;
    for (const ReleasedOutcome &result : *results) {
        const QString identity = result.rubricKey + QLatin1Char('@') + QString::number(result.rubricVersion);
        if (loaded.contains(identity))
            continue;
        loaded.insert(identity);
        const Result<qint64> id = rubricRepository.idOf(result.rubricKey, result.rubricVersion);
        if (!id)
            return makeError(QStringLiteral("released result of submission %1: rubric %2 is not stored: %3")
                                 .arg(result.submissionId)
                                 .arg(identity, id.errorMessage()));
        const Result<Rubric> rubric = rubricRepository.load(*id);
        if (!rubric)
            return rubric.error();
        rubrics << *rubric;
    }
    return compute(*programme, *cohorts, *results, *outcomes, rubrics);
}

} // namespace prepmark
