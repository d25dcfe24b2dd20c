#include "audio/measure/LoudnessHistogram.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace prepmark;

namespace {

// The exact computations on a list of block loudnesses (LUFS), for comparison.
struct ExactGating
{
    std::vector<double> energies; // above the absolute gate

    explicit ExactGating(const std::vector<double> &lufs)
    {
        for (double value : lufs)
            if (value >= LoudnessHistogram::kAbsoluteGateLufs)
                energies.push_back(LoudnessHistogram::lufsToEnergy(value));
    }

    std::vector<double> gated(double relativeGateLu) const
    {
        double mean = 0.0;
        for (double energy : energies)
            mean += energy / double(energies.size());
        std::vector<double> kept;
        for (double energy : energies)
            if (energy >= mean * std::pow(10.0, -relativeGateLu / 10.0))
                kept.push_back(energy);
        return kept;
    }

    double loudness(double relativeGateLu) const
    {
        const std::vector<double> kept = gated(relativeGateLu);
        double mean = 0.0;
        for (double energy : kept)
            mean += energy / double(kept.size());
        return LoudnessHistogram::energyToLufs(mean);
    }

    double range(double relativeGateLu, double low, double high) const
    {
        std::vector<double> kept = gated(relativeGateLu);
        std::sort(kept.begin(), kept.end());
        const auto at = [&](double p) {
            return LoudnessHistogram::energyToLufs(kept[size_t(std::llround(double(kept.size() - 1) * p))]);
        };
        return at(high) - at(low);
    }
};

} // namespace

class TestLoudnessHistogram : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoLoudness()
    {
        const LoudnessHistogram histogram;
        QCOMPARE(histogram.count(), 0);
        QVERIFY(std::isinf(histogram.gatedLoudness(10.0)));
        QVERIFY(std::isnan(histogram.loudnessRange(20.0, 0.1, 0.95)));
    }

    void absoluteGate()
    {
        LoudnessHistogram histogram;
        histogram.add(0.0);
        histogram.add(LoudnessHistogram::lufsToEnergy(-70.01));
        QCOMPARE(histogram.count(), 0);
        histogram.add(LoudnessHistogram::lufsToEnergy(-69.99));
        QCOMPARE(histogram.count(), 1);
        QVERIFY(std::fabs(histogram.gatedLoudness(10.0) - -69.99) < 1e-9);
    }

    void loudBlocksCountInTheTopBin()
    {
        LoudnessHistogram histogram;
        histogram.add(LoudnessHistogram::lufsToEnergy(45.0));
        histogram.add(LoudnessHistogram::lufsToEnergy(45.0));
        QVERIFY(std::fabs(histogram.gatedLoudness(10.0) - 45.0) < 1e-9); // energies are exact
        QCOMPARE(histogram.loudnessRange(20.0, 0.1, 0.95), 0.0);
    }

    // The error bound of LoudnessHistogram.h on random block loudnesses: integrated
    // within 0.005 LU (only blocks next to the gate are in doubt), range within 0.01 LU.
    void agreesWithTheExactList_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("spread");
        QTest::addColumn<int>("blocks");
        QTest::newRow("steady") << 1u << -23.0 << 1.0 << 3000;
        QTest::newRow("dynamic") << 2u << -30.0 << 12.0 << 6000;
        QTest::newRow("mostly below the absolute gate") << 3u << -75.0 << 6.0 << 2000;
        QTest::newRow("few blocks") << 4u << -20.0 << 8.0 << 5;
        QTest::newRow("one block") << 5u << -20.0 << 8.0 << 1;
    }

    void agreesWithTheExactList()
    {
        QFETCH(unsigned, seed);
        QFETCH(double, mean);
        QFETCH(double, spread);
        QFETCH(int, blocks);
        std::mt19937 generator(seed);
        std::normal_distribution<double> loudness(mean, spread);
        std::vector<double> values;
        LoudnessHistogram histogram;
        for (int i = 0; i < blocks; ++i) {
            values.push_back(loudness(generator));
            histogram.add(LoudnessHistogram::lufsToEnergy(values.back()));
        }
        const ExactGating exact(values);
        QCOMPARE(histogram.count(), qint64(exact.energies.size()));
        if (exact.energies.empty()) {
            QVERIFY(std::isinf(histogram.gatedLoudness(10.0)));
            return;
        }
        const double integrated = histogram.gatedLoudness(10.0);
        QVERIFY2(std::fabs(integrated - exact.loudness(10.0)) <= 0.005,
            qPrintable(QStringLiteral("%1 vs %2").arg(integrated).arg(exact.loudness(10.0))));
        const double range = histogram.loudnessRange(20.0, 0.10, 0.95);
        const double exactRange = exact.range(20.0, 0.10, 0.95);
        QVERIFY2(std::fabs(range - exactRange) <= 0.01 + 1e-9,
            qPrintable(QStringLiteral("%1 vs %2").arg(range).arg(exactRange)));
    }

    void clearForgetsEverything()
    {
        LoudnessHistogram histogram;
        histogram.add(LoudnessHistogram::lufsToEnergy(-10.0));
        histogram.clear();
        QCOMPARE(histogram.count(), 0);
        histogram.add(LoudnessHistogram::lufsToEnergy(-30.0));
        QVERIFY(std::fabs(histogram.gatedLoudness(10.0) - -30.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestLoudnessHistogram)
#include "tst_loudnesshistogram.moc"
