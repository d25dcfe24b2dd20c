#include "TestSignals.h"

#include "audio/AudioBlock.h"
#include "audio/LoudnessMeter.h"
#include "audio/TrackAnalysis.h"

#include <QTest>

#include <ebur128.h>

#include <cmath>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

struct Loudness
{
    double integrated = 0.0;
    double range = 0.0;
};

// Through LoudnessMeter, in uneven blocks as the track analyser would feed it.
Loudness measure(const Samples &interleaved, int channels, int rate)
{
    LoudnessMeter meter;
    AudioFormat format;
    format.sampleRate = rate;
    format.channels = channels;
    format.frames = qint64(interleaved.size()) / channels;
    meter.initialize(format);
    std::vector<const float *> unusedPlanar(static_cast<size_t>(channels), nullptr);
    qint64 position = 0;
    for (qint64 size = 777; position < format.frames; size = size * 3 % 5000 + 1) {
        const qint64 frames = std::min(size, format.frames - position);
        meter.process(AudioBlock {interleaved.data() + position * channels, unusedPlanar, frames, position});
        position += frames;
    }
    TrackAnalysis result;
    meter.finish(result);
    return {result.loudnessLufs, result.loudnessRangeLu};
}

// libebur128 on the whole signal at once: the reference.
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
        QTest::newRow("mono 997 Hz sine") << sine(997.0, -12.0, 5.0, 48000) << 1 << 48000;
        QTest::newRow("stereo noise, 44.1 kHz")
            << stereo(noise(-20.0, 5.0, 44100, 1), noise(-26.0, 5.0, 44100, 2)) << 2 << 44100;
        QTest::newRow("kick pattern") << pattern(kick(-3.0, 48000), 0.5, 8.0, 48000) << 1 << 48000;
        QTest::newRow("loud then quiet (gating)")
            << concat(noise(-15.0, 6.0, 48000, 4), noise(-45.0, 6.0, 48000, 5)) << 1 << 48000;
    }

    void agreesWithLibebur128()
    {
        QFETCH(Samples, samples);
        QFETCH(int, channels);
        QFETCH(int, rate);
        const Loudness expected = reference(samples, channels, rate);
        const Loudness measured = measure(samples, channels, rate);
        QVERIFY2(std::fabs(measured.integrated - expected.integrated) <= 0.1,
            qPrintable(QStringLiteral("%1 vs %2 LUFS").arg(measured.integrated).arg(expected.integrated)));
        QVERIFY2(std::fabs(measured.range - expected.range) <= 0.1,
            qPrintable(QStringLiteral("%1 vs %2 LU").arg(measured.range).arg(expected.range)));
    }

    // EBU Tech 3341, test 1: a stereo 1 kHz sine at -23 dBFS reads -23.0 LUFS.
    void ebuTech3341Case1()
    {
        const Samples tone = sine(1000.0, -23.0, 5.0, 48000);
        QVERIFY(std::fabs(measure(stereo(tone, tone), 2, 48000).integrated - -23.0) <= 0.1);
    }

    // EBU Tech 3342, test 1 (shortened from 20 s to 8 s per part): a part at -20 dBFS,
    // then one at -30 dBFS: LRA 10 +- 1 LU.
    void ebuTech3342Case1()
    {
        const Samples loud = sine(1000.0, -20.0, 8.0, 48000);
        const Samples quiet = sine(1000.0, -30.0, 8.0, 48000);
        const Samples both = concat(loud, quiet);
        QVERIFY(std::fabs(measure(stereo(both, both), 2, 48000).range - 10.0) <= 1.0);
    }

    void silenceHasNoLoudness()
    {
        const Loudness loudness = measure(silence(3.0, 48000), 1, 48000);
        QVERIFY(std::isinf(loudness.integrated) && loudness.integrated < 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLoudnessMeter)
#include "tst_loudnessmeter.moc"
