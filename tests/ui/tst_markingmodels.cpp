#include "ui/cohort/CohortHeatmapModel.h"
#include "ui/cohort/HeatmapDelegate.h"
#include "ui/marking/MarkingQueueModel.h"
#include "ui/marking/RubricGridModel.h"

#include "core/RubricLoader.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace prepmark;

namespace {
Rubric fourDimensions()
{
    return RubricLoader::fromFile(
        QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")))
        .value();
}

MarkingQueueRow queueRow(qint64 id, SubmissionStatus status, qint64 firstMarker, bool firstDone,
    qint64 secondMarker = 0, bool anonymous = false)
{
    MarkingQueueRow row;
    row.submissionId = id;
    row.attemptId = id * 10;
    row.attemptNumber = 1;
    row.assignmentTitle = QStringLiteral("Assessment");
    row.assignmentMode = QStringLiteral("assessed");
    row.cohortName = QStringLiteral("Cohort");
    row.anonymous = anonymous;
    if (!anonymous) {
        row.studentId = id + 100;
        row.studentName = QStringLiteral("Student %1").arg(id);
        row.studentNumber = QString::number(id + 1000);
    }
    row.status = status;
    row.firstMarkerId = firstMarker;
    row.firstMarkerName = QStringLiteral("Marker %1").arg(firstMarker);
    row.firstCompleted = firstDone;
    row.secondMarkerId = secondMarker;
    row.secondMarkerName = QStringLiteral("Marker %1").arg(secondMarker);
    return row;
}

CohortReport reportOf(const Rubric &rubric, const QVector<QPair<const char *, DimensionScores>> &students)
{
    QVector<StudentResultRow> rows;
    qint64 id = 1;
    for (const auto &[name, scores] : students) {
        StudentResultRow row;
        row.studentId = id;
        row.studentName = QString::fromLatin1(name);
        row.submissionId = 100 + id;
        row.attemptId = 200 + id;
        row.agreedScores = scores;
        rows << row;
        ++id;
    }
    return CohortReportBuilder::compute(rubric, rows, {});
}

DimensionScores scores(double audio, double layout, double edits, double notes)
{
    return {{QStringLiteral("audio"), audio}, {QStringLiteral("layout"), layout}, {QStringLiteral("edits"), edits},
        {QStringLiteral("notes"), notes}};
}
} // namespace

class TestMarkingModels : public QObject
{
    Q_OBJECT

private slots:
    void rubricGridPassesTheModelTester()
    {
        RubricGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        MarkSheet sheet;
        sheet.setProvisionalLevels({{QStringLiteral("peaks"), 4}});
        model.setRubric(fourDimensions(), sheet);
        QVERIFY(model.setLevel(model.rowOfCriterion(QStringLiteral("phase")), 2));
        QVERIFY(model.acceptProvisional(model.rowOfCriterion(QStringLiteral("peaks"))));
        model.setRubric(Rubric(), MarkSheet());
        model.setRubric(fourDimensions(), MarkSheet());
    }

    void rubricGridHasAHeaderRowPerDimensionAndALevelPerColumn()
    {
        RubricGridModel model;
        model.setRubric(fourDimensions(), MarkSheet());
        QCOMPARE(model.rowCount(), 4 + 7); // four dimension rows, seven criteria
        QCOMPARE(model.columnCount(), 1 + 5);
        QCOMPARE(
            model.data(model.index(0, 0), RubricGridModel::RowKindRole).toInt(), int(RubricGridModel::DimensionRow));
        QCOMPARE(model.firstCriterionRow(), 1);
        QCOMPARE(model.neighbourCriterionRow(2, 1), 4); // skips the "layout" header at row 3
        QCOMPARE(model.neighbourCriterionRow(4, -1), 2);
        QCOMPARE(model.neighbourCriterionRow(model.rowCount() - 1, 1), model.rowCount() - 1);
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("3 · Competent"));
        QCOMPARE(model.data(model.index(1, 3), RubricGridModel::LevelRole).toInt(), 3);
        QVERIFY(!model.data(model.index(1, 3)).toString().isEmpty()); // the level's descriptor
    }

    void rubricGridShowsLiveScoresAndOverrides_data()
    {
        QTest::addColumn<int>("peaks");
        QTest::addColumn<int>("phase");
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("peaksState");
        QTest::newRow("accepted, meets") << 4 << 4 << "Audio — 4.00 meets the threshold 3.00"
                                         << "auto 4 accepted";
        QTest::newRow("override, blocks") << 2 << 2 << "Audio — 2.00 ▼ below the threshold 3.00: blocks adequacy"
                                          << "overrides auto 4 — remark needed";
        QTest::newRow("weighted mean") << 2 << 5 << "Audio — 3.00 meets the threshold 3.00"
                                       << "overrides auto 4 — remark needed";
    }

