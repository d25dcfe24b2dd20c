#include "TestSignals.h"

#include "audio/SessionAnalysisJson.h"
#include "audio/SessionAnalyzer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

#include <atomic>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

constexpr int kRate = 48000;

Samples tone(double seconds = 2.0, double frequency = 440.0)
{
    Samples s = sine(frequency, -12.0, seconds, kRate);
    fade(s, kRate, 0.05, 0.05);
    return s;
}

struct SessionFile
{
    QString name;
    Samples samples;
    FileFormat format;
};

// Cancels as soon as the first block has been read.
class CancelAfterFirstProgress : public ProgressReporter
{
public:
    void setProgress(int percent) override
    {
        if (percent > 0)
            m_cancelled.store(true);
    }
    void setMessage(const QString &) override { }
    bool wasCancelled() const override { return m_cancelled.load(); }

private:
    std::atomic<bool> m_cancelled {false};
};

} // namespace

class TestSessionAnalyzer : public QObject
{
    Q_OBJECT

private:
    QStringList write(const QTemporaryDir &dir, const QList<SessionFile> &files)
    {
        QStringList paths;
        for (const SessionFile &file : files) {
            paths << dir.filePath(file.name);
            writeFile(paths.last(), file.samples, file.format);
        }
        return paths;
    }

    static SessionAnalysis run(const QStringList &paths, int threads = 2)
    {
        SilentProgress progress;
        AnalysisOptions options;
        options.threads = threads;
        const Result<SessionAnalysis> result = SessionAnalyzer().analyse(paths, options, progress);
        if (!result)
            qFatal("%s", qPrintable(result.errorMessage()));
        if (progress.lastProgress() != 100)
            qFatal("progress ended at %d", progress.lastProgress());
        return *result;
    }

    // kind -> files of the issues of that kind
    static QMap<QString, QStringList> issueFiles(const SessionAnalysis &session)
    {
        QMap<QString, QStringList> files;
        for (const AnalysisIssue &issue : session.issues)
            files[issueKindName(issue.kind)] << issue.files;
        return files;
    }

private slots:
    void sessionChecks_data()
    {
        QTest::addColumn<QList<SessionFile>>("files");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("flagged"); // empty: the kind must not fire
        const FileFormat pcm24 {kRate, 1, 0, std::nullopt};
        const FileFormat pcm16 {kRate, 1, SF_FORMAT_WAV | SF_FORMAT_PCM_16, std::nullopt};
        const FileFormat float32 {kRate, 1, SF_FORMAT_WAV | SF_FORMAT_FLOAT, std::nullopt};
        const FileFormat at44k {44100, 1, 0, std::nullopt};
        auto stamped = [](qint64 reference) { return FileFormat {kRate, 1, 0, reference}; };
        const QList<SessionFile> clean = {{"a.wav", tone(), pcm24}, {"b.wav", tone(), pcm24}, {"c.wav", tone(), pcm24}};
        for (const char *kind :
            {"sample_rate_mismatch", "low_bit_depth", "bit_depth_mismatch", "length_mismatch", "start_mismatch"})
            QTest::addRow("clean session: no %s", kind) << clean << QString::fromLatin1(kind) << QStringList {};
        QTest::newRow("one file at 44.1 kHz")
            << QList<SessionFile> {{"a.wav", tone(), pcm24}, {"b.wav", tone(), pcm24}, {"c.wav", tone(2.0), at44k}}
            << "sample_rate_mismatch" << QStringList {"c.wav"};
        QTest::newRow("one 16-bit file: low")
            << QList<SessionFile> {{"a.wav", tone(), pcm24}, {"b.wav", tone(), pcm16}, {"c.wav", tone(), pcm24}}
            << "low_bit_depth" << QStringList {"b.wav"};
        QTest::newRow("one 16-bit file: mixed")
            << QList<SessionFile> {{"a.wav", tone(), pcm24}, {"b.wav", tone(), pcm16}, {"c.wav", tone(), pcm24}}
            << "bit_depth_mismatch" << QStringList {"b.wav"};
        QTest::newRow("float files are not low")
            << QList<SessionFile> {{"a.wav", tone(), float32}, {"b.wav", tone(), float32}} << "low_bit_depth"
            << QStringList {};
        QTest::newRow("24-bit and float are mixed")
            << QList<SessionFile> {{"a.wav", tone(), float32}, {"b.wav", tone(), pcm24}, {"c.wav", tone(), float32}}
            << "bit_depth_mismatch" << QStringList {"b.wav"};
        QTest::newRow("one file not consolidated") << QList<SessionFile> {{"a.wav", tone(2.0), pcm24},
            {"b.wav", tone(2.5), pcm24}, {"c.wav", tone(2.0), pcm24}}
                                                   << "length_mismatch" << QStringList {"b.wav"};
        QTest::newRow("one file exported from a later start") << QList<SessionFile> {{"a.wav", tone(), stamped(0)},
            {"b.wav", tone(), stamped(0)}, {"c.wav", tone(), stamped(96000)}}
                                                              << "start_mismatch" << QStringList {"c.wav"};
        QTest::newRow("same start, files without a time stamp") << QList<SessionFile> {{"a.wav", tone(), stamped(4800)},
            {"b.wav", tone(), stamped(4800)}, {"c.wav", tone(), pcm24}}
                                                                << "start_mismatch" << QStringList {};
    }

