// Unit tests of the grading library's parts that need no audio: the check registry
// against the catalogue, the notes matching, the report's JSON, the validation of a
// prepared session, and the essential-criterion cap of the core score.

#include "grading/AutoGrader.h"
#include "grading/CheckRegistry.h"
#include "grading/GradingReportJson.h"
#include "grading/checks/ColourOrderCheck.h"
#include "grading/checks/NotesTopicsCheck.h"
#include "grading/facts/GradingContext.h"

#include "core/CheckCatalogue.h"
#include "core/RubricLoader.h"
#include "core/Scores.h"
#include "exercise/ExerciseLoader.h"

#include <QJsonArray>
#include <QTest>

using namespace prepmark;

namespace {

Session sessionWith(const QStringList &trackIds, qint64 length = 48000)
{
    Session session;
    session.lengthSamples = length;
    for (const QString &id : trackIds) {
        SessionTrack track;
        track.id = id;
        track.name = id;
        track.file = QStringLiteral("stems/%1.wav").arg(id);
        session.tracks << track;
    }
    return session;
}

Exercise exerciseWith(const QStringList &trackIds)
{
    Exercise exercise;
    exercise.key = QStringLiteral("unit");
    for (const QString &id : trackIds) {
        DeliveredTrack track;
        track.id = id;
        track.name = id;
        exercise.tracks << track;
    }
    return exercise;
}

} // namespace

class TestGradingChecks : public QObject
{
    Q_OBJECT

private slots:
    void registryImplementsTheCatalogue()
    {
        QStringList catalogue = CheckCatalogue::names();
        catalogue.sort();
        QStringList registry = CheckRegistry::names();
        registry.sort();
        QCOMPARE(registry, catalogue);
        for (const QString &name : catalogue)
            QVERIFY2(CheckRegistry::find(name), qPrintable(name));
        QVERIFY(!CheckRegistry::find(QStringLiteral("no_such_check")));
    }

