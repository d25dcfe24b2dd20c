// prepmark-cli exercises and render, run in-process: output, exit codes and the
// messages that name the file and field.

#include "cli/CliCommand.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark::cli;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

Run run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CliStreams streams {out, err};
    result.code = runCli(arguments, streams);
    out.flush();
    err.flush();
    return result;
}

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(relative);
}

} // namespace

class TestExerciseCli : public QObject
{
    Q_OBJECT

private slots:
    void listsExercisesAsJson()
    {
        const Run r = run({QStringLiteral("exercises"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, int(ExitSuccess));
        const QJsonArray array = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(array.size(), 27);
        const QJsonObject first = array.first().toObject();
        QCOMPARE(first.keys(), (QStringList {"difficulty", "genre", "key", "title"}));
        QCOMPARE(first[QStringLiteral("key")].toString(), QStringLiteral("pop-paper-planes"));
        QCOMPARE(first[QStringLiteral("genre")].toString(), QStringLiteral("pop"));
        QCOMPARE(first[QStringLiteral("difficulty")].toInt(), 1);
    }

    void listsExercisesAsATable()
    {
        const Run r = run({QStringLiteral("exercises"), QStringLiteral("list")});
        QCOMPARE(r.code, int(ExitSuccess));
        QCOMPARE(r.out.count(QLatin1Char('\n')), 28);
        QVERIFY(r.out.contains(QStringLiteral("cinematic-empire-of-dust")));
    }

    void showsAnExerciseWithoutItsAnswers()
    {
        const Run r = run({QStringLiteral("exercises"), QStringLiteral("show"), QStringLiteral("rock-highway-static")});
        QCOMPARE(r.code, int(ExitSuccess));
        QVERIFY(r.out.contains(QStringLiteral("Highway Static - The Static Drive")));
        QVERIFY(r.out.contains(QStringLiteral("bar 13  Chorus 1 (8 bars)")));
        QVERIFY(r.out.contains(QStringLiteral("Vox (copy).wav")));
        QVERIFY(!r.out.contains(QStringLiteral("polarity")));
    }

    void usageAndFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList {"exercises"} << int(ExitUsage) << "missing subcommand";
        QTest::newRow("bad subcommand") << QStringList {"exercises", "play"} << int(ExitUsage)
                                        << "unknown subcommand \"play\"";
        QTest::newRow("list extra") << QStringList {"exercises", "list", "pop"} << int(ExitUsage)
                                    << "unexpected argument";
        QTest::newRow("show unknown") << QStringList {"exercises", "show", "nope"} << int(ExitFailure)
                                      << "no bundled exercise \"nope\"";
        QTest::newRow("validate none") << QStringList {"exercises", "validate"} << int(ExitUsage) << "give one or more";
        QTest::newRow("render nothing") << QStringList {"render", "--out", "x"} << int(ExitUsage)
                                        << "give exercise keys, --all or --exercise";
        QTest::newRow("render two sources")
            << QStringList {"render", "pop-paper-planes", "--all", "--out", "x"} << int(ExitUsage) << "(one of them)";
        QTest::newRow("render no out") << QStringList {"render", "pop-paper-planes"} << int(ExitUsage)
                                       << "missing --out";
        QTest::newRow("render bad excerpt") << QStringList {"render", "pop-paper-planes", "--out", "x", "--excerpt",
            "0"} << int(ExitUsage) << "--excerpt: \"0\"";
        QTest::newRow("render bad threads") << QStringList {"render", "pop-paper-planes", "--out", "x", "--threads",
            "two"} << int(ExitUsage) << "--threads: \"two\"";
        QTest::newRow("render unknown") << QStringList {"render", "nope", "--out", "x"} << int(ExitFailure)
                                        << "no bundled exercise \"nope\"";
    }
    void usageAndFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r = run(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void validatesFilesNamingTheField()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile original(sourcePath(QStringLiteral("tests/exercise/data/minimal-exercise.json")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("\"tempo\": 120", "\"tempo\": 400");
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        const Run r = run({QStringLiteral("exercises"), QStringLiteral("validate"),
            sourcePath(QStringLiteral("exercises/pop-paper-planes/exercise.json")), bad});
        QCOMPARE(r.code, int(ExitFailure));
        QVERIFY(r.out.contains(QStringLiteral("ok  ")));
        QVERIFY2(r.err.contains(bad + QStringLiteral(": $.tempo: tempo 400 is outside 40-240")), qPrintable(r.err));
    }

    void rendersIntoAFolderPerExercise()
    {
        QTemporaryDir dir;
        const Run r = run({QStringLiteral("render"), QStringLiteral("--exercise"),
            sourcePath(QStringLiteral("tests/exercise/data/minimal-exercise.json")), QStringLiteral("--out"),
            dir.path(), QStringLiteral("--excerpt"), QStringLiteral("1"), QStringLiteral("--quiet")});
        QCOMPARE(r.code, int(ExitSuccess));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("test-minimal/session.json"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("test-minimal/stems/kik_FINAL_v2.wav"))));
        QVERIFY(r.out.startsWith(QStringLiteral("test-minimal")));
        QVERIFY(r.out.contains(QStringLiteral("6 tracks")));
    }
};

QTEST_GUILESS_MAIN(TestExerciseCli)
#include "tst_exercisecli.moc"
