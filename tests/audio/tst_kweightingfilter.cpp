#include "TestSignals.h"

#include "audio/measure/KWeightingFilter.h"

#include <QTest>

#include <cmath>
#include <complex>
#include <numbers>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

const SimdKernel kKernels[] = {SimdKernel::Scalar, SimdKernel::Sse2, SimdKernel::Avx2Fma};

// |H(e^jw)| of the cascade at `frequency`, in dB.
double gainDb(int rate, double frequency)
{
    const auto response = [&](const kweighting::Biquad &q) {
        const std::complex<double> z1 = std::polar(1.0, -2.0 * std::numbers::pi * frequency / rate);
        return (q.b0 + q.b1 * z1 + q.b2 * z1 * z1) / (1.0 + q.a1 * z1 + q.a2 * z1 * z1);
    };
    return 20.0
        * std::log10(
            std::abs(response(KWeightingFilter::preFilter(rate)) * response(KWeightingFilter::highPass(rate))));
}

} // namespace

class TestKWeightingFilter : public QObject
{
    Q_OBJECT

private slots:
    // ITU-R BS.1770-4, tables 1 and 2: the coefficients at 48 kHz.
    void coefficientsAt48kHzAreTheStandardsTable()
    {
        const kweighting::Biquad pre = KWeightingFilter::preFilter(48000);
        const kweighting::Biquad high = KWeightingFilter::highPass(48000);
        const double tolerance = 1e-9;
        QCOMPARE_LT(std::fabs(pre.b0 - 1.53512485958697), tolerance);
        QCOMPARE_LT(std::fabs(pre.b1 - -2.69169618940638), tolerance);
        QCOMPARE_LT(std::fabs(pre.b2 - 1.19839281085285), tolerance);
        QCOMPARE_LT(std::fabs(pre.a1 - -1.69065929318241), tolerance);
        QCOMPARE_LT(std::fabs(pre.a2 - 0.73248077421585), tolerance);
        QCOMPARE(high.b0, 1.0);
        QCOMPARE(high.b1, -2.0);
        QCOMPARE(high.b2, 1.0);
        QCOMPARE_LT(std::fabs(high.a1 - -1.99004745483398), tolerance);
        QCOMPARE_LT(std::fabs(high.a2 - 0.99007225036621), tolerance);
    }

    // The response is the same curve at every rate (bilinear, pre-warped): +4 dB of
    // shelf at high frequencies, -13 dB at 20 Hz, within 0.05 dB of 48 kHz's up to
    // 10 kHz. Not closer: the high-pass's numerator (1, -2, 1) gives it a passband gain
    // of 1 + K/Q + K^2, +0.043 dB at 48 kHz but +0.011 dB at 192 kHz (libebur128's
    // response, to which LoudnessMeter is compared).
    void responseDoesNotDependOnTheRate()
    {
        for (const double frequency : {20.0, 50.0, 100.0, 500.0, 1000.0, 2000.0, 5000.0, 10000.0}) {
            const double reference = gainDb(48000, frequency);
            for (const int rate : {44100, 88200, 96000, 192000}) {
                QVERIFY2(std::fabs(gainDb(rate, frequency) - reference) < 0.05,
                    qPrintable(QStringLiteral("%1 Hz at %2 Hz: %3 dB, %4 dB at 48 kHz")
                                   .arg(frequency)
                                   .arg(rate)
                                   .arg(gainDb(rate, frequency))
                                   .arg(reference)));
            }
        }
        QVERIFY(std::fabs(gainDb(48000, 1000.0) - 0.691) < 0.01); // hence BS.1770's -0.691
        QVERIFY(std::fabs(gainDb(48000, 10000.0) - 4.0) < 0.1);
        QVERIFY(gainDb(48000, 20.0) < -10.0);
    }