    void bundledRubricsNameKnownChecks_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("default") << QStringLiteral("mixprep-5d");
        QTest::newRow("foundation") << QStringLiteral("mixprep-foundation");
    }
    void bundledRubricsNameKnownChecks()
    {
        QFETCH(QString, key);
        const Result<Rubric> rubric = RubricLoader::bundled(key);
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
        int checked = 0;
        for (const Dimension &dimension : rubric->dimensions) {
            bool any = false;
            for (const Criterion &criterion : dimension.criteria) {
                if (criterion.check.isEmpty())
                    continue;
                QVERIFY2(CheckRegistry::find(criterion.check), qPrintable(criterion.check));
                any = true;
                ++checked;
            }
            QVERIFY2(any, qPrintable(dimension.key)); // every dimension can be judged automatically
        }
        QVERIFY(checked >= 10);
    }

    void essentialCriterionCapsItsDimension()
    {
        const Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
        const Dimension *signal = rubric->dimension(QStringLiteral("signal_integrity"));
        QVERIFY(signal);
        const Criterion *polarity = rubric->criterion(QStringLiteral("si_polarity_alignment"));
        QVERIFY(polarity && polarity->essential);
        QVERIFY(!rubric->criterion(QStringLiteral("si_clipping_headroom"))->essential);

        CriterionLevels levels {{QStringLiteral("si_clipping_headroom"), 5},
            {QStringLiteral("si_polarity_alignment"), 2}, {QStringLiteral("si_noise_hum_dc"), 5},
            {QStringLiteral("si_format_edit_clicks"), 5}};
        // the weighted mean would be (10 + 4 + 5 + 5) / 6 = 4.0; the essential criterion
        // below the threshold caps it at its level
        QCOMPARE(*dimensionScore(*signal, levels), 2.0);
        levels[QStringLiteral("si_polarity_alignment")] = 3; // at the threshold: no cap
        QCOMPARE(*dimensionScore(*signal, levels), 26.0 / 6.0);
        // a non-essential criterion below the threshold is averaged as before
        levels[QStringLiteral("si_polarity_alignment")] = 5;
        levels[QStringLiteral("si_clipping_headroom")] = 1;
        QCOMPARE(*dimensionScore(*signal, levels), 22.0 / 6.0);
    }

    void essentialMustBeABoolean()
    {
        const QByteArray json = R"({"key": "r", "version": 1, "title": "R", "description": "d",
            "scale": {"min": 1, "max": 5, "labels": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}},
            "dimensions": [{"key": "d", "name": "D", "description": "x", "threshold": 3, "criteria": [
              {"key": "c", "name": "C", "evidence": "e", "essential": "yes",
               "levels": {"1": "a", "2": "b", "3": "c", "4": "d", "5": "e"}}]}]})";
        const Result<Rubric> rubric = RubricLoader::fromJson(json, QStringLiteral("unit.json"));
        QVERIFY(!rubric.ok());
        QVERIFY2(rubric.errorMessage().contains(QStringLiteral("essential")), qPrintable(rubric.errorMessage()));
    }

    void notesMatchWordStarts()
    {
        const GradingInput input {exerciseWith({}), sessionWith({}), sessionWith({}), {}, {}};
        const Result<GradingContext> context = GradingContext::build(input);
        QVERIFY2(context.ok(), qPrintable(context.errorMessage()));
        NoteTopic topic;
        topic.keywords = {{QStringLiteral("snare")}, {QStringLiteral("polarity"), QStringLiteral("flip")}};
        QVERIFY(context->covers(topic, QStringLiteral("Flipped the Snare Bottom.")));
        QVERIFY(context->covers(topic, QStringLiteral("snare: POLARITY inverted")));
        QVERIFY(!context->covers(topic, QStringLiteral("Flipped the kick.")));
        QVERIFY(!context->covers(topic, QStringLiteral("The snare is fine.")));
        topic.keywords = {{QStringLiteral("ms")}};
        QVERIFY(!context->covers(topic, QStringLiteral("drums")));
        QVERIFY(context->covers(topic, QStringLiteral("moved 0.4 ms")));
        topic.keywords = {};
        QVERIFY(!context->covers(topic, QStringLiteral("anything")));

        QVERIFY(GradingContext::containsWord(QStringLiteral("Lead Gtr is late"), QStringLiteral("lead gtr")));
        QVERIFY(!GradingContext::containsWord(QStringLiteral("Leader"), QStringLiteral("lead")));
        QVERIFY(!GradingContext::containsWord(QStringLiteral("anything"), QStringLiteral("  ")));
        QCOMPARE(GradingContext::listNames({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}, 2),
            QStringLiteral("a, b and 1 more"));
    }

    void everyTopicCoversItsOwnText()
    {
        // a reference answer that writes a topic's text must cover the topic
        const GradingInput input {exerciseWith({}), sessionWith({}), sessionWith({}), {}, {}};
        const Result<GradingContext> context = GradingContext::build(input);
        QVERIFY(context.ok());
        const QStringList keys = ExerciseLoader::bundledKeys();
        QCOMPARE(keys.size(), 27);
        for (const QString &key : keys) {
            const Result<Exercise> exercise = ExerciseLoader::bundled(key);
            QVERIFY2(exercise.ok(), qPrintable(exercise.errorMessage()));
            for (const NoteTopic &topic : exercise->answerKey.topics)
                QVERIFY2(context->covers(topic, topic.text), qPrintable(key + QLatin1Char('/') + topic.id));
        }
    }

    void measuredValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("measured");
        QTest::newRow("dB") << QStringLiteral("pulled down 6 dB") << true;
        QTest::newRow("ms") << QStringLiteral("aligned +0.4 ms") << true;
        QTest::newRow("kHz") << QStringLiteral("was 44.1 kHz") << true;
        QTest::newRow("percent") << QStringLiteral("DC offset 3.5%") << true;
        QTest::newRow("bit") << QStringLiteral("a 16-bit file") << true;
        QTest::newRow("words") << QStringLiteral("flipped the snare bottom") << false;
        QTest::newRow("bar") << QStringLiteral("bar 12 is late") << false;
        QTest::newRow("unit in a word") << QStringLiteral("3 msgs and 2 dbx units") << false;
    }
    void measuredValues()
    {
        QFETCH(QString, text);
        QFETCH(bool, measured);
        QCOMPARE(NotesTopicsCheck::hasMeasuredValue(text), measured);
    }

    void longestCommonSubsequence()
    {
        const QStringList key {
            QStringLiteral("kick"), QStringLiteral("snare"), QStringLiteral("bass"), QStringLiteral("vox")};
        QCOMPARE(ColourOrderCheck::longestCommonSubsequence(key, key), 4);
        QCOMPARE(
            ColourOrderCheck::longestCommonSubsequence(
                {QStringLiteral("vox"), QStringLiteral("kick"), QStringLiteral("snare"), QStringLiteral("bass")}, key),
            3);
        QCOMPARE(ColourOrderCheck::longestCommonSubsequence({}, key), 0);
    }

    void contextRejectsAForeignSession_data()
    {
        QTest::addColumn<QStringList>("prepared");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing track") << QStringList {QStringLiteral("kick")} << qint64(48000)
                                       << QStringLiteral("track \"snare\" (snare) is missing");
        QTest::newRow("foreign track") << QStringList {QStringLiteral("kick"), QStringLiteral("snare"),
            QStringLiteral("tuba")} << qint64(48000)
                                       << QStringLiteral("track \"tuba\" is not a track of exercise unit");
        QTest::newRow("other length") << QStringList {QStringLiteral("kick"), QStringLiteral("snare")} << qint64(96000)
                                      << QStringLiteral(
                                             "lengthSamples 96000 differs from the delivered session's 48000");
        QTest::newRow("no stem") << QStringList {QStringLiteral("kick"), QStringLiteral("snare")} << qint64(48000)
                                 << QStringLiteral("track \"kick\" has no rendered stem");
    }
    void contextRejectsAForeignSession()
    {
        QFETCH(QStringList, prepared);
        QFETCH(qint64, length);
        QFETCH(QString, message);
        const QStringList tracks {QStringLiteral("kick"), QStringLiteral("snare")};
        const GradingInput input {exerciseWith(tracks), sessionWith(tracks), sessionWith(prepared, length), {}, {}};
        const Result<GradingContext> context = GradingContext::build(input);
        QVERIFY(!context.ok());
        QVERIFY2(context.errorMessage().contains(message), qPrintable(context.errorMessage()));
        QVERIFY(context.errorMessage().contains(QStringLiteral("prepared session of unit")));

        // AutoGrader passes the same message on
        const Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
        QVERIFY(rubric.ok());
        const Result<GradingReport> report = AutoGrader(*rubric).grade(input);
        QVERIFY(!report.ok());
        QCOMPARE(report.errorMessage(), context.errorMessage());
    }

    void criteriaWithoutCheckAreLecturerOnly()
    {
        // every track removed: nothing to render, every check still runs
        const QStringList tracks {QStringLiteral("kick")};
        Session prepared = sessionWith(tracks);
        prepared.tracks.first().removed = true;
        const GradingInput input {exerciseWith(tracks), sessionWith(tracks), prepared, {}, {}};
        Result<Rubric> rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d"));
        QVERIFY(rubric.ok());
        const Result<GradingReport> report = AutoGrader(*rubric).grade(input);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->criteria.size(), rubric->criterionKeys().size());
        for (const CriterionGrade &grade : report->criteria) {
            QVERIFY(!grade.evidence.isEmpty());
            if (grade.check.isEmpty()) {
                QVERIFY2(!grade.level, qPrintable(grade.key));
                QVERIFY(grade.evidence.first().startsWith(QStringLiteral("Lecturer only")));
            }
            if (!grade.level)
                QVERIFY(!report->levels.contains(grade.key));
        }
        const CriterionGrade *timing = report->criterion(QStringLiteral("mr_timing_hits"));
        QVERIFY(timing && !timing->level);

        // an unknown check in a hand-made rubric is an error naming it
        rubric->dimensions.first().criteria.first().check = QStringLiteral("no_such_check");
        const Result<GradingReport> broken = AutoGrader(*rubric).grade(input);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.errorMessage().contains(QStringLiteral("unknown check \"no_such_check\"")),
            qPrintable(broken.errorMessage()));
    }

    void reportJsonIsTheVerdictPlusCriteria()
    {
        GradingReport report;
        report.rubric = QStringLiteral("mixprep-5d@1");
        report.exercise = QStringLiteral("rock-highway-static");
        report.criteria << CriterionGrade {QStringLiteral("si_polarity_alignment"), QStringLiteral("Polarity"),
            QStringLiteral("signal_integrity"), QStringLiteral("polarity_alignment"), 2,
            {QStringLiteral("Snare Bottom is still inverted against Snare Top: r = -0.82.")}};
        report.criteria << CriterionGrade {QStringLiteral("mr_timing_hits"), QStringLiteral("Timing"),
            QStringLiteral("musical_refinement"), QString(), std::nullopt,
            {QStringLiteral("Lecturer only: no automatic check covers this criterion.")}};
        report.levels.insert(QStringLiteral("si_polarity_alignment"), 2);
        report.scores.insert(QStringLiteral("signal_integrity"), 2.0);
        report.lecturerOnlyDimensions << QStringLiteral("musical_refinement");
        report.verdict.adequate = false;
        report.verdict.blocking << QStringLiteral("signal_integrity");
        report.verdict.mean = 2.0;

        const QJsonObject json = gradingReportToJson(report);
        QCOMPARE(json.value(QStringLiteral("adequate")).toBool(true), false);
        QCOMPARE(
            json.value(QStringLiteral("blocking")).toArray().first().toString(), QStringLiteral("signal_integrity"));
        QVERIFY(json.contains(QStringLiteral("mean")));
        QVERIFY(json.contains(QStringLiteral("dimensions")));
        QCOMPARE(json.value(QStringLiteral("complete")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("exercise")).toString(), report.exercise);
        const QJsonArray criteria = json.value(QStringLiteral("criteria")).toArray();
        QCOMPARE(criteria.size(), 2);
        const QJsonObject polarity = criteria.at(0).toObject();
        QCOMPARE(polarity.keys(),
            (QStringList {QStringLiteral("dimension"), QStringLiteral("evidence"), QStringLiteral("key"),
                QStringLiteral("level")}));
        QCOMPARE(polarity.value(QStringLiteral("level")).toInt(), 2);
        QCOMPARE(polarity.value(QStringLiteral("evidence")).toArray().first().toString(),
            report.criteria.first().evidence.first());
        QVERIFY(criteria.at(1).toObject().value(QStringLiteral("level")).isNull());
        QCOMPARE(json.value(QStringLiteral("lecturerOnlyDimensions")).toArray().first().toString(),
            QStringLiteral("musical_refinement"));
    }
};

QTEST_GUILESS_MAIN(TestGradingChecks)
#include "tst_gradingchecks.moc"