    void rubricGridShowsLiveScoresAndOverrides()
    {
        QFETCH(int, peaks);
        QFETCH(int, phase);
        QFETCH(QString, header);
        QFETCH(QString, peaksState);
        RubricGridModel model;
        MarkSheet sheet;
        sheet.setProvisionalLevels({{QStringLiteral("peaks"), 4}});
        model.setRubric(fourDimensions(), sheet);
        QSignalSpy changed(&model, &RubricGridModel::sheetChanged);
        QVERIFY(model.data(model.index(0, 0)).toString().contains(QStringLiteral("not marked yet")));
        const int peaksRow = model.rowOfCriterion(QStringLiteral("peaks"));
        QVERIFY(model.setLevel(peaksRow, peaks));
        QVERIFY(model.setLevel(model.rowOfCriterion(QStringLiteral("phase")), phase));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(model.data(model.index(0, 0)).toString(), header);
        QCOMPARE(model.data(model.index(peaksRow, 0)).toString().section(QLatin1Char('\n'), 1), peaksState);
        QVERIFY(model.data(model.index(peaksRow, model.columnOfLevel(peaks)), RubricGridModel::ChosenRole).toBool());
        QVERIFY(model.data(model.index(peaksRow, model.columnOfLevel(4)), RubricGridModel::ProvisionalRole).toBool());
        model.setRemark(QStringLiteral("peaks"), QStringLiteral("why"));
        QVERIFY(!model.data(model.index(peaksRow, 0)).toString().contains(QStringLiteral("remark needed")));
    }

    void rubricGridRefusesChangesWhenReadOnlyOrOffTheScale()
    {
        RubricGridModel model;
        model.setRubric(fourDimensions(), MarkSheet());
        QVERIFY(!model.setLevel(0, 3)); // a header row
        QVERIFY(!model.setLevel(1, 6)); // off the scale
        QVERIFY(!model.acceptProvisional(1)); // no provisional level
        model.setReadOnly(true);
        QVERIFY(!model.setLevel(1, 3));
        QVERIFY(model.sheet().levels().isEmpty());
    }

    void queuePassesTheModelTesterAndOffersTasks()
    {
        MarkingQueueModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Actor me {7, Role::Lecturer, QStringLiteral("me"), QStringLiteral("Me")};
        model.setRows(me,
            {queueRow(1, SubmissionStatus::NotMarked, 0, false),
                queueRow(2, SubmissionStatus::FirstMarked, 8, true, 0, true),
                queueRow(3, SubmissionStatus::NeedsModeration, 8, true, 9),
                queueRow(4, SubmissionStatus::NeedsModeration, 7, true, 9),
                queueRow(5, SubmissionStatus::Agreed, 8, true, 9)});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.taskAt(0), MarkingTask::FirstMarking);
        QCOMPARE(model.taskAt(1), MarkingTask::SecondMarking);
        QCOMPARE(model.taskAt(2), MarkingTask::Moderation);
        QCOMPARE(model.taskAt(3), MarkingTask::Review); // its own marker does not moderate
        QCOMPARE(model.taskAt(4), MarkingTask::Release);
        QCOMPARE(model.data(model.index(1, MarkingQueueModel::StudentColumn)).toString(),
            QStringLiteral("Anonymous submission 2"));
        QCOMPARE(model.data(model.index(0, MarkingQueueModel::StudentColumn)).toString(),
            QStringLiteral("Student 1 (1001)"));
        QCOMPARE(model.data(model.index(3, MarkingQueueModel::FirstMarkerColumn)).toString(), QStringLiteral("you ✓"));
        QCOMPARE(model.data(model.index(1, MarkingQueueModel::TaskColumn)).toString(),
            QStringLiteral("Second mark (blind)"));
        QCOMPARE(model.countWithTask(MarkingTask::Moderation), 1);
        QCOMPARE(model.rowOfSubmission(5), 4);
        model.setRows(me, {});
    }

    void heatmapPassesTheModelTesterAndReadsWithoutColour()
    {
        CohortHeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Rubric rubric = fourDimensions();
        model.setReport(reportOf(
            rubric, {{"Ada", scores(4, 4, 3, 4)}, {"Ben", scores(2.5, 5, 5, 5)}, {"Cy", scores(3.1, 3, 2.5, 3.5)}}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 1 + 4 + 2);
        QCOMPARE(
            model.data(model.index(1, CohortHeatmapModel::FirstDimensionColumn)).toString(), QStringLiteral("2.50 ▼"));
        QCOMPARE(model.data(model.index(1, CohortHeatmapModel::FirstDimensionColumn), CohortHeatmapModel::MarginRole)
                     .toDouble(),
            -0.5);
        QCOMPARE(model.data(model.index(1, 0), CohortHeatmapModel::SubmissionIdRole).toLongLong(), 102);
        QCOMPARE(model.data(model.index(1, model.verdictColumn())).toString(), QStringLiteral("Inadequate · masked"));
        QVERIFY(model.data(model.index(2, CohortHeatmapModel::FirstDimensionColumn), CohortHeatmapModel::NearRole)
                    .toBool());
        QVERIFY(model.data(model.index(1, CohortHeatmapModel::FirstDimensionColumn), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("alone")));
        model.setReport(reportOf(rubric, {}));
        QCOMPARE(model.rowCount(), 0);
    }

    void heatmapColoursDeepenAwayFromTheThreshold()
    {
        const QColor farBelow = HeatmapDelegate::colourForMargin(-1.5, false);
        const QColor justBelow = HeatmapDelegate::colourForMargin(-0.1, false);
        const QColor near = HeatmapDelegate::colourForMargin(0.1, true);
        const QColor farAbove = HeatmapDelegate::colourForMargin(2.0, false);
        QVERIFY(farBelow.lightnessF() < justBelow.lightnessF());
        QVERIFY(farBelow.red() > farBelow.green());
        QVERIFY(farAbove.green() > farAbove.red());
        QVERIFY(near != justBelow && near != farAbove);
    }
};

QTEST_MAIN(TestMarkingModels)
#include "tst_markingmodels.moc"
