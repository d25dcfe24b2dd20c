#include "core/MarkSheet.h"
#include "core/MarkerComparison.h"
#include "core/RubricLoader.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace prepmark;

namespace {
Rubric fourDimensions()
{
    return RubricLoader::fromFile(
        QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")))
        .value();
}

DimensionScores scores(double audio, double layout, double edits, double notes)
{
    return {{QStringLiteral("audio"), audio}, {QStringLiteral("layout"), layout}, {QStringLiteral("edits"), edits},
        {QStringLiteral("notes"), notes}};
}

MarkSheet fullSheet()
{
    MarkSheet sheet;
    for (const char *key : {"peaks", "phase", "names", "colours", "fades", "found", "questions"})
        sheet.setLevel(QString::fromLatin1(key), 3);
    return sheet;
}
} // namespace

class TestMarkSheet : public QObject
{
    Q_OBJECT

private slots:
    void problemsNameEveryUnmarkedCriterionAndUnexplainedOverride()
    {
        const Rubric rubric = fourDimensions();
        MarkSheet sheet;
        sheet.setProvisionalLevels({{QStringLiteral("peaks"), 4}, {QStringLiteral("names"), 2}});
        QCOMPARE(sheet.problems(rubric).size(), 7);
        QCOMPARE(sheet.markedCount(rubric), 0);
        QVERIFY(!sheet.scores(rubric));

        sheet = fullSheet();
        sheet.setProvisionalLevels({{QStringLiteral("peaks"), 4}, {QStringLiteral("names"), 3}});
        QVERIFY(sheet.isOverride(QStringLiteral("peaks"))); // 3 given, 4 proposed
        QVERIFY(sheet.isAccepted(QStringLiteral("names")));
        QVERIFY(!sheet.isOverride(QStringLiteral("fades"))); // no provisional level: lecturer only
        const QVector<MarkSheetProblem> problems = sheet.problems(rubric);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first(),
            (MarkSheetProblem {MarkSheetProblem::Kind::OverrideWithoutRemark, QStringLiteral("peaks")}));

        sheet.setRemark(QStringLiteral("peaks"), QStringLiteral("   ")); // blank is no remark
        QCOMPARE(sheet.problems(rubric).size(), 1);
        sheet.setRemark(QStringLiteral("peaks"), QStringLiteral("the bass DI clips at 2:14"));
        QVERIFY(sheet.problems(rubric).isEmpty());
        QVERIFY(sheet.acceptProvisional(QStringLiteral("peaks")));
        QCOMPARE(sheet.level(QStringLiteral("peaks")), std::optional<int>(4));
        QVERIFY(!sheet.acceptProvisional(QStringLiteral("fades")));
    }

    void scoresFollowTheWeightedMean()
    {
        const Rubric rubric = fourDimensions();
        MarkSheet sheet;
        sheet.setLevel(QStringLiteral("peaks"), 4);
        sheet.setLevel(QStringLiteral("phase"), 1);
        const DimensionScores partial = sheet.partialScores(rubric);
        QCOMPARE(partial.size(), 1);
        QCOMPARE(partial.value(QStringLiteral("audio")), 3.0); // (2*4 + 1*1) / 3
        QCOMPARE(fullSheet().scores(rubric)->size(), 4);
    }

