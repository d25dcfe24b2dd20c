#include "TestSignals.h"

#include "audio/measure/AudioBlock.h"
#include "audio/measure/LoudnessHistogram.h"
#include "audio/measure/LoudnessMeter.h"
#include "audio/measure/TrackAnalysis.h"

#include <QTest>

#include <ebur128.h>

#include <algorithm>
#include <cmath>

using namespace prepmark;
using namespace prepmark::testsignals;

Q_DECLARE_METATYPE(prepmark::SimdKernel)

namespace {

struct Loudness
{
    double integrated = 0.0;
    double range = 0.0;
};

const SimdKernel kKernels[] = {SimdKernel::Scalar, SimdKernel::Sse2, SimdKernel::Avx2Fma};

// Through LoudnessMeter, in uneven blocks as a reader would feed it, with both
// layouts of AudioBlock.
Loudness measure(const Samples &interleaved, int channels, int rate, SimdKernel kernel = bestSimdKernel())
{
    AudioFormat format;
    format.sampleRate = rate;
    format.channels = channels;
    format.frames = qint64(interleaved.size()) / channels;
    std::vector<Samples> planar(size_t(channels), Samples(size_t(format.frames)));
    for (qint64 i = 0; i < format.frames; ++i)
        for (int c = 0; c < channels; ++c)
            planar[size_t(c)][size_t(i)] = interleaved[size_t(i * channels + c)];
    LoudnessMeter meter(kernel);
    meter.initialize(format);
    std::vector<const float *> pointers(static_cast<size_t>(channels), nullptr);
    qint64 position = 0;
    for (qint64 size = 777; position < format.frames; size = size * 3 % 5000 + 1) {
        const qint64 frames = std::min(size, format.frames - position);
        for (int c = 0; c < channels; ++c)
            pointers[size_t(c)] = planar[size_t(c)].data() + position;
        meter.process(AudioBlock {interleaved.data() + position * channels, pointers, frames, position});
        position += frames;
    }
    TrackAnalysis result;
    meter.finish(result);
    return {result.loudnessLufs, result.loudnessRangeLu};
}

// libebur128 on the whole signal at once: its integrated loudness and its loudness
// range (short-term windows every second).
Loudness reference(const Samples &interleaved, int channels, int rate)
{
    ebur128_state *state = ebur128_init(unsigned(channels), unsigned(rate), EBUR128_MODE_I | EBUR128_MODE_LRA);
    ebur128_add_frames_float(state, interleaved.data(), interleaved.size() / size_t(channels));
    Loudness loudness;
    ebur128_loudness_global(state, &loudness.integrated);
    ebur128_loudness_range(state, &loudness.range);
    ebur128_destroy(&state);
    return loudness;
}

// EBU Tech 3342 on libebur128's short-term loudness taken every 100 ms, as
// LoudnessMeter takes it, from an exact list (no histogram). NaN when no window
// passes the gates.
double referenceRangeEvery100ms(const Samples &interleaved, int channels, int rate)
{
    ebur128_state *state = ebur128_init(unsigned(channels), unsigned(rate), EBUR128_MODE_S);
    const size_t step = size_t((rate + 5) / 10);
    const size_t frames = interleaved.size() / size_t(channels);
    std::vector<double> energies;
    for (size_t done = 0, steps = 1; done + step <= frames; done += step, ++steps) {
        ebur128_add_frames_float(state, interleaved.data() + done * size_t(channels), step);
        double lufs = 0.0;
        if (steps >= 30 && ebur128_loudness_shortterm(state, &lufs) == EBUR128_SUCCESS && lufs >= -70.0)
            energies.push_back(LoudnessHistogram::lufsToEnergy(lufs));
    }
    ebur128_destroy(&state);
    if (energies.empty())
        return std::nan("");
    double mean = 0.0;
    for (double energy : energies)
        mean += energy / double(energies.size());
    std::vector<double> gated;
    for (double energy : energies)
        if (energy >= mean * 0.01)
            gated.push_back(LoudnessHistogram::energyToLufs(energy));
    std::sort(gated.begin(), gated.end());
    const auto at = [&](double p) { return gated[size_t(std::llround(double(gated.size() - 1) * p))]; };
    return at(0.95) - at(0.10);
}

Samples stereoOf(const Samples &mono)
{
    return stereo(mono, mono);
}

// Interleaves six mono signals: L R C LFE Ls Rs.
Samples surround(const std::vector<Samples> &channels)
{
    Samples out(channels[0].size() * channels.size());
    for (size_t i = 0; i < channels[0].size(); ++i)
        for (size_t c = 0; c < channels.size(); ++c)
            out[i * channels.size() + c] = channels[c][i];
    return out;
}

// A 1 kHz stereo tone in parts of (level dBFS, seconds), as in the EBU test signals.
Samples tonePartsStereo(std::initializer_list<std::pair<double, double>> parts, double frequency = 1000.0)
{
    Samples mono;
    for (const auto &[level, seconds] : parts) {
        const Samples part = sine(frequency, level, seconds, 48000);
        mono.insert(mono.end(), part.begin(), part.end());
    }
    return stereoOf(mono);
}

} // namespace

