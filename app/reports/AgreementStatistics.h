#pragma once

#include <QVector>

#include <optional>

namespace prepmark {

// Inter-marker agreement statistics. Pure functions over ratings, no I/O.
//
// Each returns std::nullopt when the statistic is undefined for its input (no items,
// or no variation to compare against, e.g. kappa when both markers gave every item the
// same level: the chance agreement is then 1 and kappa is 0/0).

// Two markers' levels for one item (one criterion of one attempt), on an ordinal scale.
struct RatingPair
{
    int first = 0;
    int second = 0;
};

// Share of items with the same level from both markers, 0..1.
std::optional<double> exactAgreement(const QVector<RatingPair> &pairs);

// Share of items whose levels differ by at most one, 0..1.
std::optional<double> adjacentAgreement(const QVector<RatingPair> &pairs);

// Cohen's kappa with quadratic weights on the scale scaleMin..scaleMax:
//     kappa_w = 1 - sum(w_ij * o_ij) / sum(w_ij * e_ij),  w_ij = (i - j)^2 / (k - 1)^2
// where o is the observed and e the chance-expected table of proportions (e_ij =
// row_i * column_j). Empty categories do not change the value, so the scale's range
// only has to cover the levels given. With two categories it equals unweighted kappa.
// Levels outside the scale are a programmer error.
std::optional<double> quadraticWeightedKappa(const QVector<RatingPair> &pairs, int scaleMin, int scaleMax);

// Unweighted Cohen's kappa for two markers' yes/no decisions (e.g. adequate or not):
//     kappa = (p_o - p_e) / (1 - p_e)
struct DecisionPair
{
    bool first = false;
    bool second = false;
};
std::optional<double> cohenKappa(const QVector<DecisionPair> &pairs);
std::optional<double> decisionAgreement(const QVector<DecisionPair> &pairs); // share of equal decisions

// ICC(2,1), Shrout & Fleiss (1979): two-way random effects, absolute agreement, a
// single rater. ratings[i][j] is rater j's rating of target i; every target needs every
// rater (a complete n x k table, n >= 2, k >= 2), else nullopt. From the two-way ANOVA
// mean squares for targets (BMS), raters (JMS) and residual (EMS):
//     ICC(2,1) = (BMS - EMS) / (BMS + (k - 1) EMS + k (JMS - EMS) / n)
std::optional<double> intraclassCorrelation21(const QVector<QVector<double>> &ratings);

// Krippendorff's alpha with the ordinal metric (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"). units[u] holds the values the raters gave unit
// u (any number of raters; missing values are simply left out). Units with fewer than
// two values are not pairable and are ignored. With n_c the number of pairable values
// equal to c, the ordinal distance between levels c < k is
//     delta(c, k) = (sum_{g=c..k} n_g - (n_c + n_k) / 2)^2
// and alpha = 1 - (n - 1) * sum(o_ck delta_ck) / sum(n_c n_k delta_ck).
std::optional<double> krippendorffAlphaOrdinal(const QVector<QVector<int>> &units);

// Mean of (a - b) over the pairs: how much more generous marker a is than marker b.
struct ScorePair
{
    double a = 0.0;
    double b = 0.0;
};
std::optional<double> meanDifference(const QVector<ScorePair> &pairs);

// The per-dimension statistics of the cohort report, all over the same level pairs.
struct DimensionAgreement
{
    int pairs = 0;
    std::optional<double> exact;
    std::optional<double> adjacent;
    std::optional<double> weightedKappa;
    std::optional<double> icc;
    std::optional<double> alpha;
};
DimensionAgreement dimensionAgreement(const QVector<RatingPair> &pairs, int scaleMin, int scaleMax);

} // namespace prepmark
