#include "session/Biquad.h"
#include "session/DeterministicRandom.h"
#include "session/FaultPlanter.h"
#include "session/NoiseGenerator.h"
#include "session/Resampler.h"
#include "session/StemWriter.h"

#include "exercise/ExerciseLoader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>

using namespace prepmark;

namespace {

constexpr double kTwoPi = 6.283185307179586;

std::vector<float> sine(double frequency, int rate, qint64 frames, float amplitude)
{
    std::vector<float> wave(std::size_t(frames), 0.0f);
    for (qint64 i = 0; i < frames; ++i)
        wave[std::size_t(i)] = amplitude * float(std::sin(kTwoPi * frequency * double(i) / rate));
    return wave;
}

double rms(const std::vector<float> &signal, std::size_t from, std::size_t to)
{
    double sum = 0.0;
    for (std::size_t i = from; i < to; ++i)
        sum += double(signal[i]) * signal[i];
    return std::sqrt(sum / double(to - from));
}

// Rising zero crossings per second over [from, to).
double frequencyOf(const std::vector<float> &signal, int rate, std::size_t from, std::size_t to)
{
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i)
        crossings += signal[i - 1] < 0.0f && signal[i] >= 0.0f;
    return crossings * double(rate) / double(to - from);
}

Exercise minimalExercise()
{
    Result<Exercise> exercise
        = ExerciseLoader::fromFile(QDir(QStringLiteral(PREPMARK_SOURCE_DIR))
                                       .filePath(QStringLiteral("tests/exercise/data/minimal-exercise.json")));
    if (!exercise)
        qFatal("%s", qPrintable(exercise.errorMessage()));
    return std::move(exercise).value();
}

DeliveredTrack trackWith(const PlantedFault &fault)
{
    DeliveredTrack track;
    track.id = QStringLiteral("t");
    track.faults = {fault};
    return track;
}

} // namespace

class TestSessionDsp : public QObject
{
    Q_OBJECT

private slots:
    void randomIsReproducible()
    {
        DeterministicRandom a(DeterministicRandom::seedFor(QStringLiteral("pop/kick")));
        DeterministicRandom b(DeterministicRandom::seedFor(QStringLiteral("pop/kick")));
        DeterministicRandom c(DeterministicRandom::seedFor(QStringLiteral("pop/snare")));
        bool differs = false;
        for (int i = 0; i < 100; ++i) {
            const std::uint64_t x = a.next();
            QCOMPARE(x, b.next());
            differs = differs || x != c.next();
        }
        QVERIFY(differs);
        // FNV-1a of "a" is a published constant: the seed does not depend on the platform
        QCOMPARE(DeterministicRandom::seedFor(QStringLiteral("a")), std::uint64_t(0xaf63dc4c8601ec8cULL));
        double sum = 0.0;
        for (int i = 0; i < 10000; ++i) {
            const double u = a.uniform();
            QVERIFY(u >= 0.0 && u < 1.0);
            sum += u;
        }
        QVERIFY(std::abs(sum / 10000.0 - 0.5) < 0.02);
    }

