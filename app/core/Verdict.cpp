#include "Verdict.h"

#include <cmath>

namespace prepmark {

QString policyName(VerdictPolicy policy)
{
    switch (policy) {
    case VerdictPolicy::Conjunctive:
        return QStringLiteral("conjunctive");
    case VerdictPolicy::Compensatory:
        return QStringLiteral("compensatory");
    case VerdictPolicy::Hybrid:
        return QStringLiteral("hybrid");
    }
    return {};
}

Result<VerdictPolicy> policyFromName(const QString &name)
{
    for (VerdictPolicy policy : {VerdictPolicy::Conjunctive, VerdictPolicy::Compensatory, VerdictPolicy::Hybrid}) {
        if (policyName(policy) == name)
            return policy;
    }
    return makeError(QStringLiteral("unknown policy \"%1\" (conjunctive, compensatory or hybrid)").arg(name));
}

Result<Verdict> VerdictEngine::evaluate(const Rubric &rubric, const DimensionScores &scores, VerdictPolicy policy)
{
    const Status valid = validateScores(rubric, scores);
    if (!valid)
        return valid.error();

    Verdict verdict;
    verdict.policy = policy;
    double sum = 0.0;
    bool allMeet = true;
    for (const Dimension &dimension : rubric.dimensions) {
        DimensionOutcome outcome;
        outcome.key = dimension.key;
        outcome.name = dimension.name;
        outcome.score = scores.value(dimension.key);
        outcome.threshold = dimension.threshold;
        outcome.margin = outcome.score - outcome.threshold;
        outcome.meetsThreshold = atLeast(outcome.score, outcome.threshold);
        outcome.nearThreshold = std::abs(outcome.margin) <= rubric.nearThresholdBand + kScoreEpsilon;
        allMeet = allMeet && outcome.meetsThreshold;
        sum += outcome.score;
        verdict.dimensions << outcome;
    }
    verdict.mean = sum / rubric.dimensions.size();
    const bool meanClears = atLeast(verdict.mean, rubric.meanPassLine);
    verdict.masked = meanClears && !allMeet;

    switch (policy) {
    case VerdictPolicy::Conjunctive:
        for (const DimensionOutcome &outcome : verdict.dimensions) {
            if (!outcome.meetsThreshold)
                verdict.blocking << outcome.key;
        }
        verdict.adequate = allMeet;
        break;
    case VerdictPolicy::Compensatory:
        verdict.adequate = meanClears;
        break;
    case VerdictPolicy::Hybrid:
        for (const DimensionOutcome &outcome : verdict.dimensions) {
            const bool required = rubric.hybrid.required.contains(outcome.key);
            if (!atLeast(outcome.score, rubric.hybrid.floor) || (required && !outcome.meetsThreshold))
                verdict.blocking << outcome.key;
        }
        verdict.adequate = meanClears && verdict.blocking.isEmpty();
        break;
    }
    return verdict;
}

QString VerdictEngine::soleBlocker(const Verdict &conjunctiveVerdict)
{
    Q_ASSERT(conjunctiveVerdict.policy == VerdictPolicy::Conjunctive);
    return conjunctiveVerdict.blocking.size() == 1 ? conjunctiveVerdict.blocking.first() : QString();
}

} // namespace prepmark
