#include "Standing.h"

#include "Verdict.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace prepmark {

QString standingMethodName(StandingMethod method)
{
    switch (method) {
    case StandingMethod::MostRecent:
        return QStringLiteral("most-recent");
    case StandingMethod::DecayingAverage:
        return QStringLiteral("decaying-average");
    case StandingMethod::Highest:
        return QStringLiteral("highest");
    case StandingMethod::Mean:
        return QStringLiteral("mean");
    case StandingMethod::TimesAtThreshold:
        return QStringLiteral("times-at-threshold");
    }
    return {};
}

Result<StandingMethod> standingMethodFromName(const QString &name)
{
    for (StandingMethod method : {StandingMethod::MostRecent, StandingMethod::DecayingAverage, StandingMethod::Highest,
             StandingMethod::Mean, StandingMethod::TimesAtThreshold}) {
        if (standingMethodName(method) == name)
            return method;
    }
    return makeError(QStringLiteral("unknown standing method \"%1\"").arg(name));
}

Standing computeStanding(const QVector<double> &scoresInOrder, double threshold, const StandingOptions &options)
{
    Q_ASSERT(options.decayRate > 0.0 && options.decayRate <= 1.0);
    Q_ASSERT(options.requiredTimes >= 1);

    Standing standing;
    standing.attempts = int(scoresInOrder.size());
    if (scoresInOrder.isEmpty())
        return standing;

    switch (options.method) {
    case StandingMethod::MostRecent:
        standing.value = scoresInOrder.last();
        break;
    case StandingMethod::DecayingAverage: {
        double decayed = scoresInOrder.first();
        for (qsizetype i = 1; i < scoresInOrder.size(); ++i)
            decayed = decayed * (1.0 - options.decayRate) + scoresInOrder[i] * options.decayRate;
        standing.value = decayed;
        break;
    }
    case StandingMethod::Highest:
        standing.value = *std::max_element(scoresInOrder.begin(), scoresInOrder.end());
        break;
    case StandingMethod::Mean:
        standing.value
            = std::accumulate(scoresInOrder.begin(), scoresInOrder.end(), 0.0) / double(scoresInOrder.size());
        break;
    case StandingMethod::TimesAtThreshold: {
        if (scoresInOrder.size() < options.requiredTimes)
            break;
        QVector<double> sorted = scoresInOrder;
        std::sort(sorted.begin(), sorted.end(), std::greater<double>());
        standing.value = sorted[options.requiredTimes - 1];
        break;
    }
    }
    standing.atThreshold = standing.value && atLeast(*standing.value, threshold);
    return standing;
}

StandingProfile computeStandingProfile(
    const Rubric &rubric, const QMap<QString, QVector<double>> &history, const StandingOptions &options)
{
    StandingProfile profile;
    for (const Dimension &dimension : rubric.dimensions) {
        const Standing standing = computeStanding(history.value(dimension.key), dimension.threshold, options);
        profile.dimensions.insert(dimension.key, standing);
        if (!standing.atThreshold)
            profile.blocking << dimension.key;
    }
    profile.adequateNow = profile.blocking.isEmpty();
    return profile;
}

} // namespace prepmark
