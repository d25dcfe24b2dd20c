#pragma once

#include "Result.h"
#include "Rubric.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

// How a student's attempts in one dimension are summed up into where they stand now.
// With scores s_1 .. s_n in the order the attempts were made:
enum class StandingMethod {
    MostRecent, // standing = s_n
    DecayingAverage, // d_1 = s_1;  d_k = d_(k-1) * (1 - r) + s_k * r;  standing = d_n
    Highest, // standing = max(s_k)
    Mean, // standing = (s_1 + ... + s_n) / n
    TimesAtThreshold, // standing = the t-th highest score (t = requiredTimes), so it is at
                      // threshold exactly when t attempts reached it; none with fewer
                      // than t attempts
};

QString standingMethodName(StandingMethod method); // "most-recent", "decaying-average", ...
Result<StandingMethod> standingMethodFromName(const QString &name);

struct StandingOptions
{
    StandingMethod method = StandingMethod::DecayingAverage;
    double decayRate = 0.65; // r in (0, 1]; the weight of the newest attempt
    int requiredTimes = 2; // t for TimesAtThreshold, >= 1
};

struct Standing
{
    std::optional<double> value; // none with no attempts (or fewer than t for TimesAtThreshold)
    bool atThreshold = false; // value >= threshold
    int attempts = 0;
};

// Where a student stands in every dimension, and whether they are adequate now:
// adequate <=> every dimension's standing is at its threshold at the same time.
struct StandingProfile
{
    QMap<QString, Standing> dimensions; // by dimension key
    bool adequateNow = false;
    QStringList blocking; // in rubric order: standings below threshold or missing
};

// scoresInOrder: one dimension's scores, oldest attempt first.
Standing computeStanding(const QVector<double> &scoresInOrder, double threshold, const StandingOptions &options);

// history: for each dimension key, its scores oldest first. Dimensions without
// attempts block adequacy.
StandingProfile computeStandingProfile(
    const Rubric &rubric, const QMap<QString, QVector<double>> &history, const StandingOptions &options);

} // namespace prepmark
