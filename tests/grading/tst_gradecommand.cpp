// `prepmark-cli grade`: the shape of --json (the verdict object of `verdict` plus the
// criteria), the readable text, and clear messages for bad arguments and files. Runs
// the verb in-process on a one-bar excerpt; renders go to the test-mode cache.

#include "cli/CliCommand.h"
#include "cli/CliRun.h"

#include "session/SessionRenderer.h"

#include "core/RubricLoader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {

const QString kExercise = QStringLiteral("rock-highway-static");

using Run = test::CliRun;
using test::runPrepmarkCli;

QStringList gradeArguments(const QStringList &more)
{
    return QStringList {QStringLiteral("grade"), QStringLiteral("--exercise"), kExercise, QStringLiteral("--excerpt"),
               QStringLiteral("1"), QStringLiteral("--quiet")}
    + more;
}

} // namespace

class TestGradeCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(!SessionRenderer::defaultSoundFont().isEmpty(), "no General MIDI SoundFont installed");
        QVERIFY(m_dir.isValid());
    }

    void referenceJson()
    {
        const Run run = runPrepmarkCli(gradeArguments({QStringLiteral("--reference"), QStringLiteral("--json"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("reference"))}));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QJsonParseError error;
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));

        // the verdict object of `prepmark-cli verdict`
        for (const char *field : {"adequate", "mean", "blocking", "masked", "policy", "dimensions"})
            QVERIFY2(json.contains(QLatin1String(field)), field);
        QCOMPARE(json.value(QStringLiteral("adequate")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("policy")).toString(), QStringLiteral("conjunctive"));
        QVERIFY(json.value(QStringLiteral("blocking")).toArray().isEmpty());
        QCOMPARE(json.value(QStringLiteral("exercise")).toString(), kExercise);
        QCOMPARE(json.value(QStringLiteral("rubric")).toString(), QStringLiteral("mixprep-5d@1"));
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(), true);

        // plus one entry per criterion of the rubric
        const QJsonArray criteria = json.value(QStringLiteral("criteria")).toArray();
        const Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
        QVERIFY(rubric.ok());
        QCOMPARE(criteria.size(), rubric->criterionKeys().size());
        int lecturerOnly = 0;
        for (const QJsonValue &value : criteria) {
            const QJsonObject criterion = value.toObject();
            QCOMPARE(criterion.keys(),
                (QStringList {QStringLiteral("dimension"), QStringLiteral("evidence"), QStringLiteral("key"),
                    QStringLiteral("level")}));
            QVERIFY(!criterion.value(QStringLiteral("evidence")).toArray().isEmpty());
            const QJsonValue level = criterion.value(QStringLiteral("level"));
            if (level.isNull())
                ++lecturerOnly;
            else
                QVERIFY(level.toInt() >= 1 && level.toInt() <= 5);
        }
        QVERIFY(lecturerOnly >= 3); // timing, clarity and references have no check
        const QJsonObject first = criteria.first().toObject();
        QCOMPARE(first.value(QStringLiteral("key")).toString(), QStringLiteral("si_clipping_headroom"));
        QCOMPARE(first.value(QStringLiteral("dimension")).toString(), QStringLiteral("signal_integrity"));
    }

    void deliveredText()
    {
        // the delivered session, from the render the reference run cached
        const QStringList sessions
            = QDir(SessionRenderer::cacheRoot()).entryList({kExercise + QStringLiteral("-*")}, QDir::Dirs);
        QVERIFY(!sessions.isEmpty());
        QString delivered;
        for (const QString &folder : sessions) {
            const QString path
                = SessionRenderer::cacheRoot() + QLatin1Char('/') + folder + QStringLiteral("/session.json");
            if (QFile::exists(path))
                delivered = path;
        }
        QVERIFY(!delivered.isEmpty());
        const Run run = runPrepmarkCli(gradeArguments({QStringLiteral("--prepared"), delivered}));
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("automatic verdict (conjunctive): INADEQUATE, blocked by")),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("documentation_communication: 1.00")));
        QVERIFY(run.out.contains(QStringLiteral("No session notes.")));
        QVERIFY(run.out.contains(QStringLiteral("-  mr_timing_hits")));
        QVERIFY(run.out.contains(QStringLiteral("Lecturer only: no automatic check covers this criterion.")));
        QVERIFY(run.out.contains(QStringLiteral("never instead of it")));
    }

    void badArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no source") << QStringList {QStringLiteral("grade"), QStringLiteral("--exercise"), kExercise}
                                   << 2 << QStringLiteral("give --prepared FILE or --reference (one of them)");
        QTest::newRow("both sources") << QStringList {QStringLiteral("grade"), QStringLiteral("--exercise"), kExercise,
            QStringLiteral("--reference"), QStringLiteral("--prepared"), QStringLiteral("x.json")}
                                      << 2 << QStringLiteral("one of them");
        QTest::newRow("no exercise") << QStringList {QStringLiteral("grade"), QStringLiteral("--reference")} << 2
                                     << QStringLiteral("exercise");
        QTest::newRow("bad excerpt") << QStringList {QStringLiteral("grade"), QStringLiteral("--exercise"), kExercise,
            QStringLiteral("--reference"), QStringLiteral("--excerpt"), QStringLiteral("zero")}
                                     << 2
                                     << QStringLiteral("--excerpt: \"zero\" is not a whole number of bars above 0");
        QTest::newRow("bad threads") << QStringList {QStringLiteral("grade"), QStringLiteral("--exercise"), kExercise,
            QStringLiteral("--reference"), QStringLiteral("--threads"),
            QStringLiteral("0")} << 2 << QStringLiteral("--threads: \"0\" is not a whole number of threads above 0");
        QTest::newRow("unknown exercise") << QStringList {QStringLiteral("grade"), QStringLiteral("--exercise"),
            QStringLiteral("no-such-exercise"), QStringLiteral("--reference")}
                                          << 1 << QStringLiteral("no-such-exercise");
    }
    void badArguments()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void brokenPreparedFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": ");
        file.close();
        const Run run = runPrepmarkCli(gradeArguments({QStringLiteral("--prepared"), path}));
        QCOMPARE(run.code, 1);
        QVERIFY2(
            run.err.startsWith(QStringLiteral("prepmark-cli grade: ")) && run.err.contains(path), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestGradeCommand)
#include "tst_gradecommand.moc"