    void resamplerKeepsPitchAndLevel_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("48k to 44.1k") << 48000 << 44100;
        QTest::newRow("44.1k to 48k") << 44100 << 48000;
        QTest::newRow("espeak to 48k") << 22050 << 48000;
        QTest::newRow("48k to 96k") << 48000 << 96000;
    }
    void resamplerKeepsPitchAndLevel()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        const std::vector<float> input = sine(1000.0, from, from, 0.5f);
        const Resampler resampler(from, to);
        const std::vector<float> output = resampler.process(input, to);
        QCOMPARE(qint64(output.size()), qint64(to));
        const std::size_t a = std::size_t(to / 10), b = std::size_t(to * 9 / 10);
        QVERIFY2(
            std::abs(rms(output, a, b) - 0.5 / std::sqrt(2.0)) < 0.004, qPrintable(QString::number(rms(output, a, b))));
        QVERIFY(std::abs(frequencyOf(output, to, a, b) - 1000.0) < 3.0);
    }

    void resamplerRemovesWhatTheNewRateCannotHold()
    {
        // 23 kHz fits 48 kHz but not 44.1 kHz: it must be filtered out, not folded down
        const std::vector<float> input = sine(23000.0, 48000, 48000, 0.5f);
        const std::vector<float> output = Resampler(48000, 44100).process(input, 44100);
        QVERIFY(rms(output, 4410, 39690) < 0.001);
    }

    void zeroPhaseFilterKeepsTiming()
    {
        std::vector<float> impulse(4001, 0.0f);
        impulse[2000] = 1.0f;
        std::vector<float> filtered = impulse;
        Biquad::lowPass(2000.0, 48000.0).filterZeroPhase(filtered);
        const auto peak = std::max_element(filtered.begin(), filtered.end());
        QCOMPARE(peak - filtered.begin(), std::ptrdiff_t(2000));
        for (int k = 1; k < 50; ++k)
            QVERIFY(std::abs(filtered[std::size_t(2000 - k)] - filtered[std::size_t(2000 + k)]) < 1e-6f);
        std::vector<float> forwardOnly = impulse;
        Biquad::lowPass(2000.0, 48000.0).filter(forwardOnly);
        QVERIFY(std::max_element(forwardOnly.begin(), forwardOnly.end()) - forwardOnly.begin() > 2000);
    }

    void quantisesToFullScale()
    {
        QCOMPARE(StemWriter::quantise(1.0f, 24), qint32(8388607));
        QCOMPARE(StemWriter::quantise(-1.0f, 24), qint32(-8388608));
        QCOMPARE(StemWriter::quantise(2.0f, 16), qint32(32767));
        QCOMPARE(StemWriter::quantise(0.5f, 16), qint32(16384));
        QCOMPARE(StemWriter::quantise(0.0f, 24), qint32(0));
    }

    void writesAndReadsStems()
    {
        QTemporaryDir dir;
        AudioBuffer buffer(2, 4800, 44100);
        buffer.channels[0] = sine(440.0, 44100, 4800, 0.25f);
        buffer.channels[1][100] = 1.0f;
        const QString path = dir.filePath(QStringLiteral("gtr 2 (copy).wav"));
        QVERIFY(StemWriter::write(buffer, 16, path, 123456).ok());
        SF_INFO info {};
        SNDFILE *file = sf_open(path.toLocal8Bit().constData(), SFM_READ, &info);
        QVERIFY(file);
        SF_BROADCAST_INFO bext {};
        QCOMPARE(sf_command(file, SFC_GET_BROADCAST_INFO, &bext, sizeof(bext)), SF_TRUE);
        sf_close(file);
        QCOMPARE(bext.time_reference_low, 123456u);
        QCOMPARE(info.samplerate, 44100);
        QCOMPARE(info.channels, 2);
        QCOMPARE(qint64(info.frames), qint64(4800));
        QCOMPARE(info.format, SF_FORMAT_WAV | SF_FORMAT_PCM_16);
        const Result<AudioBuffer> read = StemWriter::read(path);
        QVERIFY(read.ok());
        QVERIFY(std::abs(read->channels[0][37] - buffer.channels[0][37]) < 1.0f / 32768.0f);
        QCOMPARE(read->channels[1][100], 32767.0f / 32768.0f);
        QVERIFY(!StemWriter::write(buffer, 20, path).ok());
        QVERIFY(!StemWriter::read(dir.filePath(QStringLiteral("missing.wav"))).ok());
    }

    void clippingLeavesFullScaleRuns()
    {
        const Exercise exercise = minimalExercise();
        const FaultPlanter::Context context {exercise, 48000, 48000};
        AudioBuffer buffer(1, 48000, 48000);
        buffer.channels[0] = sine(100.0, 48000, 48000, 0.25f);
        PlantedFault clip;
        clip.kind = FaultKind::Clipping;
        clip.driveDb = 6.0;
        const DeliveredFile file = FaultPlanter::deliver(buffer, trackWith(clip), context);
        QCOMPARE(file.bitDepth, 24);
        QCOMPARE(file.timeReference, qint64(0));
        const AudioBuffer &clipped = file.audio;
        int longestRun = 0, run = 0;
        for (float s : clipped.channels[0]) {
            run = StemWriter::quantise(s, 24) == 8388607 ? run + 1 : 0;
            longestRun = std::max(longestRun, run);
        }
        QVERIFY2(longestRun >= 3, qPrintable(QString::number(longestRun)));
        QCOMPARE(clipped.peak(), 1.0f);
    }

    void plantsOffsetsAndEdits()
    {
        const Exercise exercise = minimalExercise(); // 4/4 at 120: a bar is 2 s
        const qint64 frames = exercise.lengthFrames(48000);
        const FaultPlanter::Context context {exercise, 48000, frames};
        AudioBuffer buffer(1, frames, 48000);
        buffer.channels[0] = sine(220.0, 48000, frames, 0.25f);

        PlantedFault dc;
        dc.kind = FaultKind::DcOffset;
        dc.percent = 3.0;
        AudioBuffer withDc = buffer;
        FaultPlanter::plantSignalFaults(withDc, trackWith(dc), context);
        double mean = 0.0;
        for (float s : withDc.channels[0])
            mean += s;
        QVERIFY(std::abs(mean / double(frames) - 0.03) < 1e-3);

        PlantedFault clicks;
        clicks.kind = FaultKind::Clicks;
        clicks.at = {BarPosition {2, 1.0}};
        clicks.gapMs = 10.0;
        AudioBuffer cut = buffer;
        FaultPlanter::plantSignalFaults(cut, trackWith(clicks), context);
        // one 10 ms dropout (480 frames) within a few ms after bar 2 (frame 96000)
        qint64 zeros = 0, first = -1;
        for (qint64 i = 90000; i < 110000; ++i) {
            if (cut.channels[0][std::size_t(i)] == 0.0f && buffer.channels[0][std::size_t(i)] != 0.0f) {
                ++zeros;
                first = first < 0 ? i : first;
            }
        }
        QCOMPARE(zeros, qint64(480));
        QVERIFY(first >= 96000 && first < 96000 + 48000 / 200);
        QVERIFY(std::abs(buffer.channels[0][std::size_t(first)]) >= 0.3f * 0.25f); // cut where the signal is loud

        PlantedFault consolidation;
        consolidation.kind = FaultKind::Unconsolidated;
        consolidation.startBar = 2;
        consolidation.endBar = 2;
        const DeliveredFile trimmedFile = FaultPlanter::deliver(buffer, trackWith(consolidation), context);
        const AudioBuffer &trimmed = trimmedFile.audio;
        QCOMPARE(trimmed.frames(), qint64(96000));
        QCOMPARE(trimmedFile.timeReference, qint64(96000));
        QCOMPARE(trimmed.channels[0][0], buffer.channels[0][96000]);

        PlantedFault rate;
        rate.kind = FaultKind::SampleRate;
        rate.sampleRate = 44100;
        const AudioBuffer converted = FaultPlanter::deliver(buffer, trackWith(rate), context).audio;
        QCOMPARE(converted.sampleRate, 44100);
        QCOMPARE(converted.frames(), exercise.lengthFrames(44100));

        PlantedFault delay;
        delay.kind = FaultKind::Delay;
        delay.delayMs = 2.0;
        AudioBuffer late = buffer;
        FaultPlanter::plantSignalFaults(late, trackWith(delay), context);
        QCOMPARE(late.channels[0][1000 + 96], buffer.channels[0][1000]);
        QCOMPARE(late.channels[0][50], 0.0f);
    }

    void noiseLevelsAndGaps()
    {
        const Exercise exercise = minimalExercise();
        const qint64 frames = 96000;
        const FaultPlanter::Context context {exercise, 48000, frames};
        AudioBuffer buffer(1, frames, 48000);
        // sound in the first and last 0.5 s only: one gap of a second in between
        const std::vector<float> tone = sine(330.0, 48000, frames, 0.25f);
        for (qint64 i = 0; i < frames; ++i)
            buffer.channels[0][std::size_t(i)] = (i < 24000 || i >= 72000) ? tone[std::size_t(i)] : 0.0f;
        const QVector<QPair<qint64, qint64>> gaps = FaultPlanter::findGaps(buffer, 300.0);
        QCOMPARE(gaps.size(), 1);
        QCOMPARE(gaps[0].first, qint64(24000));
        QCOMPARE(gaps[0].second, qint64(72000));

        PlantedFault buzz;
        buzz.kind = FaultKind::PhraseNoise;
        buzz.variant = QStringLiteral("buzz");
        buzz.levelDbfs = -40.0;
        AudioBuffer noisy = buffer;
        FaultPlanter::plantSignalFaults(noisy, trackWith(buzz), context);
        const double gapLevel = 20.0 * std::log10(rms(noisy.channels[0], 30000, 66000));
        QVERIFY2(std::abs(gapLevel - -40.0) < 1.0, qPrintable(QString::number(gapLevel)));
        // the phrases themselves are untouched
        QCOMPARE(noisy.channels[0][1000], buffer.channels[0][1000]);

        PlantedFault hum;
        hum.kind = FaultKind::Hum;
        hum.frequencyHz = 50.0;
        hum.harmonics = 1;
        hum.levelDbfs = -30.0;
        AudioBuffer silent(1, frames, 48000);
        FaultPlanter::plantSignalFaults(silent, trackWith(hum), context);
        QVERIFY(std::abs(20.0 * std::log10(rms(silent.channels[0], 0, std::size_t(frames))) - -30.0) < 0.05);
        QVERIFY(std::abs(frequencyOf(silent.channels[0], 48000, 0, std::size_t(frames)) - 50.0) < 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSessionDsp)
#include "tst_sessiondsp.moc"