class TestLoudnessMeter : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithLibebur128_data()
    {
        QTest::addColumn<Samples>("samples");
        QTest::addColumn<int>("channels");
        QTest::addColumn<int>("rate");
        // libebur128 takes a short-term window every second, LoudnessMeter every 100 ms:
        // where a signal's loudness changes within a few seconds, the two ranges differ
        // by more than 0.1 LU (both are right), and only the 100 ms reference applies.
        QTest::addColumn<bool>("rangeHopMatters");
        for (const double frequency : {20.0, 60.0, 997.0, 5000.0, 15000.0})
            QTest::addRow("mono %g Hz sine", frequency) << sine(frequency, -12.0, 6.0, 48000) << 1 << 48000 << false;
        QTest::newRow("mono 997 Hz sine at full scale") << sine(997.0, 0.0, 4.0, 48000) << 1 << 48000 << false;
        QTest::newRow("mono 20 Hz sine, 44.1 kHz") << sine(20.0, -6.0, 5.0, 44100) << 1 << 44100 << false;
        QTest::newRow("mono 15 kHz sine, 96 kHz") << sine(15000.0, -6.0, 5.0, 96000) << 1 << 96000 << false;
        QTest::newRow("mono 40 kHz sine, 96 kHz") << sine(40000.0, -6.0, 4.0, 96000) << 1 << 96000 << false;
        QTest::newRow("mono noise") << noise(-20.0, 8.0, 48000, 3) << 1 << 48000 << false;
        // Other rates: 100 ms of 2205 samples (segments of 735), 3200, 19200.
        QTest::newRow("mono noise, 22.05 kHz") << noise(-20.0, 5.0, 22050, 17) << 1 << 22050 << false;
        QTest::newRow("mono 100 Hz sine, 32 kHz") << sine(100.0, -10.0, 5.0, 32000) << 1 << 32000 << false;
        QTest::newRow("mono noise, 192 kHz") << noise(-20.0, 4.0, 192000, 18) << 1 << 192000 << false;
        QTest::newRow("stereo noise, 44.1 kHz")
            << stereo(noise(-20.0, 5.0, 44100, 1), noise(-26.0, 5.0, 44100, 2)) << 2 << 44100 << false;
        QTest::newRow("stereo noise, 96 kHz")
            << stereo(noise(-18.0, 5.0, 96000, 8), noise(-30.0, 5.0, 96000, 9)) << 2 << 96000 << false;
        QTest::newRow("stereo, one side silent")
            << stereo(noise(-20.0, 5.0, 48000, 10), silence(5.0, 48000)) << 2 << 48000 << false;
        QTest::newRow("kick pattern") << pattern(kick(-3.0, 48000), 0.5, 8.0, 48000) << 1 << 48000 << false;
        QTest::newRow("loud then quiet (relative gate)")
            << concat(noise(-15.0, 6.0, 48000, 4), noise(-45.0, 6.0, 48000, 5)) << 1 << 48000 << true;
        QTest::newRow("phrases between silence (absolute gate)")
            << concat(concat(noise(-20.0, 4.0, 48000, 6), silence(3.0, 48000)), noise(-24.0, 5.0, 48000, 7)) << 1
            << 48000 << true;
        QTest::newRow("burst, then long silence")
            << concat(sine(50.0, -1.0, 3.5, 48000), silence(10.0, 48000)) << 1 << 48000 << true;
        QTest::newRow("quiet, near the absolute gate") << noise(-68.0, 5.0, 48000, 12) << 1 << 48000 << false;
        QTest::newRow("stepped levels over 40 s")
            << tonePartsStereo({{-30, 8}, {-24, 8}, {-18, 8}, {-26, 8}, {-20, 8}}, 440.0) << 2 << 48000 << true;
        QTest::newRow("5.1 noise") << surround(
            {noise(-20.0, 5.0, 48000, 21), noise(-22.0, 5.0, 48000, 22), noise(-18.0, 5.0, 48000, 23),
                noise(-6.0, 5.0, 48000, 24), noise(-25.0, 5.0, 48000, 25), noise(-28.0, 5.0, 48000, 26)})
                                   << 6 << 48000 << false;
        QTest::newRow("5.1, surrounds only") << surround({silence(4.0, 48000), silence(4.0, 48000), silence(4.0, 48000),
            silence(4.0, 48000), sine(997.0, -20.0, 4.0, 48000), sine(440.0, -20.0, 4.0, 48000)})
                                             << 6 << 48000 << false;
        // Very short files: under one gating block, one block, under one window.
        QTest::newRow("0.35 s") << noise(-20.0, 0.35, 48000, 13) << 1 << 48000 << false;
        QTest::newRow("0.5 s") << noise(-20.0, 0.5, 48000, 14) << 1 << 48000 << false;
        QTest::newRow("2.95 s") << noise(-20.0, 2.95, 48000, 15) << 1 << 48000 << false;
        QTest::newRow("3.05 s, 44.1 kHz") << noise(-20.0, 3.05, 44100, 16) << 1 << 44100 << false;
    }

    void agreesWithLibebur128()
    {
        QFETCH(Samples, samples);
        QFETCH(int, channels);
        QFETCH(int, rate);
        QFETCH(bool, rangeHopMatters);
        const Loudness expected = reference(samples, channels, rate);
        const double expectedRange = referenceRangeEvery100ms(samples, channels, rate);
        for (const SimdKernel kernel : kKernels) {
            const Loudness measured = measure(samples, channels, rate, kernel);
            const QString context = QStringLiteral("%1 kernel: ").arg(QLatin1String(simdKernelName(kernel)));
            if (std::isinf(expected.integrated)) {
                QVERIFY2(std::isinf(measured.integrated) && measured.integrated < 0.0,
                    qPrintable(context + QString::number(measured.integrated)));
            } else {
                QVERIFY2(std::fabs(measured.integrated - expected.integrated) <= 0.1,
                    qPrintable(
                        context + QStringLiteral("%1 vs %2 LUFS").arg(measured.integrated).arg(expected.integrated)));
            }
            if (std::isnan(expectedRange)) {
                // No window: libebur128 reports 0 LU, LoudnessMeter "not measured".
                QVERIFY2(std::isnan(measured.range), qPrintable(context + QString::number(measured.range)));
                QCOMPARE(expected.range, 0.0);
                continue;
            }
            QVERIFY2(std::fabs(measured.range - expectedRange) <= 0.1,
                qPrintable(context + QStringLiteral("%1 vs %2 LU (100 ms)").arg(measured.range).arg(expectedRange)));
            if (!rangeHopMatters) {
                QVERIFY2(std::fabs(measured.range - expected.range) <= 0.1,
                    qPrintable(
                        context + QStringLiteral("%1 vs %2 LU (libebur128)").arg(measured.range).arg(expected.range)));
            }
        }
    }

    void silenceHasNoLoudness()
    {
        const Loudness loudness = measure(silence(5.0, 48000), 1, 48000);
        QVERIFY(std::isinf(loudness.integrated) && loudness.integrated < 0.0);
        QVERIFY(std::isnan(loudness.range));
    }

    void emptyFileHasNoLoudness()
    {
        LoudnessMeter meter;
        AudioFormat format;
        format.sampleRate = 48000;
        format.channels = 2;
        meter.initialize(format);
        TrackAnalysis result;
        meter.finish(result);
        QVERIFY(std::isinf(result.loudnessLufs) && result.loudnessLufs < 0.0);
        QVERIFY(std::isnan(result.loudnessRangeLu));
    }

    // Reused for a second file, the meter starts from rest.
    void initializeStartsAgain()
    {
        const Samples loud = noise(-10.0, 4.0, 48000, 30);
        const Samples quiet = noise(-40.0, 4.0, 48000, 31);
        const Loudness alone = measure(quiet, 1, 48000);
        LoudnessMeter meter;
        AudioFormat format;
        format.sampleRate = 48000;
        format.channels = 1;
        for (const Samples *samples : {&loud, &quiet}) {
            format.frames = qint64(samples->size());
            meter.initialize(format);
            const float *pointer = samples->data();
            meter.process(AudioBlock {pointer, std::span<const float *const>(&pointer, 1), format.frames, 0});
        }
        TrackAnalysis result;
        meter.finish(result);
        QCOMPARE(result.loudnessLufs, alone.integrated);
        QCOMPARE(result.loudnessRangeLu, alone.range);
    }

    void channelWeights()
    {
        QCOMPARE(LoudnessMeter::channelWeight(0, 1), 1.0);
        QCOMPARE(LoudnessMeter::channelWeight(1, 2), 1.0);
        const double surround[] = {1.0, 1.0, 1.0, 0.0, 1.41, 1.41};
        for (int c = 0; c < 6; ++c)
            QCOMPARE(LoudnessMeter::channelWeight(c, 6), surround[c]);
        QCOMPARE(LoudnessMeter::channelWeight(2, 4), 1.41); // L R Ls Rs
        QCOMPARE(LoudnessMeter::channelWeight(2, 5), 1.0); // L R C Ls Rs
        QCOMPARE(LoudnessMeter::channelWeight(4, 5), 1.41);
        QCOMPARE(LoudnessMeter::channelWeight(6, 8), 0.0);
    }

    // EBU Tech 3341 (2016), tests 1 to 5: stereo 1 kHz tones; expected -23.0 +- 0.1 LUFS
    // (test 1 and 2: -23.0 and -33.0).
    void ebuTech3341_data()
    {
        QTest::addColumn<Samples>("samples");
        QTest::addColumn<double>("expected");
        QTest::newRow("1: -23 dBFS, 20 s") << tonePartsStereo({{-23, 20}}) << -23.0;
        QTest::newRow("2: -33 dBFS, 20 s") << tonePartsStereo({{-33, 20}}) << -33.0;
        QTest::newRow("3: -36/-23/-36 dBFS, 10/60/10 s") << tonePartsStereo({{-36, 10}, {-23, 60}, {-36, 10}}) << -23.0;
        QTest::newRow("4: -72/-36/-23/-36/-72 dBFS, 10/10/60/10/10 s")
            << tonePartsStereo({{-72, 10}, {-36, 10}, {-23, 60}, {-36, 10}, {-72, 10}}) << -23.0;
        QTest::newRow("5: -26/-20/-26 dBFS, 20/20.1/20 s")
            << tonePartsStereo({{-26, 20}, {-20, 20.1}, {-26, 20}}) << -23.0;
    }

    void ebuTech3341()
    {
        QFETCH(Samples, samples);
        QFETCH(double, expected);
        const double measured = measure(samples, 2, 48000).integrated;
        QVERIFY2(std::fabs(measured - expected) <= 0.1, qPrintable(QString::number(measured)));
    }

    // EBU Tech 3342 (2016), tests 1 to 4: stereo 1 kHz tones in 20 s parts; expected
    // LRA +- 1 LU.
    void ebuTech3342_data()
    {
        QTest::addColumn<Samples>("samples");
        QTest::addColumn<double>("expected");
        QTest::newRow("1: -20/-30 dBFS") << tonePartsStereo({{-20, 20}, {-30, 20}}) << 10.0;
        QTest::newRow("2: -20/-15 dBFS") << tonePartsStereo({{-20, 20}, {-15, 20}}) << 5.0;
        QTest::newRow("3: -40/-20 dBFS") << tonePartsStereo({{-40, 20}, {-20, 20}}) << 20.0;
        QTest::newRow("4: -50/-35/-20/-35/-50 dBFS")
            << tonePartsStereo({{-50, 20}, {-35, 20}, {-20, 20}, {-35, 20}, {-50, 20}}) << 15.0;
    }

    void ebuTech3342()
    {
        QFETCH(Samples, samples);
        QFETCH(double, expected);
        const double measured = measure(samples, 2, 48000).range;
        QVERIFY2(std::fabs(measured - expected) <= 1.0, qPrintable(QString::number(measured)));
    }
};

QTEST_GUILESS_MAIN(TestLoudnessMeter)
#include "tst_loudnessmeter.moc"