    void sessionChecks()
    {
        QFETCH(QList<SessionFile>, files);
        QFETCH(QString, kind);
        QFETCH(QStringList, flagged);
        QTemporaryDir dir;
        const SessionAnalysis session = run(write(dir, files));
        QCOMPARE(issueFiles(session).value(kind), flagged);
    }

    void unreadableFilesDoNotStopTheRest()
    {
        QTemporaryDir dir;
        QStringList paths = write(dir,
            {{"good.wav", tone(), {}}, {"cut.wav", tone(3.0), {}},
                {"cut.flac", tone(3.0), FileFormat {kRate, 1, SF_FORMAT_FLAC | SF_FORMAT_PCM_24, std::nullopt}}});
        truncateFile(dir.filePath("cut.wav"), 40000);
        truncateFile(dir.filePath("cut.flac"), 6000);
        writeGarbage(dir.filePath("noise.wav"), 5000);
        paths << dir.filePath("noise.wav") << dir.filePath("missing.wav");
        const SessionAnalysis session = run(paths);
        QCOMPARE(session.tracks.size(), 5);
        QVERIFY(!session.allReadable());
        QVERIFY(session.tracks[0].readable());
        QVERIFY(std::isfinite(session.tracks[0].truePeakDbtp));
        for (int i = 1; i < 5; ++i)
            QVERIFY2(!session.tracks[i].readable(), qPrintable(session.tracks[i].fileName));
        QVERIFY2(session.tracks[1].error.contains("truncated"), qPrintable(session.tracks[1].error));
        QVERIFY2(session.tracks[1].error.contains("libsndfile"), qPrintable(session.tracks[1].error));
        QVERIFY2(session.tracks[2].error.contains("libsndfile"), qPrintable(session.tracks[2].error));
        QVERIFY2(session.tracks[3].error.contains("Format not recognised"), qPrintable(session.tracks[3].error));
        QVERIFY2(session.tracks[4].error.contains("No such file"), qPrintable(session.tracks[4].error));
        const QStringList unreadable = issueFiles(session).value("unreadable");
        QCOMPARE(unreadable, (QStringList {"cut.wav", "cut.flac", "noise.wav", "missing.wav"}));
        for (const AnalysisIssue &issue : session.issues) {
            if (issue.kind == IssueKind::Unreadable)
                QCOMPARE(issue.severity, IssueSeverity::Error);
        }
    }

    void sameResultOnAnyNumberOfThreads()
    {
        QTemporaryDir dir;
        QList<SessionFile> files;
        for (int i = 0; i < 6; ++i)
            files << SessionFile {
                QStringLiteral("t%1.wav").arg(i), mix(tone(1.5, 200.0 + 100 * i), noise(-40.0, 1.5, kRate, i)), {}};
        files << SessionFile {"Kick In.wav", pattern(kick(-6.0, kRate), 0.5, 1.5, kRate), {}}
              << SessionFile {"Kick Out.wav", delayed(pattern(kick(-6.0, kRate), 0.5, 1.5, kRate), 20), {}};
        const QStringList paths = write(dir, files);
        const QByteArray one = QJsonDocument(sessionAnalysisToJson(run(paths, 1))).toJson();
        const QByteArray three = QJsonDocument(sessionAnalysisToJson(run(paths, 3))).toJson();
        QCOMPARE(three, one);
        QVERIFY(one.contains("\"lagSamples\": 20"));
    }

