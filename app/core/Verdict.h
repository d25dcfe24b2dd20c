#pragma once

#include "Result.h"
#include "Rubric.h"
#include "Scores.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

// How a verdict is reached. Conjunctive is PrepMark's policy; the other two exist
// only to compare with it and are never a silent default (docs/ARCHITECTURE.md, "The idea every part serves").
enum class VerdictPolicy {
    // adequate <=> every dimension d: score_d >= threshold_d
    Conjunctive,
    // adequate <=> mean >= meanPassLine
    Compensatory,
    // adequate <=> mean >= meanPassLine
    //              and every dimension d: score_d >= hybrid.floor
    //              and every required dimension r: score_r >= threshold_r
    Hybrid,
};

QString policyName(VerdictPolicy policy); // "conjunctive", "compensatory", "hybrid"
Result<VerdictPolicy> policyFromName(const QString &name);

// One dimension's place against its threshold.
struct DimensionOutcome
{
    QString key;
    QString name;
    double score = 0.0;
    double threshold = 0.0;
    double margin = 0.0; // score - threshold; negative below threshold
    bool meetsThreshold = false; // score >= threshold (to 1e-9)
    bool nearThreshold = false; // |margin| <= rubric.nearThresholdBand
};

struct Verdict
{
    VerdictPolicy policy = VerdictPolicy::Conjunctive;
    bool adequate = false;
    // The compensatory mean: the unweighted mean of the dimension scores, shown beside
    // the verdict, never instead of it.
    double mean = 0.0;
    // Dimensions that stop this verdict being adequate, in rubric order.
    //   conjunctive:  every dimension below its threshold
    //   hybrid:       every dimension below the floor, and every required dimension
    //                 below its threshold
    //   compensatory: none (only the mean decides)
    QStringList blocking;
    // Masked failure: the mean clears meanPassLine but the conjunctive verdict is
    // inadequate, i.e. an averaged grade would have passed a profile PrepMark does
    // not. A property of the profile, the same whichever policy was asked for.
    bool masked = false;
    QVector<DimensionOutcome> dimensions; // in rubric order
};

// Computes verdicts from dimension scores against a rubric. Pure: no I/O, no state.
class VerdictEngine
{
public:
    // Fails when the scores do not cover exactly the rubric's dimensions on its scale.
    static Result<Verdict> evaluate(
        const Rubric &rubric, const DimensionScores &scores, VerdictPolicy policy = VerdictPolicy::Conjunctive);

    // Dimensions that alone block the conjunctive verdict (the only dimension below its
    // threshold), for fail attribution; empty when zero or several dimensions block.
    static QString soleBlocker(const Verdict &conjunctiveVerdict);
};

// Score comparisons allow for floating-point error in weighted means.
constexpr double kScoreEpsilon = 1e-9;
inline bool atLeast(double value, double line)
{
    return value >= line - kScoreEpsilon;
}

} // namespace prepmark
