#include "CohortReport.h"

#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"
#include "storage/RubricRepository.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

namespace {

void addAgreement(CohortReport &report, const QVector<DoubleMarking> &doubleMarkings)
{
    const Rubric &rubric = report.rubric;
    QVector<DecisionPair> decisions;
    struct Sums
    {
        QString name;
        int attempts = 0;
        double total = 0.0;
        int count = 0;
        QMap<QString, QPair<double, int>> byDimension;
    };
    QMap<qint64, Sums> sums;
    QMap<QString, QVector<RatingPair>> pairs;
    for (const DoubleMarking &m : doubleMarkings) {
        for (const Dimension &dimension : rubric.dimensions) {
            for (const Criterion &criterion : dimension.criteria) {
                if (m.firstLevels.contains(criterion.key) && m.secondLevels.contains(criterion.key))
                    pairs[dimension.key].append(
                        {m.firstLevels.value(criterion.key), m.secondLevels.value(criterion.key)});
            }
        }
        const Result<Verdict> first = VerdictEngine::evaluate(rubric, m.firstScores);
        const Result<Verdict> second = VerdictEngine::evaluate(rubric, m.secondScores);
        if (!first || !second)
            continue; // a marking of another rubric version or incomplete scores: not comparable
        ++report.doubleMarked;
        decisions.append({first->adequate, second->adequate});
        const struct
        {
            qint64 id;
            QString name;
            const DimensionScores &own;
            const DimensionScores &other;
        } sides[] = {
            {m.firstMarkerId, m.firstMarkerName, m.firstScores, m.secondScores},
            {m.secondMarkerId, m.secondMarkerName, m.secondScores, m.firstScores},
        };
        for (const auto &side : sides) {
            Sums &s = sums[side.id];
            s.name = side.name;
            ++s.attempts;
            for (const Dimension &dimension : rubric.dimensions) {
                const double difference = side.own.value(dimension.key) - side.other.value(dimension.key);
                s.total += difference;
                ++s.count;
                s.byDimension[dimension.key].first += difference;
                ++s.byDimension[dimension.key].second;
            }
        }
    }
    for (const Dimension &dimension : rubric.dimensions)
        report.agreement.insert(
            dimension.key, dimensionAgreement(pairs.value(dimension.key), rubric.scale.min, rubric.scale.max));
    report.adequacyAgreement = decisionAgreement(decisions);
    report.adequacyKappa = cohenKappa(decisions);
    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        MarkerSeverity severity;
        severity.markerId = it.key();
        severity.name = it->name;
        severity.attempts = it->attempts;
        severity.meanDifference = it->count > 0 ? it->total / it->count : 0.0;
        for (auto d = it->byDimension.constBegin(); d != it->byDimension.constEnd(); ++d)
            severity.byDimension.insert(d.key(), d->first / d->second);
        report.severity << severity;
    }
    std::sort(report.severity.begin(), report.severity.end(),
        [](const MarkerSeverity &a, const MarkerSeverity &b) { return a.name < b.name; });
}

} // namespace

const CohortReportStudent *CohortReport::student(qint64 studentId) const
{
    for (const CohortReportStudent &s : students) {
        if (s.studentId == studentId)
            return &s;
    }
    return nullptr;
}

