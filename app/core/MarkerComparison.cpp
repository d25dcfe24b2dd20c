#include "MarkerComparison.h"

#include "Verdict.h"

#include <cmath>

namespace prepmark {

QStringList MarkerComparison::dimensionsBeyondTolerance() const
{
    QStringList keys;
    for (const DimensionDifference &d : dimensions) {
        if (d.beyondTolerance)
            keys << d.key;
    }
    return keys;
}

Result<MarkerComparison> compareMarkers(
    const Rubric &rubric, const DimensionScores &first, const DimensionScores &second, double tolerance)
{
    if (!(tolerance > 0.0) || !std::isfinite(tolerance))
        return makeError(QStringLiteral("moderation tolerance %1 must be a positive number").arg(tolerance));
    const Result<Verdict> firstVerdict = VerdictEngine::evaluate(rubric, first);
    if (!firstVerdict)
        return makeError(QStringLiteral("first marker's scores: %1").arg(firstVerdict.errorMessage()));
    const Result<Verdict> secondVerdict = VerdictEngine::evaluate(rubric, second);
    if (!secondVerdict)
        return makeError(QStringLiteral("second marker's scores: %1").arg(secondVerdict.errorMessage()));

    MarkerComparison comparison;
    comparison.tolerance = tolerance;
    comparison.firstAdequate = firstVerdict->adequate;
    comparison.secondAdequate = secondVerdict->adequate;
    bool beyond = false;
    for (const Dimension &dimension : rubric.dimensions) {
        MarkerComparison::DimensionDifference d;
        d.key = dimension.key;
        d.first = first.value(dimension.key);
        d.second = second.value(dimension.key);
        d.difference = d.second - d.first;
        d.beyondTolerance = std::abs(d.difference) > tolerance + kScoreEpsilon;
        beyond = beyond || d.beyondTolerance;
        comparison.meanScores.insert(dimension.key, (d.first + d.second) / 2.0);
        comparison.dimensions << d;
    }
    comparison.meanAdequate = VerdictEngine::evaluate(rubric, comparison.meanScores).value().adequate;
    comparison.needsModeration = beyond || comparison.adequacyDisagrees() || comparison.meanFlipsVerdict();
    return comparison;
}

} // namespace prepmark
