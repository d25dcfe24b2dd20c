#include "TestSignals.h"

#include "audio/measure/AudioBlock.h"
#include "audio/measure/Decibels.h"
#include "audio/measure/TrackAnalysis.h"
#include "audio/measure/TruePeakMeter.h"

#include <QTest>

#include <ebur128.h>

#include <cmath>
#include <numbers>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

// Feeds the meter in uneven blocks, so that history across block edges matters.
double measureTruePeak(const Samples &interleaved, int channels, int rate, truepeak::Kernel kernel)
{
    TruePeakMeter meter(kernel);
    AudioFormat format;
    format.sampleRate = rate;
    format.channels = channels;
    format.frames = qint64(interleaved.size()) / channels;
    meter.initialize(format);
    const qint64 sizes[] = {1000, 37, 4096, 1, 513};
    std::vector<std::vector<float>> planar(static_cast<size_t>(channels));
    qint64 position = 0;
    for (int step = 0; position < format.frames; ++step) {
        const qint64 frames = std::min(sizes[step % 5], format.frames - position);
        std::vector<const float *> pointers;
        for (int c = 0; c < channels; ++c) {
            planar[size_t(c)].resize(size_t(frames));
            for (qint64 i = 0; i < frames; ++i)
                planar[size_t(c)][size_t(i)] = interleaved[size_t((position + i) * channels + c)];
            pointers.push_back(planar[size_t(c)].data());
        }
        meter.process(AudioBlock {interleaved.data() + position * channels, pointers, frames, position});
        position += frames;
    }
    TrackAnalysis result;
    meter.finish(result);
    return result.truePeakDbtp;
}

double libebur128TruePeak(const Samples &interleaved, int channels, int rate)
{
    ebur128_state *state = ebur128_init(unsigned(channels), unsigned(rate), EBUR128_MODE_TRUE_PEAK);
    ebur128_add_frames_float(state, interleaved.data(), interleaved.size() / size_t(channels));
    double peak = 0.0;
    for (int c = 0; c < channels; ++c) {
        double channelPeak = 0.0;
        ebur128_true_peak(state, unsigned(c), &channelPeak);
        peak = std::max(peak, channelPeak);
    }
    ebur128_destroy(&state);
    return amplitudeToDb(peak);
}

} // namespace

