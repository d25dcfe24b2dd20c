#include "TestSignals.h"

#include "audio/TrackAnalyzer.h"
#include "audio/TrackChecks.h"
#include "audio/measure/AnalysisThresholds.h"

#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <cmath>
#include <numbers>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

constexpr int kRate = 48000;

struct Planted
{
    Samples samples;
    FileFormat format;
};

Planted mono(Samples samples, int subtype = SF_FORMAT_PCM_24)
{
    return {std::move(samples), FileFormat {kRate, 1, SF_FORMAT_WAV | subtype, std::nullopt}};
}

Planted twoChannels(const Samples &left, const Samples &right)
{
    return {stereo(left, right), FileFormat {kRate, 2, 0, std::nullopt}};
}

Samples fadedSine(double frequency, double db, double seconds)
{
    Samples s = sine(frequency, db, seconds, kRate);
    fade(s, kRate, 0.2, 0.5);
    return s;
}

// Phrases of a sustained note (faded in and out), separated by gaps: a vocal or
// a guitar part.
Samples phrases(double seconds)
{
    Samples out = silence(seconds, kRate);
    for (double t = 0.5; t + 1.5 < seconds; t += 3.0) {
        Samples note = sine(330.0, -12.0, 1.5, kRate);
        fade(note, kRate, 0.05, 0.3);
        out = mix(out, note, qint64(t * kRate));
    }
    return out;
}

Samples withSpike(Samples s, double at, float size)
{
    s[size_t(at * kRate)] += size;
    return s;
}

Samples clippedAt(Samples s, float ceiling)
{
    for (float &v : s)
        v = std::clamp(v, -ceiling, ceiling);
    return s;
}

// A sine that stops, then restarts at its crest after a gap: an edit without fades.
Samples hardEdit()
{
    Samples a = sine(220.0, -10.0, 1.0, kRate);
    Samples gap = silence(0.3, kRate);
    Samples b = sine(220.0, -10.0, 1.0, kRate, std::numbers::pi / 2.0);
    Samples s = concat(concat(a, gap), b);
    fade(s, kRate, 0.05, 0.05);
    return s;
}

double amplitudeToDbForTest(double amplitude)
{
    return 20.0 * std::log10(amplitude);
}

} // namespace

