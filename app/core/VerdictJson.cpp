#include "VerdictJson.h"

#include <QJsonArray>

#include <cmath>

namespace prepmark {

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonObject verdictToJson(const Verdict &verdict)
{
    QJsonArray dimensions;
    for (const DimensionOutcome &outcome : verdict.dimensions) {
        dimensions.append(QJsonObject{
            {QStringLiteral("key"), outcome.key},
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("score"), round2(outcome.score)},
            {QStringLiteral("threshold"), outcome.threshold},
            {QStringLiteral("margin"), round2(outcome.margin)},
            {QStringLiteral("nearThreshold"), outcome.nearThreshold},
        });
    }
    return QJsonObject{
        {QStringLiteral("adequate"), verdict.adequate},
        {QStringLiteral("mean"), round2(verdict.mean)},
        {QStringLiteral("blocking"), QJsonArray::fromStringList(verdict.blocking)},
        {QStringLiteral("masked"), verdict.masked},
        {QStringLiteral("policy"), policyName(verdict.policy)},
        {QStringLiteral("dimensions"), dimensions},
    };
}

} // namespace prepmark
