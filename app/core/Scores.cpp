#include "Scores.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

std::optional<double> dimensionScore(const Dimension &dimension, const CriterionLevels &levels)
{
    double weighted = 0.0;
    double weights = 0.0;
    for (const Criterion &criterion : dimension.criteria) {
        const auto it = levels.constFind(criterion.key);
        if (it == levels.constEnd())
            continue;
        weighted += criterion.weight * *it;
        weights += criterion.weight;
    }
    if (weights <= 0.0)
        return std::nullopt;
    double score = weighted / weights;
    for (const Criterion &criterion : dimension.criteria) {
        const auto it = levels.constFind(criterion.key);
        if (criterion.essential && it != levels.constEnd() && *it < dimension.threshold)
            score = std::min(score, double(*it));
    }
    return score;
}

Status validateLevels(const Rubric &rubric, const CriterionLevels &levels)
{
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        if (!rubric.criterion(it.key()))
            return makeError(QStringLiteral("criterion \"%1\" is not in rubric %2").arg(it.key(), rubric.identity()));
        if (*it < rubric.scale.min || *it > rubric.scale.max)
            return makeError(QStringLiteral("criterion \"%1\": level %2 is outside the scale %3-%4")
                                 .arg(it.key())
                                 .arg(*it)
                                 .arg(rubric.scale.min)
                                 .arg(rubric.scale.max));
    }
    return {};
}

Result<DimensionScores> scoreDimensions(const Rubric &rubric, const CriterionLevels &levels)
{
    if (const Status valid = validateLevels(rubric, levels); !valid)
        return valid.error();
    DimensionScores scores;
    for (const Dimension &dimension : rubric.dimensions) {
        const std::optional<double> score = dimensionScore(dimension, levels);
        if (!score)
            return makeError(QStringLiteral("dimension \"%1\" has no marked criterion").arg(dimension.key));
        scores.insert(dimension.key, *score);
    }
    return scores;
}

Status validateScores(const Rubric &rubric, const DimensionScores &scores)
{
    for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
        if (rubric.indexOfDimension(it.key()) < 0)
            return makeError(QStringLiteral("\"%1\" is not a dimension of rubric %2 (dimensions: %3)")
                                 .arg(it.key(), rubric.identity(), rubric.dimensionKeys().join(QStringLiteral(", "))));
        if (!std::isfinite(*it) || *it < rubric.scale.min || *it > rubric.scale.max)
            return makeError(QStringLiteral("%1: score %2 is outside the scale %3-%4")
                                 .arg(it.key())
                                 .arg(*it)
                                 .arg(rubric.scale.min)
                                 .arg(rubric.scale.max));
    }
    for (const Dimension &dimension : rubric.dimensions) {
        if (!scores.contains(dimension.key))
            return makeError(QStringLiteral("no score for dimension \"%1\"").arg(dimension.key));
    }
    return {};
}

Result<DimensionScores> parseScoreList(const Rubric &rubric, const QString &text)
{
    DimensionScores scores;
    const QStringList items = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const qsizetype equals = item.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return makeError(QStringLiteral("\"%1\" is not key=score").arg(item.trimmed()));
        const QString key = item.left(equals).trimmed();
        bool isNumber = false;
        const double value = item.mid(equals + 1).trimmed().toDouble(&isNumber);
        if (!isNumber)
            return makeError(QStringLiteral("%1: \"%2\" is not a number").arg(key, item.mid(equals + 1).trimmed()));
        if (scores.contains(key))
            return makeError(QStringLiteral("%1: given twice").arg(key));
        scores.insert(key, value);
    }
    const Status valid = validateScores(rubric, scores);
    if (!valid)
        return valid.error();
    return scores;
}

} // namespace prepmark