    void draftRoundTripsThroughJson()
    {
        const Rubric rubric = fourDimensions();
        MarkSheet sheet = fullSheet();
        sheet.setRemark(QStringLiteral("fades"), QStringLiteral("abrupt cut at bar 9"));
        sheet.setFeedback(QStringLiteral("Tidy work.\nCheck the fades."));
        const Result<MarkSheet> back = MarkSheet::fromJson(sheet.toJson(), rubric, QStringLiteral("draft"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QVERIFY(*back == sheet);
    }

    void badDraftsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown criterion") << QByteArray(R"({"levels":{"tempo":3}})")
                                           << "draft: $.levels.tempo: \"tempo\" is not a criterion of rubric test-4d@3";
        QTest::newRow("level off the scale") << QByteArray(R"({"levels":{"peaks":6}})")
                                             << "draft: $.levels.peaks: level must be a whole number from 1 to 5";
        QTest::newRow("fractional level") << QByteArray(R"({"levels":{"peaks":2.5}})")
                                          << "draft: $.levels.peaks: level must be a whole number from 1 to 5";
        QTest::newRow("remark not text") << QByteArray(R"({"remarks":{"peaks":3}})")
                                         << "draft: $.remarks.peaks: a remark must be text";
        QTest::newRow("unknown field") << QByteArray(R"({"level":{}})") << "draft: $.level";
    }

    void badDraftsNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<MarkSheet> read
            = MarkSheet::fromJson(QJsonDocument::fromJson(json).object(), fourDimensions(), QStringLiteral("draft"));
        QVERIFY(!read.ok());
        QVERIFY2(read.errorMessage().startsWith(message), qPrintable(read.errorMessage()));
    }

    void comparisonDecidesModeration_data()
    {
        // Thresholds: audio 3, layout 3, edits 2.5, notes 3.5.
        QTest::addColumn<DimensionScores>("first");
        QTest::addColumn<DimensionScores>("second");
        QTest::addColumn<double>("tolerance");
        QTest::addColumn<bool>("needsModeration");
        QTest::addColumn<QStringList>("beyond");
        QTest::newRow("close, both adequate")
            << scores(4, 4, 3, 4) << scores(3.5, 4.5, 3, 4) << 1.0 << false << QStringList();
        QTest::newRow("exactly the tolerance apart")
            << scores(4, 4, 3, 4) << scores(3, 4, 3, 4) << 1.0 << false << QStringList();
        QTest::newRow("beyond tolerance on one")
            << scores(4, 4, 3, 4) << scores(4, 2.75, 3, 4) << 1.0 << true << QStringList {QStringLiteral("layout")};
        QTest::newRow("tighter tolerance")
            << scores(4, 4, 3, 4) << scores(3.5, 4, 3, 4) << 0.25 << true << QStringList {QStringLiteral("audio")};
        QTest::newRow("disagree on adequacy within tolerance")
            << scores(3.25, 4, 3, 4) << scores(2.75, 4, 3, 4) << 1.0 << true << QStringList();
        QTest::newRow("both inadequate, mean adequate")
            << scores(2.5, 3.5, 3, 4) << scores(3.5, 2.5, 3, 4) << 1.0 << true << QStringList();
        QTest::newRow("both inadequate on the same dimension")
            << scores(2, 4, 3, 4) << scores(2.5, 4, 3, 4) << 1.0 << false << QStringList();
    }

    void comparisonDecidesModeration()
    {
        QFETCH(DimensionScores, first);
        QFETCH(DimensionScores, second);
        QFETCH(double, tolerance);
        QFETCH(bool, needsModeration);
        QFETCH(QStringList, beyond);
        const Result<MarkerComparison> comparison = compareMarkers(fourDimensions(), first, second, tolerance);
        QVERIFY2(comparison.ok(), qPrintable(comparison.errorMessage()));
        QCOMPARE(comparison->needsModeration, needsModeration);
        QCOMPARE(comparison->dimensionsBeyondTolerance(), beyond);
        QCOMPARE(comparison->meanScores.value(QStringLiteral("audio")),
            (first.value(QStringLiteral("audio")) + second.value(QStringLiteral("audio"))) / 2);
    }

    void comparisonRejectsBadInput()
    {
        QVERIFY(compareMarkers(fourDimensions(), scores(3, 3, 3, 3), scores(3, 3, 3, 3), 0.0)
                    .errorMessage()
                    .contains(QStringLiteral("tolerance 0")));
        DimensionScores partial = scores(3, 3, 3, 3);
        partial.remove(QStringLiteral("notes"));
        QCOMPARE(compareMarkers(fourDimensions(), scores(3, 3, 3, 3), partial).errorMessage(),
            QStringLiteral("second marker's scores: no score for dimension \"notes\""));
    }
};

QTEST_GUILESS_MAIN(TestMarkSheet)
#include "tst_marksheet.moc"
