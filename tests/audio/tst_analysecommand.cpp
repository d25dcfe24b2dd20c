#include "TestSignals.h"
#include "cli/CliRun.h"

#include "cli/CliCommand.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <sndfile.h>

using namespace prepmark;
using namespace prepmark::testsignals;

namespace {

constexpr int kRate = 48000;

using Run = test::CliRun;
using test::runPrepmarkCli;

Samples drums()
{
    return mix(pattern(kick(-6.0, kRate), 0.5, 2.0, kRate, 0.1), noise(-50.0, 2.0, kRate, 4));
}

} // namespace

class TestAnalyseCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_session; // kick in/out 58 samples apart, a truncated file, garbage
    QTemporaryDir m_clean;

private slots:
    void initTestCase()
    {
        QVERIFY(m_session.isValid() && m_clean.isValid());
        writeFile(m_session.filePath("01 Kick In.wav"), drums());
        writeFile(m_session.filePath("02 Kick Out.wav"), delayed(drums(), 58));
        writeFile(m_session.filePath("03 Bass.wav"), sine(55.0, -12.0, 2.0, kRate));
        truncateFile(m_session.filePath("03 Bass.wav"), 100000);
        writeGarbage(m_session.filePath("04 Vox.wav"), 3000);
        QFile notes(m_session.filePath("notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("not audio, and not in a folder scan\n");

        Samples tone = sine(440.0, -12.0, 2.0, kRate);
        fade(tone, kRate, 0.1, 0.1);
        writeFile(m_clean.filePath("tone.wav"), tone);
        writeFile(m_clean.filePath("tone2.flac"), tone,
            FileFormat {kRate, 1, SF_FORMAT_FLAC | SF_FORMAT_PCM_24, std::nullopt});
    }

    void jsonOfASessionWithUnreadableFiles()
    {
        const Run run = runPrepmarkCli({"analyse", m_session.path(), "--json", "--threads", "2"});
        QCOMPARE(run.code, 3);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray tracks = document["tracks"].toArray();
        QCOMPARE(tracks.size(), 4); // notes.txt is not audio
        QStringList files;
        for (const QJsonValue track : tracks)
            files << track["file"].toString();
        QCOMPARE(files, (QStringList {"01 Kick In.wav", "02 Kick Out.wav", "03 Bass.wav", "04 Vox.wav"}));
        QVERIFY(!tracks[0].toObject().contains("error"));
        QVERIFY(tracks[2]["error"].toString().contains("truncated"));
        QVERIFY(tracks[3]["error"].toString().contains("Format not recognised"));

        const QJsonArray pairs = document["pairs"].toArray();
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs[0]["a"].toString(), QStringLiteral("01 Kick In.wav"));
        QCOMPARE(pairs[0]["b"].toString(), QStringLiteral("02 Kick Out.wav"));
        QCOMPARE(pairs[0]["lagSamples"].toInt(), 58);
        QCOMPARE(pairs[0]["lagMs"].toDouble(), 1.208);
        QCOMPARE(pairs[0]["polarityInverted"].toBool(), false);

        QStringList kinds;
        for (const QJsonValue issue : document["issues"].toArray())
            kinds << issue["kind"].toString();
        QCOMPARE(kinds.count("unreadable"), 2);
        QCOMPARE(kinds.count("time_offset"), 1);
        QVERIFY(run.err.contains("unreadable: "));
    }

    void tableOfACleanSession()
    {
        const Run run = runPrepmarkCli({"analyse", m_clean.filePath("tone.wav"), m_clean.filePath("tone2.flac")});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("tone.wav") && run.out.contains("tone2.flac"), qPrintable(run.out));
        QVERIFY2(run.out.contains("issues: 0"), qPrintable(run.out));
        QVERIFY(run.err.isEmpty());
    }

    void tableListsIssues()
    {
        const Run run = runPrepmarkCli({"analyse", m_session.path()});
        QCOMPARE(run.code, 3);
        QVERIFY(run.out.contains("unreadable"));
        QVERIFY(run.out.contains("time_offset"));
        QVERIFY(run.out.contains("lag 58 samples"));
    }

    void configChangesThresholds()
    {
        QTemporaryDir dir;
        QFile config(dir.filePath("strict.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"thresholds": {"truePeakMaxDbtp": -20}})");
        config.close();
        const Run run
            = runPrepmarkCli({"analyse", m_clean.filePath("tone.wav"), "--json", "--config", config.fileName()});
        QCOMPARE(run.code, 0);
        QVERIFY2(run.out.contains("true_peak_over"), qPrintable(run.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no path") << QStringList {"analyse"} << "give at least one audio file or folder";
        QTest::newRow("missing path") << QStringList {"analyse", "/no/such/file.wav"}
                                      << "/no/such/file.wav: no such file or folder";
        QTest::newRow("bad threads") << QStringList {"analyse", ".", "--threads", "zero"} << "--threads";
        QTest::newRow("no threads") << QStringList {"analyse", ".", "--threads", "0"} << "--threads";
        QTest::newRow("unknown option") << QStringList {"analyse", ".", "--fast"} << "unknown option --fast";
        QTest::newRow("missing config") << QStringList {"analyse", ".", "--config", "/no/config.json"}
                                        << "/no/config.json";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void badConfigNamesFileAndField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("bad.json");
        QFile config(path);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(R"({"thresholds": {"clipping": 3}})");
        config.close();
        const Run run = runPrepmarkCli({"analyse", m_clean.filePath("tone.wav"), "--config", path});
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(path + ": $.thresholds.clipping: unknown field"), qPrintable(run.err));
    }

    void listedInHelp()
    {
        const Run run = runPrepmarkCli({"--help"});
        QVERIFY(run.out.contains("analyse PATH... [--json] [--threads N] [--config FILE]"));
    }
};

QTEST_GUILESS_MAIN(TestAnalyseCommand)
#include "tst_analysecommand.moc"
