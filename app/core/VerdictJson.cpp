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
        dimensions.append(QJsonObject {
            {QStringLiteral("key"), outcome.key},
            {QStringLiteral("name"), outcome.name},
            {QStringLiteral("score"), round2(outcome.score)},
            {QStringLiteral("threshold"), outcome.threshold},
            {QStringLiteral("margin"), round2(outcome.margin)},
            {QStringLiteral("nearThreshold"), outcome.nearThreshold},
        });
    }
    return QJsonObject {
        {QStringLiteral("adequate"), verdict.adequate},
        {QStringLiteral("mean"), round2(verdict.mean)},
        {QStringLiteral("blocking"), QJsonArray::fromStringList(verdict.blocking)},
        {QStringLiteral("masked"), verdict.masked},
        {QStringLiteral("policy"), policyName(verdict.policy)},
        {QStringLiteral("dimensions"), dimensions},
    };
}

Result<Verdict> verdictFromJson(const QJsonObject &json)
{
    Verdict verdict;
    const Result<VerdictPolicy> policy = policyFromName(json.value(QStringLiteral("policy")).toString());
    if (!policy)
        return policy.error();
    verdict.policy = *policy;
    verdict.adequate = json.value(QStringLiteral("adequate")).toBool();
    verdict.mean = json.value(QStringLiteral("mean")).toDouble();
    verdict.masked = json.value(QStringLiteral("masked")).toBool();
    for (const QJsonValue &key : json.value(QStringLiteral("blocking")).toArray())
        verdict.blocking << key.toString();
    for (const QJsonValue &value : json.value(QStringLiteral("dimensions")).toArray()) {
        const QJsonObject d = value.toObject();
        DimensionOutcome outcome;
        outcome.key = d.value(QStringLiteral("key")).toString();
        outcome.name = d.value(QStringLiteral("name")).toString();
        outcome.score = d.value(QStringLiteral("score")).toDouble();
        outcome.threshold = d.value(QStringLiteral("threshold")).toDouble();
        outcome.margin = d.value(QStringLiteral("margin")).toDouble();
        outcome.nearThreshold = d.value(QStringLiteral("nearThreshold")).toBool();
        outcome.meetsThreshold = atLeast(outcome.score, outcome.threshold);
        if (outcome.key.isEmpty())
            return makeError(QStringLiteral("verdict: a dimension without a key"));
        verdict.dimensions << outcome;
    }
    if (verdict.dimensions.isEmpty())
        return makeError(QStringLiteral("verdict: no dimensions"));
    return verdict;
}

} // namespace prepmark