    void segmentLengthDividesTheSubBlock_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("44.1 kHz") << 44100 << qint64(882);
        QTest::newRow("48 kHz") << 48000 << qint64(960);
        QTest::newRow("96 kHz") << 96000 << qint64(960);
        QTest::newRow("8 kHz") << 8000 << qint64(800);
        QTest::newRow("22.05 kHz") << 22050 << qint64(735);
        // 100 ms = 1009 samples, a prime: one segment per sub-block.
        QTest::newRow("10.09 kHz") << 10090 << qint64(1009);
    }

    void segmentLengthDividesTheSubBlock()
    {
        QFETCH(int, rate);
        QFETCH(qint64, expected);
        const qint64 subBlock = (rate + 5) / 10;
        const KWeightingFilter filter(rate, subBlock);
        QCOMPARE(filter.segmentLength(), expected);
        QCOMPARE(subBlock % filter.segmentLength(), 0);
        QCOMPARE(filter.runLength(), KWeightingFilter::kLanes * expected);
    }

    // The error bound of KWeightingFilter.h: each kernel's segment sums against the
    // serial recursion over several runs (the state carried from run to run), within
    // 1e-8 of the segment's sum plus 1e-12 of the largest squared input of a run so far.
    void runsMatchTheSerialFilter_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<Samples>("signal");
        for (const int rate : {44100, 48000, 96000}) {
            const double seconds = 8.0 * 1024 * 5 / rate; // five runs at most
            QTest::addRow("noise, %d Hz", rate) << rate << noise(-10.0, seconds, rate, 5);
            QTest::addRow("full-scale 20 Hz sine, %d Hz", rate) << rate << sine(20.0, 0.0, seconds, rate);
            QTest::addRow("15 kHz sine, %d Hz", rate) << rate << sine(15000.0, -3.0, seconds, rate);
            Samples dc(size_t(seconds * rate), 0.5f);
            QTest::addRow("DC, %d Hz", rate) << rate << dc;
            // The high-pass rings for a while after the burst: quiet segments next to loud ones.
            QTest::addRow("burst, then silence, %d Hz", rate)
                << rate << concat(noise(-1.0, 0.05, rate, 6), silence(seconds - 0.05, rate));
        }
    }

    void runsMatchTheSerialFilter()
    {
        QFETCH(int, rate);
        QFETCH(Samples, signal);
        const KWeightingFilter filter(rate, (rate + 5) / 10);
        const qint64 length = filter.segmentLength();
        const qint64 runs = qint64(signal.size()) / filter.runLength();
        QVERIFY(runs >= 3);
        for (const SimdKernel kernel : kKernels) {
            KWeightingFilter::State state {};
            KWeightingFilter::State serialState {};
            double loudestInput = 0.0;
            for (qint64 run = 0; run < runs; ++run) {
                const float *x = signal.data() + run * filter.runLength();
                double sums[KWeightingFilter::kLanes];
                filter.runSumsOfSquares(kernel, x, state, sums);
                double serial[KWeightingFilter::kLanes];
                for (int i = 0; i < KWeightingFilter::kLanes; ++i)
                    serial[i] = filter.sumOfSquares(x + i * length, length, serialState);
                double input = 0.0;
                for (qint64 n = 0; n < filter.runLength(); ++n)
                    input += double(x[n]) * x[n];
                loudestInput = std::max(loudestInput, input);
                for (int i = 0; i < KWeightingFilter::kLanes; ++i) {
                    const double bound = 1e-8 * serial[i] + 1e-12 * loudestInput;
                    const double error = std::fabs(sums[i] - serial[i]);
                    QVERIFY2(error <= bound,
                        qPrintable(QStringLiteral("%1 kernel, run %2, segment %3: %4 vs %5")
                                       .arg(QLatin1String(simdKernelName(kernel)))
                                       .arg(run)
                                       .arg(i)
                                       .arg(sums[i], 0, 'g', 17)
                                       .arg(serial[i], 0, 'g', 17)));
                }
            }
            double stateScale = 0.0;
            for (int j = 0; j < 4; ++j)
                stateScale = std::max(stateScale, std::fabs(serialState[size_t(j)]));
            for (int j = 0; j < 4; ++j)
                QVERIFY(std::fabs(state[size_t(j)] - serialState[size_t(j)]) <= 1e-8 * stateScale + 1e-12);
        }
    }
};

QTEST_GUILESS_MAIN(TestKWeightingFilter)
#include "tst_kweightingfilter.moc"
