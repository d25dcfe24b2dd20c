#include "core/RubricLoader.h"
#include "core/Scores.h"
#include "core/Verdict.h"
#include "core/VerdictJson.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace prepmark;

namespace {

Rubric loadRubric(const QString &relative)
{
    const Result<Rubric> rubric = RubricLoader::fromFile(QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(relative));
    if (!rubric)
        qFatal("%s", qPrintable(rubric.errorMessage()));
    return rubric.value();
}

Rubric fourDimensions()
{
    return loadRubric(QStringLiteral("tests/core/data/four-dimensions.json"));
}

DimensionScores fourScores(double audio, double layout, double edits, double notes)
{
    return {{QStringLiteral("audio"), audio}, {QStringLiteral("layout"), layout}, {QStringLiteral("edits"), edits},
        {QStringLiteral("notes"), notes}};
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT

private slots:
    // The two profiles published in Ahmed (AES 160, paper 10289).
    void paperProfiles_data()
    {
        QTest::addColumn<QString>("scores");
        QTest::addColumn<double>("mean");
        QTest::addColumn<QString>("blocking");
        QTest::newRow("excellent workflow, failing signal integrity")
            << "workflow_facilitation=5.00,signal_integrity=2.50,musical_refinement=3.25,"
               "documentation_communication=3.20,creative_intent=3.20"
            << 3.43 << "signal_integrity";
        QTest::newRow("excellent refinement, failing workflow")
            << "musical_refinement=4.75,workflow_facilitation=1.75,signal_integrity=3.75,"
               "documentation_communication=3.60,creative_intent=3.60"
            << 3.49 << "workflow_facilitation";
    }

    void paperProfiles()
    {
        QFETCH(QString, scores);
        QFETCH(double, mean);
        QFETCH(QString, blocking);
        const Rubric rubric = loadRubric(QStringLiteral("rubrics/mixprep-5d.json"));
        const Result<DimensionScores> parsed = parseScoreList(rubric, scores);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const Result<Verdict> verdict = VerdictEngine::evaluate(rubric, *parsed);
        QVERIFY2(verdict.ok(), qPrintable(verdict.errorMessage()));
        QVERIFY(!verdict->adequate);
        QCOMPARE(round2(verdict->mean), mean);
        QCOMPARE(verdict->blocking, QStringList {blocking});
        QVERIFY(verdict->masked);
        QCOMPARE(VerdictEngine::soleBlocker(*verdict), blocking);
        // An averaged grade passes both.
        QVERIFY(VerdictEngine::evaluate(rubric, *parsed, VerdictPolicy::Compensatory)->adequate);
    }

    void dimensionScoreIsWeightedMeanOfLevels()
    {
        const Rubric rubric = fourDimensions();
        // audio: peaks (weight 2) level 4, phase (weight 1) level 1 -> (8 + 1) / 3 = 3.0
        QCOMPARE(*dimensionScore(*rubric.dimension(QStringLiteral("audio")),
                     {{QStringLiteral("peaks"), 4}, {QStringLiteral("phase"), 1}}),
            3.0);
        // notes: found (1) level 3, questions (0.5) level 5 -> (3 + 2.5) / 1.5 = 3.6667
        QCOMPARE(qRound(*dimensionScore(*rubric.dimension(QStringLiteral("notes")),
                            {{QStringLiteral("found"), 3}, {QStringLiteral("questions"), 5}})
                     * 10000),
            36667);
        // partly marked: only the marked criterion counts
        QCOMPARE(*dimensionScore(*rubric.dimension(QStringLiteral("audio")), {{QStringLiteral("phase"), 2}}), 2.0);
        QVERIFY(!dimensionScore(*rubric.dimension(QStringLiteral("edits")), {{QStringLiteral("peaks"), 2}}));
    }

    void scoreDimensionsChecksLevels()
    {
        const Rubric rubric = fourDimensions();
        CriterionLevels levels {{QStringLiteral("peaks"), 4}, {QStringLiteral("phase"), 1},
            {QStringLiteral("names"), 3}, {QStringLiteral("colours"), 4}, {QStringLiteral("fades"), 2},
            {QStringLiteral("found"), 4}, {QStringLiteral("questions"), 4}};
        const Result<DimensionScores> scores = scoreDimensions(rubric, levels);
        QVERIFY2(scores.ok(), qPrintable(scores.errorMessage()));
        QCOMPARE(scores->value(QStringLiteral("layout")), 3.5);
        QCOMPARE(scores->value(QStringLiteral("edits")), 2.0);

        levels.remove(QStringLiteral("fades"));
        QCOMPARE(scoreDimensions(rubric, levels).errorMessage(),
            QStringLiteral("dimension \"edits\" has no marked criterion"));
        levels.insert(QStringLiteral("fades"), 6);
        QVERIFY(scoreDimensions(rubric, levels)
                    .errorMessage()
                    .contains(QStringLiteral("level 6 is outside the scale 1-5")));
        levels.insert(QStringLiteral("fades"), 3);
        levels.insert(QStringLiteral("tempo"), 3);
        QVERIFY(scoreDimensions(rubric, levels)
                    .errorMessage()
                    .contains(QStringLiteral("\"tempo\" is not in rubric test-4d@3")));
    }

    // Four-dimension rubric: thresholds audio 3.0, layout 3.0, edits 2.5, notes 3.5;
    // mean pass line 3.0; hybrid floor 2.0 with audio required.
    void policies_data()
    {
        QTest::addColumn<DimensionScores>("scores");
        QTest::addColumn<double>("mean");
        QTest::addColumn<bool>("conjunctive");
        QTest::addColumn<QStringList>("conjunctiveBlocking");
        QTest::addColumn<bool>("compensatory");
        QTest::addColumn<bool>("hybrid");
        QTest::addColumn<QStringList>("hybridBlocking");
        QTest::addColumn<bool>("masked");

        QTest::newRow("all at threshold, edits exactly on it")
            << fourScores(4, 4, 2.5, 3.5) << 3.5 << true << QStringList {} << true << true << QStringList {} << false;
        QTest::newRow("audio just below, compensated elsewhere")
            << fourScores(2.75, 5, 4, 4) << 3.9375 << false << QStringList {"audio"} << true << false
            << QStringList {"audio"} << true;
        QTest::newRow("layout below the hybrid floor")
            << fourScores(3, 1.5, 5, 5) << 3.625 << false << QStringList {"layout"} << true << false
            << QStringList {"layout"} << true;
        QTest::newRow("hybrid passes what conjunctive blocks")
            << fourScores(3.5, 2.25, 3, 4) << 3.1875 << false << QStringList {"layout"} << true << true
            << QStringList {} << true;
        QTest::newRow("weak everywhere") << fourScores(2, 2, 2, 2) << 2.0 << false
                                         << QStringList {"audio", "layout", "edits", "notes"} << false << false
                                         << QStringList {"audio"} << false;
        QTest::newRow("two blockers, mean clears")
            << fourScores(2.9, 5, 5, 3.4) << 4.075 << false << QStringList {"audio", "notes"} << true << false
            << QStringList {"audio"} << true;
        QTest::newRow("everything on the line")
            << fourScores(3, 3, 2.5, 3.5) << 3.0 << true << QStringList {} << true << true << QStringList {} << false;
    }

    void policies()
    {
        QFETCH(DimensionScores, scores);
        QFETCH(double, mean);
        QFETCH(bool, conjunctive);
        QFETCH(QStringList, conjunctiveBlocking);
        QFETCH(bool, compensatory);
        QFETCH(bool, hybrid);
        QFETCH(QStringList, hybridBlocking);
        QFETCH(bool, masked);
        const Rubric rubric = fourDimensions();

        const Result<Verdict> c = VerdictEngine::evaluate(rubric, scores, VerdictPolicy::Conjunctive);
        QVERIFY2(c.ok(), qPrintable(c.errorMessage()));
        QCOMPARE(c->mean, mean);
        QCOMPARE(c->adequate, conjunctive);
        QCOMPARE(c->blocking, conjunctiveBlocking);
        QCOMPARE(c->masked, masked);

        const Result<Verdict> m = VerdictEngine::evaluate(rubric, scores, VerdictPolicy::Compensatory);
        QCOMPARE(m->adequate, compensatory);
        QVERIFY(m->blocking.isEmpty());
        QCOMPARE(m->masked, masked);

        const Result<Verdict> h = VerdictEngine::evaluate(rubric, scores, VerdictPolicy::Hybrid);
        QCOMPARE(h->adequate, hybrid);
        QCOMPARE(h->blocking, hybridBlocking);
    }

    void marginsAndNearThreshold()
    {
        const Rubric rubric = fourDimensions();
        const Result<Verdict> v = VerdictEngine::evaluate(rubric, fourScores(2.75, 3.3, 2.5, 3.8));
        QVERIFY(v.ok());
        QCOMPARE(v->dimensions.size(), 4);
        QCOMPARE(v->dimensions[0].key, QStringLiteral("audio"));
        QCOMPARE(v->dimensions[0].margin, -0.25);
        QVERIFY(v->dimensions[0].nearThreshold); // 0.25 below: near
        QVERIFY(!v->dimensions[0].meetsThreshold);
        QCOMPARE(round2(v->dimensions[1].margin), 0.3);
        QVERIFY(!v->dimensions[1].nearThreshold); // 0.30 above: not near
        QCOMPARE(v->dimensions[2].margin, 0.0);
        QVERIFY(v->dimensions[2].nearThreshold);
        QVERIFY(v->dimensions[2].meetsThreshold);
        QCOMPARE(round2(v->dimensions[3].margin), 0.3);
        QVERIFY(!v->dimensions[3].nearThreshold);
        QCOMPARE(VerdictEngine::soleBlocker(*v), QStringLiteral("audio"));
    }

    void rejectsScoresThatDoNotFitTheRubric()
    {
        const Rubric rubric = fourDimensions();
        DimensionScores missing = fourScores(3, 3, 3, 3);
        missing.remove(QStringLiteral("notes"));
        QCOMPARE(VerdictEngine::evaluate(rubric, missing).errorMessage(),
            QStringLiteral("no score for dimension \"notes\""));
        DimensionScores extra = fourScores(3, 3, 3, 3);
        extra.insert(QStringLiteral("timing"), 3);
        QVERIFY(VerdictEngine::evaluate(rubric, extra)
                    .errorMessage()
                    .startsWith(QStringLiteral("\"timing\" is not a dimension")));
        QVERIFY(VerdictEngine::evaluate(rubric, fourScores(3, 5.5, 3, 3))
                    .errorMessage()
                    .contains(QStringLiteral("outside the scale")));
        QVERIFY(!parseScoreList(rubric, QStringLiteral("audio=3,layout=x,edits=3,notes=3")).ok());
        QVERIFY(!parseScoreList(rubric, QStringLiteral("audio=3,audio=3,layout=3,edits=3,notes=3")).ok());
        QVERIFY(parseScoreList(rubric, QStringLiteral(" audio = 3 , layout=3,edits=3,notes=3")).ok());
    }

    void verdictJsonFollowsTheCliContract()
    {
        const Rubric rubric = fourDimensions();
        const QJsonObject json = verdictToJson(*VerdictEngine::evaluate(rubric, fourScores(2.666, 5, 4, 4)));
        QCOMPARE(json.value(QStringLiteral("adequate")).toBool(true), false);
        QCOMPARE(json.value(QStringLiteral("mean")).toDouble(), 3.92);
        QCOMPARE(json.value(QStringLiteral("blocking")).toArray(), QJsonArray {QStringLiteral("audio")});
        QCOMPARE(json.value(QStringLiteral("masked")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("policy")).toString(), QStringLiteral("conjunctive"));
        const QJsonObject audio = json.value(QStringLiteral("dimensions")).toArray().first().toObject();
        QCOMPARE(audio.keys(), (QStringList {"key", "margin", "name", "nearThreshold", "score", "threshold"}));
        QCOMPARE(audio.value(QStringLiteral("score")).toDouble(), 2.67);
        QCOMPARE(audio.value(QStringLiteral("margin")).toDouble(), -0.33);
    }

    void policyNamesRoundTrip()
    {
        for (VerdictPolicy p : {VerdictPolicy::Conjunctive, VerdictPolicy::Compensatory, VerdictPolicy::Hybrid})
            QCOMPARE(policyFromName(policyName(p)).value(), p);
        QVERIFY(!policyFromName(QStringLiteral("average")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