class TestTruePeakMeter : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithLibebur128_data()
    {
        QTest::addColumn<Samples>("samples");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("rate");
        const double quarterPi = std::numbers::pi / 4.0;
        QTest::newRow("fs/4 sine, 45 degrees, 48 kHz") << sine(12000.0, -6.0, 1.0, 48000, quarterPi) << 1 << 48000;
        QTest::newRow("fs/4 sine, 45 degrees, 44.1 kHz") << sine(11025.0, -1.0, 1.0, 44100, quarterPi) << 1 << 44100;
        QTest::newRow("997 Hz sine at -1 dBFS") << sine(997.0, -1.0, 1.0, 48000) << 1 << 48000;
        QTest::newRow("5 kHz sine") << sine(5000.0, -3.0, 1.0, 48000, 0.3) << 1 << 48000;
        QTest::newRow("10 kHz sine") << sine(10000.0, -3.0, 1.0, 48000, 1.1) << 1 << 48000;
        QTest::newRow("white noise") << noise(-12.0, 2.0, 48000) << 1 << 48000;
        QTest::newRow("kick drum") << kick(-2.0, 48000) << 1 << 48000;
        Samples square = sine(1000.0, 6.0, 0.5, 48000);
        for (float &sample : square)
            sample = std::clamp(sample, -0.9f, 0.9f);
        QTest::newRow("hard-clipped sine (square-ish)") << square << 1 << 48000;
        QTest::newRow("stereo, different channels")
            << stereo(sine(440.0, -10.0, 1.0, 48000), sine(12000.0, -3.0, 1.0, 48000, quarterPi)) << 2 << 48000;
        QTest::newRow("fs/4 sine, 45 degrees, 96 kHz (2x)") << sine(24000.0, -6.0, 1.0, 96000, quarterPi) << 1 << 96000;
    }

    void agreesWithLibebur128()
    {
        QFETCH(Samples, samples);
        QFETCH(int, channels);
        QFETCH(int, rate);
        const double reference = libebur128TruePeak(samples, channels, rate);
        for (truepeak::Kernel kernel : {truepeak::Kernel::Scalar, truepeak::Kernel::Sse2, truepeak::Kernel::Avx2Fma}) {
            const double measured = measureTruePeak(samples, channels, rate, kernel);
            if (std::fabs(measured - reference) > 0.1)
                QFAIL(qPrintable(QStringLiteral("%1 kernel: %2 dBTP, libebur128 %3 dBTP")
                                     .arg(QLatin1String(truepeak::kernelName(kernel)))
                                     .arg(measured)
                                     .arg(reference)));
        }
    }

    // The inter-sample peak of a fs/4 sine at 45 degrees is 3 dB above its samples.
    void findsInterSamplePeak()
    {
        Samples samples = sine(12000.0, -6.0, 1.0, 48000, std::numbers::pi / 4.0);
        fade(samples, 48000, 0.05, 0.05); // an abrupt start would ring above the sine
        const double samplePeak = amplitudeToDb(0.5 * std::sqrt(0.5));
        QVERIFY(std::fabs(samplePeak - -9.03) < 0.05);
        const double truePeak = measureTruePeak(samples, 1, 48000, truepeak::bestKernel());
        QVERIFY2(std::fabs(truePeak - -6.02) < 0.1, qPrintable(QString::number(truePeak)));
    }

    // Against the exact peak of sines: never above it by more than the filter's
    // error, never below it by more than the 4x grid can miss (the peak may fall
    // halfway between two oversampled points).
    void boundedByTheAnalyticPeak_data()
    {
        QTest::addColumn<double>("frequency");
        for (double frequency : {100.0, 1000.0, 3000.0, 7000.0, 11000.0, 13000.0, 15000.0})
            QTest::addRow("%.0f Hz", frequency) << frequency;
    }

    void boundedByTheAnalyticPeak()
    {
        QFETCH(double, frequency);
        const int rate = 48000;
        const double gridLossDb = amplitudeToDb(std::cos(std::numbers::pi * frequency / (4.0 * rate)));
        for (int step = 0; step < 9; ++step) {
            const double phase = 0.37 * step;
            Samples samples = sine(frequency, -6.0, 0.5, rate, phase);
            fade(samples, rate, 0.05, 0.05); // no onset transient
            const double measured = measureTruePeak(samples, 1, rate, truepeak::bestKernel());
            QVERIFY2(measured <= -6.0 + 0.06 && measured >= -6.0 + gridLossDb - 0.06,
                qPrintable(QStringLiteral("phase %1: %2 dBTP").arg(phase).arg(measured)));
        }
    }

    // Blocks that cannot raise the peak found so far are skipped; one whose samples
    // are quieter than an earlier block's but whose inter-sample peak is higher
    // must still be measured.
    void quieterSamplesHigherTruePeak()
    {
        Samples loudSamples = sine(1000.0, -6.0, 0.5, 48000);
        fade(loudSamples, 48000, 0.05, 0.05);
        Samples interSample = sine(12000.0, -4.0, 0.5, 48000, std::numbers::pi / 4.0); // samples at -7 dBFS
        fade(interSample, 48000, 0.05, 0.05);
        const double truePeak = measureTruePeak(concat(loudSamples, interSample), 1, 48000, truepeak::bestKernel());
        QVERIFY2(std::fabs(truePeak - -4.0) < 0.1, qPrintable(QString::number(truePeak)));
    }

    void kernelsAgreeWithEachOther()
    {
        const Samples samples = noise(-6.0, 1.0, 48000, 42);
        const double scalar = measureTruePeak(samples, 1, 48000, truepeak::Kernel::Scalar);
        QCOMPARE_LT(std::fabs(measureTruePeak(samples, 1, 48000, truepeak::Kernel::Sse2) - scalar), 1e-4);
        QCOMPARE_LT(std::fabs(measureTruePeak(samples, 1, 48000, truepeak::Kernel::Avx2Fma) - scalar), 1e-4);
    }

    // A peak in the last samples of a file is found (the filter is flushed).
    void peakAtTheVeryEnd()
    {
        Samples samples(4800, 0.0f);
        samples.back() = 0.5f;
        QVERIFY(measureTruePeak(samples, 1, 48000, truepeak::bestKernel()) >= amplitudeToDb(0.5) - 0.01);
    }

    void silenceIsMinusInfinity()
    {
        const double peak = measureTruePeak(Samples(1000, 0.0f), 1, 48000, truepeak::bestKernel());
        QVERIFY(std::isinf(peak) && peak < 0);
    }
};

QTEST_GUILESS_MAIN(TestTruePeakMeter)
#include "tst_truepeakmeter.moc"
