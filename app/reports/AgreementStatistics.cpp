#include "AgreementStatistics.h"

#include <QMap>

#include <cmath>

namespace prepmark {

namespace {
constexpr double kTiny = 1e-12;

std::optional<double> shareOf(const QVector<RatingPair> &pairs, int maxDistance)
{
    if (pairs.isEmpty())
        return std::nullopt;
    int within = 0;
    for (const RatingPair &p : pairs)
        within += std::abs(p.first - p.second) <= maxDistance ? 1 : 0;
    return double(within) / pairs.size();
}
} // namespace

std::optional<double> exactAgreement(const QVector<RatingPair> &pairs)
{
    return shareOf(pairs, 0);
}

std::optional<double> adjacentAgreement(const QVector<RatingPair> &pairs)
{
    return shareOf(pairs, 1);
}

std::optional<double> quadraticWeightedKappa(const QVector<RatingPair> &pairs, int scaleMin, int scaleMax)
{
    Q_ASSERT(scaleMax > scaleMin);
    if (pairs.isEmpty())
        return std::nullopt;
    const int k = scaleMax - scaleMin + 1;
    const double n = pairs.size();
    QVector<double> observed(qsizetype(k) * k, 0.0);
    QVector<double> rows(k, 0.0);
    QVector<double> columns(k, 0.0);
    for (const RatingPair &p : pairs) {
        Q_ASSERT(p.first >= scaleMin && p.first <= scaleMax && p.second >= scaleMin && p.second <= scaleMax);
        const int i = p.first - scaleMin;
        const int j = p.second - scaleMin;
        observed[i * k + j] += 1.0 / n;
        rows[i] += 1.0 / n;
        columns[j] += 1.0 / n;
    }
    double observedDisagreement = 0.0;
    double expectedDisagreement = 0.0;
    for (int i = 0; i < k; ++i) {
        for (int j = 0; j < k; ++j) {
            const double weight = double((i - j) * (i - j)) / double((k - 1) * (k - 1));
            observedDisagreement += weight * observed[i * k + j];
            expectedDisagreement += weight * rows[i] * columns[j];
        }
    }
    if (expectedDisagreement < kTiny)
        return std::nullopt;
    return 1.0 - observedDisagreement / expectedDisagreement;
}

std::optional<double> decisionAgreement(const QVector<DecisionPair> &pairs)
{
    if (pairs.isEmpty())
        return std::nullopt;
    int same = 0;
    for (const DecisionPair &p : pairs)
        same += p.first == p.second ? 1 : 0;
    return double(same) / pairs.size();
}

std::optional<double> cohenKappa(const QVector<DecisionPair> &pairs)
{
    if (pairs.isEmpty())
        return std::nullopt;
    const double n = pairs.size();
    double firstYes = 0.0;
    double secondYes = 0.0;
    for (const DecisionPair &p : pairs) {
        firstYes += p.first ? 1.0 : 0.0;
        secondYes += p.second ? 1.0 : 0.0;
    }
    const double observed = *decisionAgreement(pairs);
    const double expected = (firstYes / n) * (secondYes / n) + (1.0 - firstYes / n) * (1.0 - secondYes / n);
    if (1.0 - expected < kTiny)
        return std::nullopt;
    return (observed - expected) / (1.0 - expected);
}

std::optional<double> intraclassCorrelation21(const QVector<QVector<double>> &ratings)
{
    const qsizetype n = ratings.size();
    if (n < 2)
        return std::nullopt;
    const qsizetype k = ratings.first().size();
    if (k < 2)
        return std::nullopt;
    double grand = 0.0;
    for (const QVector<double> &target : ratings) {
        if (target.size() != k)
            return std::nullopt;
        for (double x : target)
            grand += x;
    }
    grand /= double(n * k);

    QVector<double> raterMeans(k, 0.0);
    double targetsSquares = 0.0;
    double total = 0.0;
    for (const QVector<double> &target : ratings) {
        double mean = 0.0;
        for (qsizetype j = 0; j < k; ++j) {
            mean += target[j];
            raterMeans[j] += target[j] / double(n);
            total += (target[j] - grand) * (target[j] - grand);
        }
        mean /= double(k);
        targetsSquares += double(k) * (mean - grand) * (mean - grand);
    }
    double ratersSquares = 0.0;
    for (double mean : raterMeans)
        ratersSquares += double(n) * (mean - grand) * (mean - grand);
    const double residualSquares = total - targetsSquares - ratersSquares;

    const double bms = targetsSquares / double(n - 1);
    const double jms = ratersSquares / double(k - 1);
    const double ems = residualSquares / double((n - 1) * (k - 1));
    const double denominator = bms + double(k - 1) * ems + double(k) * (jms - ems) / double(n);
    if (std::abs(denominator) < kTiny)
        return std::nullopt;
    return (bms - ems) / denominator;
}

std::optional<double> krippendorffAlphaOrdinal(const QVector<QVector<int>> &units)
{
    // Coincidences o[c][k] over the pairable units, each ordered pair of values from
    // different raters weighted 1 / (m_u - 1).
    QMap<int, QMap<int, double>> coincidences;
    for (const QVector<int> &values : units) {
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        for (qsizetype i = 0; i < m; ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                if (i != j)
                    coincidences[values[i]][values[j]] += 1.0 / double(m - 1);
            }
        }
    }
    const QList<int> levels = coincidences.keys(); // ascending
    if (levels.isEmpty())
        return std::nullopt;
    QMap<int, double> marginals;
    double n = 0.0;
    for (int c : levels) {
        for (double o : coincidences[c])
            marginals[c] += o;
        n += marginals[c];
    }
    // Cumulative marginals make the ordinal distance a difference of two prefix sums.
    QMap<int, double> below; // sum of n_g for g < c
    double running = 0.0;
    for (int c : levels) {
        below[c] = running;
        running += marginals[c];
    }
    auto distance = [&](int c, int k) {
        const int low = std::min(c, k);
        const int high = std::max(c, k);
        const double between = below[high] + marginals[high] - below[low];
        const double d = between - (marginals[c] + marginals[k]) / 2.0;
        return d * d;
    };
    double observed = 0.0;
    double expected = 0.0;
    for (int c : levels) {
        for (int k : levels) {
            observed += coincidences[c].value(k) * distance(c, k);
            expected += marginals[c] * marginals[k] * distance(c, k);
        }
    }
    if (expected < kTiny)
        return std::nullopt;
    return 1.0 - (n - 1.0) * observed / expected;
}

std::optional<double> meanDifference(const QVector<ScorePair> &pairs)
{
    if (pairs.isEmpty())
        return std::nullopt;
    double sum = 0.0;
    for (const ScorePair &p : pairs)
        sum += p.a - p.b;
    return sum / pairs.size();
}

DimensionAgreement dimensionAgreement(const QVector<RatingPair> &pairs, int scaleMin, int scaleMax)
{
    DimensionAgreement result;
    result.pairs = int(pairs.size());
    result.exact = exactAgreement(pairs);
    result.adjacent = adjacentAgreement(pairs);
    result.weightedKappa = quadraticWeightedKappa(pairs, scaleMin, scaleMax);
    QVector<QVector<double>> table;
    QVector<QVector<int>> units;
    table.reserve(pairs.size());
    units.reserve(pairs.size());
    for (const RatingPair &p : pairs) {
        table.append({double(p.first), double(p.second)});
        units.append({p.first, p.second});
    }
    result.icc = intraclassCorrelation21(table);
    result.alpha = krippendorffAlphaOrdinal(units);
    return result;
}

} // namespace prepmark
