#pragma once

#include "Result.h"
#include "Rubric.h"

#include <QMap>
#include <QString>

#include <optional>

namespace prepmark {

// Levels given to criteria, by criterion key (each level on the rubric's scale).
using CriterionLevels = QMap<QString, int>;
// Scores of dimensions, by dimension key, on the rubric's scale (1.00-5.00 by default).
using DimensionScores = QMap<QString, double>;

// A dimension's score is the weighted mean of the levels of its criteria:
//     score = sum(w_c * level_c) / sum(w_c)   over the criteria c that have a level.
// Criteria without a level are left out (a partly marked dimension); the result is
// std::nullopt when none of the dimension's criteria has a level. An essential
// criterion (Criterion::essential) whose level is below the dimension's threshold
// caps the score at that level, so the weighted mean cannot average it away.
std::optional<double> dimensionScore(const Dimension &dimension, const CriterionLevels &levels);

// dimensionScore() for every dimension of the rubric; fails, naming the criterion and
// the dimension, when a dimension has no marked criterion or a level is off the scale.
Result<DimensionScores> scoreDimensions(const Rubric &rubric, const CriterionLevels &levels);

// Checks that every level names a criterion of the rubric and lies on its scale.
Status validateLevels(const Rubric &rubric, const CriterionLevels &levels);

// Checks that scores cover exactly the rubric's dimensions, each on the scale.
Status validateScores(const Rubric &rubric, const DimensionScores &scores);

// Parses "signal_integrity=2.5,workflow_facilitation=5" into scores; the keys are
// checked against the rubric.
Result<DimensionScores> parseScoreList(const Rubric &rubric, const QString &text);

} // namespace prepmark
