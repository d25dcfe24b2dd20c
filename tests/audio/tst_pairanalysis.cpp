#include "TestSignals.h"

#include "audio/PairAnalyzer.h"
#include "audio/PairNameTable.h"
#include "audio/SessionAnalyzer.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

constexpr int kRate = 48000;

// A drum part: kicks with some noise, 4 s.
Samples drums(unsigned seed = 1)
{
    return mix(pattern(kick(-6.0, kRate, seed), 0.5, 4.0, kRate, 0.1), noise(-40.0, 4.0, kRate, seed + 100));
}

// The same source on another microphone: darker (one-pole low-pass), with its own
// noise; `gain` < 0 inverts it.
Samples otherMic(const Samples &source, double gain, unsigned seed)
{
    Samples out(source.size());
    double state = 0.0;
    for (size_t i = 0; i < source.size(); ++i) {
        state += 0.3 * (source[i] - state);
        out[i] = float(gain * state);
    }
    return mix(out, noise(-45.0, double(source.size()) / kRate, kRate, seed));
}

QString pairText(const QStringList &names, const NamedPair &pair)
{
    return names[pair.reference] + QLatin1Char('|') + names[pair.other];
}

} // namespace

class TestPairAnalysis : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Analyses the files of a session and returns it (qFatal on an Error).
    SessionAnalysis analyse(const QList<QPair<QString, Samples>> &files, const AnalysisOptions &options = {})
    {
        QStringList paths;
        for (const auto &[name, samples] : files) {
            paths << m_dir.filePath(name);
            writeFile(paths.last(), samples);
        }
        SilentProgress progress;
        const Result<SessionAnalysis> result = SessionAnalyzer().analyse(paths, options, progress);
        if (!result)
            qFatal("%s", qPrintable(result.errorMessage()));
        return *result;
    }

    static QStringList kindsOf(const SessionAnalysis &session)
    {
        QStringList kinds;
        for (const AnalysisIssue &issue : session.issues)
            kinds << issueKindName(issue.kind);
        return kinds;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void nameTable_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("pairs");
        using L = QStringList;
        QTest::newRow("kick in/out, numbered")
            << L {"01 Kick In.wav", "02 Kick Out.wav", "03 Snare.wav"} << L {"01 Kick In.wav|02 Kick Out.wav"};
        QTest::newRow("camel case, three mics, reference first in the table")
            << L {"KickSub.wav", "KickOut.wav", "KickIn.wav"} << L {"KickIn.wav|KickSub.wav", "KickIn.wav|KickOut.wav"};
        QTest::newRow("snare spelt two ways") << L {"Snare Top.wav", "Snr_Btm.wav"} << L {"Snare Top.wav|Snr_Btm.wav"};
        QTest::newRow("overheads") << L {"OH L.wav", "OH R.wav"} << L {"OH L.wav|OH R.wav"};
        QTest::newRow("bass DI and amp") << L {"BassDI.flac", "BassAmp.flac"} << L {"BassDI.flac|BassAmp.flac"};
        QTest::newRow("guitar mics") << L {"Gtr SM57.wav", "Gtr R121.wav", "Vox.wav"}
                                     << L {"Gtr SM57.wav|Gtr R121.wav"};
        QTest::newRow("two guitars, each DI'd") << L {"Gtr L DI.wav", "Gtr R DI.wav"} << L {};
        QTest::newRow("different sources") << L {"Kick In.wav", "Snare Top.wav", "Tom 1.wav", "Tom 2.wav"} << L {};
        QTest::newRow("a source without a role") << L {"Kick.wav", "Kick Out.wav"} << L {};
    }

    void nameTable()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, pairs);
        QStringList found;
        for (const NamedPair &pair : PairNameTable().findPairs(names))
            found << pairText(names, pair);
        found.sort();
        pairs.sort();
        QCOMPARE(found, pairs);
    }

    void overheadsCheckPolarityOnly()
    {
        const QList<NamedPair> pairs
            = PairNameTable().findPairs({"OH L.wav", "OH R.wav", "Kick In.wav", "Kick Out.wav"});
        QCOMPARE(pairs.size(), 2);
        QVERIFY(!pairs[0].checkTimeOffset);
        QVERIFY(pairs[1].checkTimeOffset);
    }

    void lagAndPolarity_data()
    {
        QTest::addColumn<qint64>("delay");
        QTest::addColumn<double>("gain");
        QTest::addColumn<QStringList>("expectedKinds");
        QTest::newRow("delayed by 58 samples") << qint64(58) << 0.8 << QStringList {"time_offset"};
        QTest::newRow("inverted copy") << qint64(0) << -0.8 << QStringList {"polarity_inverted"};
        QTest::newRow("delayed and inverted") << qint64(58) << -0.8 << QStringList {"polarity_inverted", "time_offset"};
        QTest::newRow("early by 30 samples") << qint64(-30) << 0.8 << QStringList {"time_offset"};
        QTest::newRow("aligned within 0.25 ms") << qint64(5) << 0.8 << QStringList {};
    }

    void lagAndPolarity()
    {
        QFETCH(qint64, delay);
        QFETCH(double, gain);
        QFETCH(QStringList, expectedKinds);
        const Samples in = drums();
        Samples out = otherMic(in, gain, 5);
        out = delay >= 0 ? delayed(out, delay) : Samples(out.begin() - delay, out.end());
        out.resize(in.size(), 0.0f);
        const SessionAnalysis session = analyse({{"Kick In.wav", in}, {"Kick Out.wav", out}});
        QCOMPARE(session.pairs.size(), 1);
        const PairAnalysis &pair = session.pairs[0];
        QVERIFY(pair.measured);
        QCOMPARE(pair.a, QStringLiteral("Kick In.wav"));
        QCOMPARE(pair.lagSamples, delay);
        QVERIFY(std::fabs(pair.lagMs - 1000.0 * double(delay) / kRate) < 1e-9);
        QVERIFY2(std::fabs(pair.correlation) > 0.8, qPrintable(QString::number(pair.correlation)));
        QCOMPARE(pair.correlation < 0, gain < 0);
        QCOMPARE(pair.polarityInverted, gain < 0);
        QStringList kinds = kindsOf(session);
        kinds.sort();
        QStringList messages;
        for (const AnalysisIssue &issue : session.issues)
            messages << issue.message;
        QVERIFY2(kinds == expectedKinds, qPrintable(messages.join(QStringLiteral(" | "))));
    }

    void unrelatedTracksAreNotReported()
    {
        const SessionAnalysis session
            = analyse({{"Kick In.wav", noise(-20.0, 3.0, kRate, 1)}, {"Kick Out.wav", noise(-20.0, 3.0, kRate, 2)}});
        QCOMPARE(session.pairs.size(), 1);
        QVERIFY(std::fabs(session.pairs[0].correlation) < 0.2);
        QVERIFY(!session.pairs[0].polarityInverted);
        QCOMPARE(kindsOf(session), QStringList {});
    }

    void spacedPairLagIsNotAFault()
    {
        const Samples left = drums();
        const SessionAnalysis session
            = analyse({{"OH L.wav", left}, {"OH R.wav", otherMic(delayed(left, 40), 0.7, 3)}});
        QCOMPARE(session.pairs.size(), 1);
        QCOMPARE(session.pairs[0].lagSamples, qint64(40));
        QCOMPARE(kindsOf(session), QStringList {});
    }

    // An exercise names pairs the name table cannot know.
    void explicitPairs()
    {
        const Samples lead = drums(3);
        const QList<QPair<QString, Samples>> files = {{"lead.wav", lead}, {"double.wav", delayed(lead, 30)}};
        QVERIFY(analyse(files).pairs.isEmpty());

        AnalysisOptions options;
        options.pairs = {TrackPairRequest {"lead.wav", m_dir.filePath("double.wav"), true}};
        const SessionAnalysis session = analyse(files, options);
        QCOMPARE(session.pairs.size(), 1);
        QCOMPARE(session.pairs[0].source, QStringLiteral("exercise"));
        QCOMPARE(session.pairs[0].lagSamples, qint64(30));
        QCOMPARE(kindsOf(session), QStringList {"time_offset"});

        options.pairs = {TrackPairRequest {"lead.wav", "missing.wav", true}};
        SilentProgress progress;
        const Result<SessionAnalysis> failed
            = SessionAnalyzer().analyse({m_dir.filePath("lead.wav"), m_dir.filePath("double.wav")}, options, progress);
        QVERIFY(!failed);
        QVERIFY2(failed.errorMessage().contains("missing.wav"), qPrintable(failed.errorMessage()));
    }

    void correlationPeakInMemory()
    {
        const Samples a = noise(-10.0, 0.2, kRate, 8);
        const qint64 maxLag = 100;
        Samples b(a.size() + 2 * maxLag, 0.0f);
        for (size_t i = 0; i < a.size(); ++i)
            b[i + maxLag - 17] = -a[i]; // b leads by 17 samples, inverted
        const PairAnalyzer::Peak peak = PairAnalyzer::correlationPeak(a, b, maxLag);
        QCOMPARE(peak.lag, qint64(-17));
        QVERIFY(peak.correlation < -0.99);
    }
};

QTEST_GUILESS_MAIN(TestPairAnalysis)
#include "tst_pairanalysis.moc"
