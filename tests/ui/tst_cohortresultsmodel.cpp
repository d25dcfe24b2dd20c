#include "ui/cohort/CohortResultsModel.h"

#include "core/RubricLoader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QTest>

using namespace prepmark;

namespace {
Rubric fourDimensions()
{
    return RubricLoader::fromFile(
        QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")))
        .value();
}

StudentResultRow row(qint64 id, const char *name, std::optional<DimensionScores> scores,
    SubmissionStatus status = SubmissionStatus::Released)
{
    StudentResultRow r;
    r.studentId = id;
    r.studentName = QString::fromLatin1(name);
    r.studentNumber = QString::number(1000 + id);
    r.submissionId = scores || status != SubmissionStatus::NotMarked ? id * 10 : 0;
    r.status = status;
    r.attemptId = r.submissionId;
    r.agreedScores = scores;
    return r;
}

DimensionScores scores(double audio, double layout, double edits, double notes)
{
    return {{QStringLiteral("audio"), audio}, {QStringLiteral("layout"), layout}, {QStringLiteral("edits"), edits},
        {QStringLiteral("notes"), notes}};
}
} // namespace

class TestCohortResultsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        CohortResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(fourDimensions(),
            {row(1, "Ada", scores(4, 4, 3, 4)), row(2, "Ben", scores(2.5, 5, 5, 5)),
                row(3, "Cy", std::nullopt, SubmissionStatus::NeedsModeration),
                row(4, "Di", std::nullopt, SubmissionStatus::NotMarked)});
        model.setResults(fourDimensions(), {});
        model.setResults(fourDimensions(), {row(5, "Ed", scores(3, 3, 3, 3.25))});
    }

    void showsVerdictsBlockingAndMaskedFailures()
    {
        CohortResultsModel model;
        model.setResults(fourDimensions(),
            {row(1, "Ada", scores(4, 4, 3, 4)), row(2, "Ben", scores(2.5, 5, 5, 5)),
                row(3, "Cy", std::nullopt, SubmissionStatus::NeedsModeration),
                row(4, "Di", std::nullopt, SubmissionStatus::NotMarked)});
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), 4 + 4 + 2);
        QCOMPARE(model.headerData(CohortResultsModel::FirstDimensionColumn, Qt::Horizontal).toString(),
            QStringLiteral("Audio"));
        QCOMPARE(model.headerData(model.meanColumn(), Qt::Horizontal).toString(), QStringLiteral("Mean"));

        auto text = [&](int r, int c) { return model.data(model.index(r, c)).toString(); };
        QCOMPARE(text(0, model.verdictColumn()), QStringLiteral("Adequate"));
        QCOMPARE(text(1, model.verdictColumn()), QStringLiteral("Inadequate"));
        QCOMPARE(text(1, model.blockingColumn()), QStringLiteral("Audio"));
        QCOMPARE(
            text(1, CohortResultsModel::FirstDimensionColumn), QStringLiteral("2.50 ▼")); // readable without colour
        QVERIFY(model.data(model.index(1, CohortResultsModel::FirstDimensionColumn), Qt::BackgroundRole).isValid());
        QVERIFY(
            !model.data(model.index(1, CohortResultsModel::FirstDimensionColumn + 1), Qt::BackgroundRole).isValid());
        QVERIFY(model.data(model.index(1, CohortResultsModel::FirstDimensionColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("0.50 below the threshold 3.00")));
        QCOMPARE(text(1, model.meanColumn()), QStringLiteral("4.38")); // (2.5+5+5+5)/4 = 4.375
        QCOMPARE(text(1, model.maskedColumn()), QStringLiteral("masked"));
        QCOMPARE(text(0, model.maskedColumn()), QString());
        QCOMPARE(text(2, model.verdictColumn()), QStringLiteral("needs moderation"));
        QCOMPARE(text(3, model.verdictColumn()), QStringLiteral("not submitted"));
        QCOMPARE(text(3, CohortResultsModel::FirstDimensionColumn), QStringLiteral("—"));
        // Near threshold but above: highlighted without the ▼ symbol.
        QCOMPARE(text(0, CohortResultsModel::FirstDimensionColumn + 2), QStringLiteral("3.00"));

        QCOMPARE(model.markedCount(), 2);
        QCOMPARE(model.adequateCount(), 1);
        QCOMPARE(model.maskedCount(), 1);
        QCOMPARE(model.blockingCounts().value(QStringLiteral("audio")), 1);
        QCOMPARE(model.blockingCounts().value(QStringLiteral("layout")), 0);
        QCOMPARE(model.data(model.index(1, CohortResultsModel::FirstDimensionColumn), CohortResultsModel::SortRole)
                     .toDouble(),
            2.5);
        QCOMPARE(model.data(model.index(3, model.meanColumn()), CohortResultsModel::SortRole).toDouble(), -1.0);
    }
};

QTEST_MAIN(TestCohortResultsModel)
#include "tst_cohortresultsmodel.moc"
