#pragma once

#include "Result.h"
#include "Rubric.h"
#include "Scores.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

// The default tolerance between two markers' scores on any dimension.
constexpr double kDefaultModerationTolerance = 1.0;

// Two markers' dimension scores for the same attempt, side by side, and whether they
// must go to moderation. A submission needs moderation when
//   - on any dimension |first - second| > tolerance, or
//   - the markers disagree on adequacy (their conjunctive verdicts differ), or
//   - they agree on adequacy but the mean of their scores, the proposed agreed
//     scores, would give the other verdict (agreeing the mean would silently flip it).
struct MarkerComparison
{
    struct DimensionDifference
    {
        QString key;
        double first = 0.0;
        double second = 0.0;
        double difference = 0.0; // second - first
        bool beyondTolerance = false; // |difference| > tolerance
    };

    double tolerance = kDefaultModerationTolerance;
    QVector<DimensionDifference> dimensions; // in rubric order
    bool firstAdequate = false;
    bool secondAdequate = false;
    bool meanAdequate = false;
    DimensionScores meanScores; // the proposed agreed scores
    bool needsModeration = false;

    QStringList dimensionsBeyondTolerance() const;
    bool adequacyDisagrees() const { return firstAdequate != secondAdequate; }
    // Both markers agree on adequacy, but the mean of their scores gives the other verdict.
    bool meanFlipsVerdict() const { return !adequacyDisagrees() && meanAdequate != firstAdequate; }
};

// Compares two complete sets of dimension scores; fails when either does not cover the
// rubric or the tolerance is not positive.
Result<MarkerComparison> compareMarkers(const Rubric &rubric, const DimensionScores &first,
    const DimensionScores &second, double tolerance = kDefaultModerationTolerance);

} // namespace prepmark