    void cancellation()
    {
        QTemporaryDir dir;
        const QStringList paths
            = write(dir, {{"a.wav", tone(3.0), {}}, {"b.wav", tone(3.0), {}}, {"c.wav", tone(3.0), {}}});
        SilentProgress cancelledBefore;
        cancelledBefore.cancel();
        QVERIFY(!SessionAnalyzer().analyse(paths, {}, cancelledBefore));

        CancelAfterFirstProgress cancelledDuring;
        AnalysisOptions oneThread;
        oneThread.threads = 1;
        const Result<SessionAnalysis> result = SessionAnalyzer().analyse(paths, oneThread, cancelledDuring);
        QVERIFY(!result);
        QVERIFY(result.errorMessage().contains("cancelled"));
    }

    void jsonContract()
    {
        QTemporaryDir dir;
        QStringList paths = write(dir,
            {{"Kick In.wav", pattern(kick(-3.0, kRate), 0.5, 2.0, kRate), {}},
                {"Kick Out.wav", scaled(pattern(kick(-3.0, kRate), 0.5, 2.0, kRate), -0.5), {}}});
        writeGarbage(dir.filePath("bad.wav"), 100);
        paths << dir.filePath("bad.wav");
        const QJsonObject json = sessionAnalysisToJson(run(paths));
        QCOMPARE(json.keys(), (QStringList {"issues", "pairs", "tracks"}));
        const QJsonArray tracks = json["tracks"].toArray();
        QCOMPARE(tracks.size(), 3);
        for (const QJsonValue value : tracks) {
            const QJsonObject track = value.toObject();
            for (const char *key : {"file", "path", "sampleRate", "bitDepth", "channels", "frames", "samplePeakDbfs",
                     "truePeakDbtp", "rmsDbfs", "loudnessLufs", "dcOffsetDbfs", "clippedSamples"})
                QVERIFY2(track.contains(QLatin1String(key)), key);
            QCOMPARE(track.contains("error"), track["file"].toString() == "bad.wav");
        }
        const QJsonObject kickIn = tracks[0].toObject();
        QCOMPARE(kickIn["file"].toString(), QStringLiteral("Kick In.wav"));
        QCOMPARE(kickIn["sampleRate"].toInt(), kRate);
        QCOMPARE(kickIn["bitDepth"].toInt(), 24);
        QCOMPARE(kickIn["frames"].toInteger(), 2 * kRate);
        QVERIFY(kickIn["truePeakDbtp"].toDouble() > -3.5 && kickIn["truePeakDbtp"].toDouble() < 0.0);

        const QJsonArray pairs = json["pairs"].toArray();
        QCOMPARE(pairs.size(), 1);
        const QJsonObject pair = pairs[0].toObject();
        for (const char *key : {"a", "b", "lagSamples", "lagMs", "correlation", "polarityInverted"})
            QVERIFY2(pair.contains(QLatin1String(key)), key);
        QCOMPARE(pair["lagSamples"].toInt(), 0);
        QCOMPARE(pair["polarityInverted"].toBool(), true);

        const QStringList severities = {"error", "warning", "info"};
        bool sawPolarity = false;
        for (const QJsonValue value : json["issues"].toArray()) {
            const QJsonObject issue = value.toObject();
            QCOMPARE(
                issue.keys(), (QStringList {"endSeconds", "files", "kind", "message", "severity", "startSeconds"}));
            QVERIFY(severities.contains(issue["severity"].toString()));
            QVERIFY(!issue["files"].toArray().isEmpty());
            sawPolarity = sawPolarity || issue["kind"].toString() == "polarity_inverted";
        }
        QVERIFY(sawPolarity);
    }
};

QTEST_GUILESS_MAIN(TestSessionAnalyzer)
#include "tst_sessionanalyzer.moc"
