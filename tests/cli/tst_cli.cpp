#include "cli/CliCommand.h"
#include "cli/CliRun.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {
using Run = test::CliRun;
using test::runPrepmarkCli;

QString source(const QString &relative)
{
    return QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(relative);
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void verdictReproducesThePaperProfiles_data()
    {
        QTest::addColumn<QString>("scores");
        QTest::addColumn<double>("mean");
        QTest::addColumn<QString>("blocking");
        QTest::newRow("WF 5.00 + SI 2.50") << "signal_integrity=2.50,workflow_facilitation=5.00,musical_refinement=3."
                                              "25,documentation_communication=3.20,creative_intent=3.20"
                                           << 3.43 << "signal_integrity";
        QTest::newRow("MR 4.75 + WF 1.75") << "signal_integrity=3.75,workflow_facilitation=1.75,musical_refinement=4."
                                              "75,documentation_communication=3.60,creative_intent=3.60"
                                           << 3.49 << "workflow_facilitation";
    }

    void verdictReproducesThePaperProfiles()
    {
        QFETCH(QString, scores);
        QFETCH(double, mean);
        QFETCH(QString, blocking);
        const Run run = runPrepmarkCli(
            {QStringLiteral("verdict"), QStringLiteral("--rubric"), source(QStringLiteral("rubrics/mixprep-5d.json")),
                QStringLiteral("--scores"), scores, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("adequate")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("mean")).toDouble(), mean);
        QCOMPARE(json.value(QStringLiteral("blocking")).toArray(), QJsonArray {blocking});
        QCOMPARE(json.value(QStringLiteral("masked")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("policy")).toString(), QStringLiteral("conjunctive"));
        QCOMPARE(json.value(QStringLiteral("dimensions")).toArray().size(), 5);

        const Run compensatory = runPrepmarkCli({QStringLiteral("verdict"), QStringLiteral("--rubric"),
            source(QStringLiteral("rubrics/mixprep-5d.json")), QStringLiteral("--scores"), scores,
            QStringLiteral("--policy"), QStringLiteral("compensatory"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(compensatory.out.toUtf8()).object().value(QStringLiteral("adequate")).toBool(),
            true);

        const Run table = runPrepmarkCli({QStringLiteral("verdict"), QStringLiteral("--rubric"),
            source(QStringLiteral("rubrics/mixprep-5d.json")), QStringLiteral("--scores"), scores});
        QCOMPARE(table.code, 0);
        QVERIFY(table.out.contains(QStringLiteral("INADEQUATE, blocked by ") + blocking));
        QVERIFY(table.out.contains(QStringLiteral("masked failure")));
    }

    void verdictUsageAndFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString rubric = source(QStringLiteral("rubrics/mixprep-5d.json"));
        QTest::newRow("no arguments") << QStringList {} << 2 << "usage: prepmark-cli";
        QTest::newRow("unknown verb") << QStringList {"grade-all"} << 2 << "unknown command \"grade-all\"";
        QTest::newRow("missing scores") << QStringList {"verdict", "--rubric", rubric} << 2 << "missing --scores";
        QTest::newRow("unknown option") << QStringList {"verdict", "--rubric", rubric, "--scores", "x=1", "--colour"}
                                        << 2 << "unknown option --colour";
        QTest::newRow("bad policy") << QStringList {"verdict", "--rubric", rubric, "--scores", "x=1", "--policy",
            "average"} << 2 << "unknown policy";
        QTest::newRow("missing rubric file")
            << QStringList {"verdict", "--rubric", "/nope.json", "--scores", "x=1"} << 1 << "/nope.json: cannot read";
        QTest::newRow("unknown dimension") << QStringList {"verdict", "--rubric", rubric, "--scores", "timing=3"} << 1
                                           << "\"timing\" is not a dimension";
        QTest::newRow("missing dimension") << QStringList {"verdict", "--rubric", rubric, "--scores",
            "signal_integrity=3"} << 1 << "no score for dimension";
        QTest::newRow("off the scale") << QStringList {"verdict", "--rubric", rubric, "--scores", "signal_integrity=9"}
                                       << 1 << "outside the scale";
    }

    void verdictUsageAndFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    // --db and the other shared options, as the db and demo verbs read them: a missing or
    // swallowed value is a usage error naming the option, and nothing is created.
    void databaseOptionUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("db: no database value") << QStringList {"db", "check", "--db"} << "--db needs a value";
        QTest::newRow("db: empty database") << QStringList {"db", "init", "--db="} << "missing --db";
        QTest::newRow("demo: no database") << QStringList {"demo"} << "missing --db";
        QTest::newRow("demo: option instead of the database")
            << QStringList {"demo", "--db", "--seed", "7"} << "--db needs a value";
        QTest::newRow("demo: words for the seed")
            << QStringList {"demo", "--db", "DIR/d.db", "--seed", "many"} << "--seed: \"many\" is not a whole number";
        QTest::newRow("demo: stray argument")
            << QStringList {"demo", "--db", "DIR/d.db", "extra"} << "unexpected argument \"extra\"";
    }

    void databaseOptionUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        QTemporaryDir dir;
        arguments.replaceInStrings(QStringLiteral("DIR"), dir.path());
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(QDir(dir.path()).isEmpty());
    }

    void dbCommands()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.db"));
        Run run = runPrepmarkCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), path});
        QCOMPARE(run.code, 0);
        // The newest version is the number of migration files in db/sqlite (001 to NNN).
        const qsizetype newest = QDir(QStringLiteral(PREPMARK_SOURCE_DIR "/db/sqlite"))
                                     .entryList({QStringLiteral("*.sql")}, QDir::Files)
                                     .size();
        QVERIFY(newest >= 5);
        QVERIFY2(run.out.contains(QStringLiteral("created at schema version %1").arg(newest)), qPrintable(run.out));
        QCOMPARE(runPrepmarkCli({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), path}).code, 1);
        run = runPrepmarkCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("ok")));
        run = runPrepmarkCli({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--db"), path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("already at the latest schema version")));
        const QString copy = dir.filePath(QStringLiteral("copy.db"));
        run = runPrepmarkCli({QStringLiteral("db"), QStringLiteral("backup"), QStringLiteral("--db"), path,
            QStringLiteral("--out"), copy});
        QCOMPARE(run.code, 0);
        QVERIFY(QFile::exists(copy));
        QCOMPARE(runPrepmarkCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), copy}).code, 0);
        QCOMPARE(
            runPrepmarkCli({QStringLiteral("db"), QStringLiteral("vacuum"), QStringLiteral("--db"), path}).code, 2);
        QCOMPARE(runPrepmarkCli({QStringLiteral("db"), QStringLiteral("check")}).code, 2);

        const QString garbage = dir.filePath(QStringLiteral("garbage.db"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("garbage garbage garbage");
        file.close();
        for (const char *action : {"check", "migrate", "backup"}) {
            run = runPrepmarkCli({QStringLiteral("db"), QString::fromLatin1(action), QStringLiteral("--db"), garbage});
            QCOMPARE(run.code, 1);
            QVERIFY2(run.err.contains(garbage + QStringLiteral(": not a PrepMark database")), qPrintable(run.err));
        }
    }

    void demoBuildsAProgrammeOnce()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        Run run = runPrepmarkCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.contains(QStringLiteral("3 cohorts, 66 students, 4 lecturers")));
        run = runPrepmarkCli({QStringLiteral("demo"), QStringLiteral("--db"), path});
        QCOMPARE(run.code, 1);
        QVERIFY(run.err.contains(QStringLiteral("already holds accounts")));
        QCOMPARE(runPrepmarkCli({QStringLiteral("db"), QStringLiteral("check"), QStringLiteral("--db"), path}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