CohortReport CohortReportBuilder::compute(
    const Rubric &rubric, const QVector<StudentResultRow> &rows, const QVector<DoubleMarking> &doubleMarkings)
{
    CohortReport report;
    report.rubric = rubric;
    report.enrolled = int(rows.size());
    for (const Dimension &dimension : rubric.dimensions) {
        report.blockingCounts.insert(dimension.key, 0);
        report.soleBlockerCounts.insert(dimension.key, 0);
    }
    for (const StudentResultRow &row : rows) {
        const Result<Verdict> verdict = row.agreedScores ? VerdictEngine::evaluate(rubric, *row.agreedScores)
                                                         : Result<Verdict>(makeError(QString()));
        if (!verdict) {
            report.withoutResult << row;
            continue;
        }
        CohortReportStudent student;
        student.studentId = row.studentId;
        student.name = row.studentName;
        student.studentNumber = row.studentNumber;
        student.submissionId = row.submissionId;
        student.attemptId = row.attemptId;
        student.scores = *row.agreedScores;
        student.verdict = *verdict;
        student.compensatoryAdequate
            = VerdictEngine::evaluate(rubric, student.scores, VerdictPolicy::Compensatory)->adequate;
        student.hybridAdequate = VerdictEngine::evaluate(rubric, student.scores, VerdictPolicy::Hybrid)->adequate;
        student.soleBlocker = VerdictEngine::soleBlocker(student.verdict);

        for (const QString &key : student.verdict.blocking)
            ++report.blockingCounts[key];
        if (!student.soleBlocker.isEmpty())
            ++report.soleBlockerCounts[student.soleBlocker];
        report.maskedCount += student.verdict.masked ? 1 : 0;
        report.conjunctiveAdequate += student.verdict.adequate ? 1 : 0;
        report.compensatoryAdequate += student.compensatoryAdequate ? 1 : 0;
        report.hybridAdequate += student.hybridAdequate ? 1 : 0;
        if (student.flips())
            report.flips << student.studentId;
        for (const DimensionOutcome &outcome : student.verdict.dimensions) {
            if (outcome.nearThreshold)
                report.nearThreshold.append({student.studentId, student.name, student.submissionId, outcome.key,
                    outcome.score, outcome.margin});
        }
        report.students << student;
    }
    std::stable_sort(report.students.begin(), report.students.end(),
        [](const CohortReportStudent &a, const CohortReportStudent &b) { return a.name < b.name; });
    std::stable_sort(report.nearThreshold.begin(), report.nearThreshold.end(),
        [](const NearThresholdEntry &a, const NearThresholdEntry &b) {
            return std::abs(a.margin) < std::abs(b.margin);
        });
    addAgreement(report, doubleMarkings);
    return report;
}

Result<CohortReport> CohortReportBuilder::build(
    const QSqlDatabase &connection, const Actor &actor, qint64 cohortId, qint64 assignmentId)
{
    const Result<CohortRecord> cohort = CohortRepository(connection, actor).find(cohortId);
    if (!cohort)
        return cohort.error();
    AssignmentRepository assignments(connection, actor);
    SubmissionRepository submissions(connection, actor);
    std::optional<AssignmentRecord> chosen;
    std::optional<QVector<StudentResultRow>> rows;
    if (assignmentId != 0) {
        const Result<AssignmentRecord> assignment = assignments.find(assignmentId);
        if (!assignment)
            return assignment.error();
        if (assignment->cohortId != cohortId)
            return makeError(
                QStringLiteral("assignment %1 does not belong to cohort \"%2\"").arg(assignmentId).arg(cohort->name));
        chosen = *assignment;
    } else {
        const Result<QVector<AssignmentRecord>> all = assignments.forCohort(cohortId);
        if (!all)
            return all.error();
        if (all->isEmpty())
            return makeError(QStringLiteral("cohort \"%1\" has no assignments").arg(cohort->name));
        for (const AssignmentRecord &candidate : *all) {
            Result<QVector<StudentResultRow>> candidateRows = submissions.resultsForAssignment(candidate.id);
            if (!candidateRows)
                return candidateRows.error();
            if (std::any_of(candidateRows->begin(), candidateRows->end(),
                    [](const StudentResultRow &r) { return r.agreedScores.has_value(); })) {
                chosen = candidate;
                rows = std::move(candidateRows).value();
                break;
            }
        }
        if (!chosen)
            chosen = all->first();
    }
    if (!rows) {
        Result<QVector<StudentResultRow>> chosenRows = submissions.resultsForAssignment(chosen->id);
        if (!chosenRows)
            return chosenRows.error();
        rows = std::move(chosenRows).value();
    }
    const Result<Rubric> rubric = RubricRepository(connection).load(chosen->rubricId);
    if (!rubric)
        return rubric.error();
    const Result<QVector<DoubleMarking>> doubleMarkings
        = DoubleMarkingRepository(connection, actor).forAssignment(chosen->id);
    if (!doubleMarkings)
        return doubleMarkings.error();
    CohortReport report = compute(*rubric, *rows, *doubleMarkings);
    report.cohortId = cohortId;
    report.cohortName = cohort->name;
    report.assignmentId = chosen->id;
    report.assignmentTitle = chosen->title;
    return report;
}

} // namespace prepmark