class TestTrackDetectors : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_fileNumber = 0;

    QList<AnalysisIssue> issuesOf(const Planted &planted, TrackAnalysis *analysis = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("track%1.wav").arg(++m_fileNumber));
        writeFile(path, planted.samples, planted.format);
        const AnalysisThresholds thresholds;
        const Result<TrackAnalysis> result = TrackAnalyzer(thresholds).analyse(path);
        if (!result)
            qFatal("%s", qPrintable(result.errorMessage()));
        if (analysis)
            *analysis = *result;
        return trackIssues(*result, thresholds);
    }

    static QStringList kinds(const QList<AnalysisIssue> &issues)
    {
        QStringList names;
        for (const AnalysisIssue &issue : issues) {
            if (!names.contains(issueKindName(issue.kind)))
                names << issueKindName(issue.kind);
        }
        return names;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Every detector, with signals that must make it fire and signals that must not.
    void detectors_data()
    {
        QTest::addColumn<Planted>("planted");
        QTest::addColumn<QStringList>("mustFire");
        QTest::addColumn<QStringList>("mustNotFire");
        const QStringList all = {"clipping", "true_peak_over", "dc_offset", "polarity_inverted", "leading_silence",
            "silent", "noise", "click", "dual_mono", "one_sided_silence"};
        auto except = [&](const QStringList &fired) {
            QStringList rest = all;
            for (const QString &kind : fired)
                rest.removeAll(kind);
            return rest;
        };
        using L = QStringList;
        QTest::newRow("clean faded sine") << mono(fadedSine(440.0, -6.0, 4.0)) << L {} << all;
        QTest::newRow("sine driven into full scale")
            << mono(clippedAt(fadedSine(100.0, 3.0, 2.0), 1.0f)) << L {"clipping", "true_peak_over"}
            << except({"clipping", "true_peak_over"});
        QTest::newRow("normalised to 0 dBFS: one sample at full scale is not clipping")
            << mono(scaled(fadedSine(440.0, 0.0, 2.0), 1.0 / std::sin(std::numbers::pi / 2.0))) << L {"true_peak_over"}
            << except({"true_peak_over"});
        QTest::newRow("flat tops at -6 dBFS (clipped, then turned down)")
            << mono(clippedAt(fadedSine(200.0, 0.0, 2.0), 0.5f)) << L {"clipping"} << except({"clipping"});
        QTest::newRow("flat tops in 16-bit") << mono(clippedAt(fadedSine(200.0, 0.0, 2.0), 0.5f), SF_FORMAT_PCM_16)
                                             << L {"clipping"} << except({"clipping"});
        QTest::newRow("16-bit 40 Hz sine: quantised crests are not flat tops")
            << mono(fadedSine(40.0, -20.0, 3.0), SF_FORMAT_PCM_16) << L {} << all;
        QTest::newRow("float file above full scale")
            << mono(fadedSine(100.0, 3.0, 2.0), SF_FORMAT_FLOAT) << L {"clipping", "true_peak_over"}
            << except({"clipping", "true_peak_over"});
        QTest::newRow("inter-sample overs")
            << mono(fadedSine(12000.0, -0.5, 2.0)) << L {"true_peak_over"} << except({"true_peak_over"});
        QTest::newRow("DC offset of 2 %") << mono([] {
            Samples s = sine(440.0, -12.0, 2.0, kRate);
            for (float &v : s)
                v += 0.02f;
            fade(s, kRate, 0.1, 0.1);
            return s;
        }()) << L {"dc_offset"} << except({"dc_offset"});
        QTest::newRow("kick pattern: asymmetric, starts from silence")
            << mono(pattern(kick(-1.5, kRate), 0.5, 4.0, kRate)) << L {} << all;
        QTest::newRow("plucked notes") << mono(concat(pattern(pluck(196.0, -6.0, 0.6, kRate), 0.6, 3.0, kRate),
            pattern(pluck(523.25, -6.0, 0.4, kRate, 5), 0.4, 2.0, kRate)))
                                       << L {} << all;
        QTest::newRow("hi-hat pattern: noise bursts starting from silence") << mono([] {
            Samples hat = noise(-16.0, 0.06, kRate, 21);
            for (size_t i = 0; i < hat.size(); ++i)
                hat[i] *= float(std::exp(-double(i) / (0.008 * kRate)));
            return pattern(hat, 0.25, 3.0, kRate);
        }()) << L {} << all;
        QTest::newRow("loud white noise") << mono(noise(-20.0, 3.0, kRate)) << L {} << all;
        QTest::newRow("leading silence of 3 s") << mono(concat(silence(3.0, kRate), fadedSine(440.0, -6.0, 2.0)))
                                                << L {"leading_silence"} << except({"leading_silence"});
        QTest::newRow("leading silence of 0.5 s")
            << mono(concat(silence(0.5, kRate), fadedSine(440.0, -6.0, 2.0))) << L {} << all;
        QTest::newRow("digital silence only") << mono(silence(2.0, kRate)) << L {"silent"} << except({"silent"});
        QTest::newRow("hiss at -50 dBFS between phrases")
            << mono(mix(phrases(9.0), noise(-50.0, 9.0, kRate))) << L {"noise"} << except({"noise"});
        QTest::newRow("hiss at -80 dBFS between phrases")
            << mono(mix(phrases(9.0), noise(-80.0, 9.0, kRate))) << L {} << all;
        QTest::newRow("hum at -45 dBFS between phrases")
            << mono(mix(phrases(9.0), sine(50.0, -45.0, 9.0, kRate))) << L {"noise"} << except({"noise"});
        QTest::newRow("slow fade-out to silence") << mono([] {
            Samples s = sine(440.0, -6.0, 10.0, kRate);
            fade(s, kRate, 0.1, 8.0);
            return s;
        }()) << L {} << all;
        QTest::newRow("one-sample spike in a sine")
            << mono(withSpike(fadedSine(440.0, -12.0, 3.0), 1.0, 0.3f)) << L {"click"} << except({"click"});
        QTest::newRow("edit without fades") << mono(hardEdit()) << L {"click"} << except({"click"});
        QTest::newRow("pop in silence") << mono(
            concat(fadedSine(440.0, -12.0, 1.0), withSpike(silence(1.0, kRate), 0.5, 0.05f)))
                                        << L {"click"} << except({"click"});
        const Samples music = mix(pattern(kick(-6.0, kRate), 0.5, 3.0, kRate), noise(-30.0, 3.0, kRate, 9));
        QTest::newRow("dual mono") << twoChannels(music, music) << L {"dual_mono"} << except({"dual_mono"});
        QTest::newRow("right side silent")
            << twoChannels(music, silence(3.0, kRate)) << L {"one_sided_silence"} << except({"one_sided_silence"});
        QTest::newRow("one side inverted")
            << twoChannels(music, scaled(music, -1.0)) << L {"polarity_inverted"} << except({"polarity_inverted"});
        QTest::newRow("wide stereo") << twoChannels(
            mix(music, noise(-20.0, 3.0, kRate, 10)), mix(music, noise(-20.0, 3.0, kRate, 11)))
                                     << L {} << all;
    }

    void positions()
    {
        TrackAnalysis analysis;
        QList<AnalysisIssue> issues = issuesOf(mono(withSpike(fadedSine(440.0, -12.0, 3.0), 1.25, 0.3f)), &analysis);
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues[0].kind, IssueKind::Click);
        QVERIFY(std::fabs(issues[0].startSeconds - 1.25) < 0.001);
        QCOMPARE(analysis.clickCount, 1);

        Samples clipped = fadedSine(100.0, -6.0, 3.0);
        for (size_t i = size_t(2.0 * kRate); i < size_t(2.0 * kRate) + 10; ++i)
            clipped[i] = -1.0f;
        issues = issuesOf(mono(clipped), &analysis);
        QCOMPARE(analysis.clipping.fullScaleSamples, 10);
        QCOMPARE(analysis.clipping.runs.size(), 1);
        QCOMPARE(analysis.clipping.runs[0].startFrame, qint64(2.0 * kRate));
        const auto clipping = std::find_if(
            issues.begin(), issues.end(), [](const AnalysisIssue &i) { return i.kind == IssueKind::Clipping; });
        QVERIFY(clipping != issues.end());
        QVERIFY(std::fabs(clipping->startSeconds - 2.0) < 0.001);
        QVERIFY(std::fabs(clipping->endSeconds - (2.0 + 10.0 / kRate)) < 0.001);

        issuesOf(
            mono(concat(silence(3.0, kRate), concat(fadedSine(440.0, -6.0, 2.0), silence(1.0, kRate)))), &analysis);
        QVERIFY(std::abs(analysis.leadingSilenceFrames - qint64(3) * kRate) <= 2); // the fade-in starts at 0
        QVERIFY(std::abs(analysis.trailingSilenceFrames - kRate) < 10);

        // The noise floor is measured in a gap, at the level of the planted hiss.
        issues = issuesOf(mono(mix(phrases(9.0), noise(-50.0, 9.0, kRate))), &analysis);
        QVERIFY2(
            std::fabs(analysis.noiseFloorDbfs - -50.0) < 1.0, qPrintable(QString::number(analysis.noiseFloorDbfs)));
        QVERIFY(analysis.noiseFloorFrames >= kRate);
    }

    void levels()
    {
        TrackAnalysis analysis;
        Samples s = sine(1000.0, -6.0, 2.0, kRate);
        for (float &v : s)
            v += 0.01f;
        issuesOf(mono(s), &analysis);
        QVERIFY(std::fabs(analysis.samplePeakDbfs - amplitudeToDbForTest(0.5 + 0.01)) < 0.05);
        QVERIFY(std::fabs(analysis.rmsDbfs - amplitudeToDbForTest(std::sqrt(0.125 + 0.0001))) < 0.05);
        QVERIFY(std::fabs(analysis.channels[0].dcOffset - 0.01) < 1e-4);
        QVERIFY(std::fabs(analysis.dcOffsetDbfs() - -40.0) < 0.05);
        QCOMPARE(analysis.format.bitDepth, 24);
        QCOMPARE(analysis.format.frames, qint64(2 * kRate));
    }

    // Drums and plucks never click, whatever the noise in their synthesis.
    void noClicksInManyTakes()
    {
        for (unsigned seed = 1; seed <= 24; ++seed) {
            const Samples take
                = mix(concat(pattern(kick(-3.0, kRate, seed), 0.45, 1.5, kRate, 0.05),
                          pattern(pluck(110.0 * (1 + seed % 4), -6.0, 0.5, kRate, seed), 0.5, 1.5, kRate)),
                    noise(-50.0, 3.0, kRate, seed + 1000));
            TrackAnalysis analysis;
            issuesOf(mono(take), &analysis);
            QVERIFY2(analysis.clickCount == 0,
                qPrintable(QStringLiteral("seed %1: click at frame %2").arg(seed).arg(analysis.clicks.value(0).frame)));
        }
    }

    // Surround and other multichannel files: levels per channel, loudness with
    // libebur128's channel map, no stereo checks.
    void multichannel()
    {
        Samples six;
        const Samples tone = fadedSine(440.0, -12.0, 2.0);
        for (float v : tone)
            for (int c = 0; c < 6; ++c)
                six.push_back(c == 3 ? 0.0f : v * float(c + 1) / 6.0f);
        TrackAnalysis analysis;
        const QList<AnalysisIssue> issues = issuesOf({six, FileFormat {kRate, 6, 0, std::nullopt}}, &analysis);
        QCOMPARE(analysis.channels.size(), 6);
        QVERIFY(std::isinf(analysis.channels[3].samplePeakDbfs));
        QVERIFY(std::fabs(analysis.channels[5].samplePeakDbfs - -12.0) < 0.1);
        QVERIFY(std::isfinite(analysis.loudnessLufs));
        QVERIFY(!analysis.stereo.measured);
        QVERIFY(issues.isEmpty());
    }

    void detectors()
    {
        QFETCH(Planted, planted);
        QFETCH(QStringList, mustFire);
        QFETCH(QStringList, mustNotFire);
        const QList<AnalysisIssue> issues = issuesOf(planted);
        const QStringList found = kinds(issues);
        QStringList messages;
        for (const AnalysisIssue &issue : issues)
            messages << issueKindName(issue.kind) + QStringLiteral(": ") + issue.message;
        for (const QString &kind : mustFire)
            QVERIFY2(found.contains(kind),
                qPrintable(kind + QStringLiteral(" did not fire; found: ") + messages.join(QStringLiteral(" | "))));
        for (const QString &kind : mustNotFire)
            QVERIFY2(!found.contains(kind),
                qPrintable(kind + QStringLiteral(" fired: ") + messages.join(QStringLiteral(" | "))));
    }
};

QTEST_GUILESS_MAIN(TestTrackDetectors)
#include "tst_trackdetectors.moc"
