#include "AutoGrader.h"

#include "CheckRegistry.h"
#include "grading/facts/GradingContext.h"

namespace prepmark {

AutoGrader::AutoGrader(Rubric rubric) : m_rubric(std::move(rubric)) { }

AnalysisOptions AutoGrader::analysisOptions(const Exercise &exercise, const PreparedStems &stems, int threads)
{
    AnalysisOptions options;
    options.threads = threads;
    options.pairsByName = false; // the answer key names the related pairs
    for (const ExpectedPair &pair : exercise.answerKey.pairs) {
        const PreparedStem *a = stems.forTrack(pair.a);
        const PreparedStem *b = stems.forTrack(pair.b);
        if (a && b)
            options.pairs << TrackPairRequest {a->path, b->path, true};
    }
    return options;
}

Result<GradingReport> AutoGrader::grade(const GradingInput &input) const
{
    const Result<GradingContext> context = GradingContext::build(input);
    if (!context)
        return context.error();

    GradingReport report;
    report.rubric = m_rubric.identity();
    report.exercise = input.exercise.key;
    for (const Dimension &dimension : m_rubric.dimensions) {
        for (const Criterion &criterion : dimension.criteria) {
            CriterionGrade grade;
            grade.key = criterion.key;
            grade.name = criterion.name;
            grade.dimension = dimension.key;
            grade.check = criterion.check;
            if (criterion.check.isEmpty()) {
                grade.evidence << QStringLiteral("Lecturer only: no automatic check covers this criterion.");
            } else if (const GradingCheck *check = CheckRegistry::find(criterion.check)) {
                CheckOutcome outcome = check->judge(*context);
                if (outcome.level && (*outcome.level < m_rubric.scale.min || *outcome.level > m_rubric.scale.max))
                    return makeError(QStringLiteral("check \"%1\" gave level %2, outside the rubric's scale")
                                         .arg(criterion.check)
                                         .arg(*outcome.level));
                grade.level = outcome.level;
                grade.evidence = outcome.evidence;
                if (!grade.level)
                    grade.evidence.prepend(
                        QStringLiteral("Lecturer only: nothing for the check to judge in this exercise."));
                if (grade.evidence.isEmpty())
                    grade.evidence << QStringLiteral("Level %1.").arg(*grade.level);
            } else {
                return makeError(QStringLiteral("rubric %1: criterion \"%2\" asks for unknown check \"%3\"")
                                     .arg(m_rubric.identity(), criterion.key, criterion.check));
            }
            if (grade.level)
                report.levels.insert(grade.key, *grade.level);
            report.criteria << grade;
        }
    }

    // The automatic verdict covers the judged dimensions; the others wait for a lecturer.
    Rubric judged = m_rubric;
    judged.dimensions.clear();
    for (const Dimension &dimension : m_rubric.dimensions) {
        const std::optional<double> score = dimensionScore(dimension, report.levels);
        if (score) {
            report.scores.insert(dimension.key, *score);
            judged.dimensions << dimension;
        } else {
            report.lecturerOnlyDimensions << dimension.key;
        }
    }
    if (judged.dimensions.isEmpty()) {
        report.verdict.adequate = false;
        return report;
    }
    const Result<Verdict> verdict = VerdictEngine::evaluate(judged, report.scores, VerdictPolicy::Conjunctive);
    if (!verdict)
        return verdict.error();
    report.verdict = *verdict;
    return report;
}

} // namespace prepmark
