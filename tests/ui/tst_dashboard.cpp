#include "../reports/CohortReportOracle.h"
#include "LiveQObjects.h"

#include "ui/app/DatabaseLocator.h"
#include "ui/app/MainWindow.h"
#include "ui/app/StaffHomePage.h"
#include "ui/cohort/BlockingChartView.h"
#include "ui/cohort/CohortDashboardPage.h"
#include "ui/cohort/CohortHeatmapModel.h"
#include "ui/cohort/DashboardDetailTabs.h"
#include "ui/marking/MarkingWorkspace.h"
#include "ui/marking/ModerationPage.h"

#include "demo/DemoDataBuilder.h"
#include "storage/UserRepository.h"

#include <QAbstractAxis>
#include <QAbstractItemModelTester>
#include <QAbstractSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QLegendMarker>
#include <QPointer>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

class TestDashboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;

    Actor signIn(const char *username)
    {
        return UserRepository::authenticate(
            m_database->connection(), QString::fromLatin1(username), DemoDataBuilder::demoPassword())
            .value();
    }

private slots:
    void initTestCase()
    {
        auto opened = DatabaseLocator::createDemo(m_dir.filePath(QStringLiteral("dashboard.db")));
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_database = std::move(opened).value();
    }

    void numbersEqualAnIndependentSqlComputation_data()
    {
        QTest::addColumn<int>("cohortIndex");
        QTest::newRow("first cohort") << 0;
        QTest::newRow("second cohort") << 1;
        QTest::newRow("third cohort") << 2;
    }

    void numbersEqualAnIndependentSqlComputation()
    {
        QFETCH(int, cohortIndex);
        UserContext context {*m_database, signIn("jahmed")};
        CohortDashboardPage page(context);
        QAbstractItemModelTester tester(page.heatmapModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page.cohortPicker()->count(), 3);
        page.cohortPicker()->setCurrentIndex(cohortIndex);
        const QString cohort = page.cohortPicker()->currentText().section(QStringLiteral(" · "), 0, 0);
        const CohortReportOracle oracle = CohortReportOracle::compute(m_database->connection(), cohort);
        QCOMPARE(page.report().assignmentId, oracle.assignmentId);
        QCOMPARE(page.assignmentPicker()->currentText(), oracle.assignmentTitle);

        QCOMPARE(page.heatmapModel()->rowCount(), oracle.students);
        QVERIFY(page.figure(QStringLiteral("adequate"))
                    ->text()
                    .contains(QStringLiteral("%1 / %2").arg(oracle.conjunctive).arg(oracle.students)));
        QVERIFY(page.figure(QStringLiteral("masked"))->text().contains(QStringLiteral(">%1<").arg(oracle.masked)));
        int alone = 0;
        for (int n : oracle.soleBlocker)
            alone += n;
        QVERIFY(page.figure(QStringLiteral("alone"))->text().contains(QStringLiteral(">%1<").arg(alone)));
        QVERIFY(page.figure(QStringLiteral("flips"))->text().contains(QStringLiteral(">%1<").arg(oracle.flips.size())));
        QVERIFY(page.figure(QStringLiteral("flips"))
                    ->text()
                    .contains(QStringLiteral("compensatory passes %1").arg(oracle.compensatory)));

        // The chart lists dimensions bottom to top: the rubric's first dimension is the last bar.
        const Rubric &rubric = page.report().rubric;
        BlockingChartView *chart = page.details()->chart();
        for (int d = 0; d < rubric.dimensions.size(); ++d) {
            const int bar = int(rubric.dimensions.size()) - 1 - d;
            QCOMPARE(int(chart->blockedSet()->at(bar)), oracle.blocking.value(rubric.dimensions[d].key));
            QCOMPARE(int(chart->aloneSet()->at(bar)), oracle.soleBlocker.value(rubric.dimensions[d].key));
        }
        QCOMPARE(page.details()->maskedTable()->rowCount(), oracle.masked);
        QCOMPARE(page.details()->soleBlockerTable()->rowCount(), alone);
        QCOMPARE(page.details()->flipsTable()->rowCount(), int(oracle.flips.size()));
        QVERIFY(page.details()->policySummary()->text().contains(
            QStringLiteral("<b>%1</b> adequate under the conjunctive").arg(oracle.conjunctive)));
        QVERIFY(page.details()->policySummary()->text().contains(
            QStringLiteral("<b>%1</b> under the hybrid").arg(oracle.hybrid)));
        QTableWidget *agreement = page.details()->agreementTable();
        QCOMPARE(agreement->rowCount(), int(rubric.dimensions.size()));
        for (int d = 0; d < rubric.dimensions.size(); ++d) {
            const CohortReportOracle::Agreement expected = oracle.agreement.value(rubric.dimensions[d].key);
            QCOMPARE(agreement->item(d, 1)->text(), QString::number(expected.pairs));
            QCOMPARE(
                agreement->item(d, 2)->text(), QStringLiteral("%1%").arg(std::round(expected.exact * 100), 0, 'f', 0));
            QCOMPARE(agreement->item(d, 3)->text(),
                QStringLiteral("%1%").arg(std::round(expected.adjacent * 100), 0, 'f', 0));
            QCOMPARE(agreement->item(d, 4)->text(), QString::number(*expected.weightedKappa, 'f', 2));
            QCOMPARE(agreement->item(d, 5)->text(), QString::number(*expected.icc, 'f', 2));
        }
        // Every heatmap cell below threshold carries the symbol, not only a colour.
        for (int r = 0; r < page.heatmapModel()->rowCount(); ++r) {
            for (int c = CohortHeatmapModel::FirstDimensionColumn; c < page.heatmapModel()->meanColumn(); ++c) {
                const QModelIndex index = page.heatmapModel()->index(r, c);
                QCOMPARE(index.data().toString().endsWith(QStringLiteral("▼")),
                    index.data(CohortHeatmapModel::MarginRole).toDouble() < -1e-9);
            }
        }
    }

    // Every cohort shown rebuilds the blocking chart: the series, bar sets and axes of the
    // cohort shown before must be deleted, not only detached (an afternoon of clicking
    // through cohorts must not grow the process). QPointer tells which objects still live.
    void switchingCohortsKeepsTheNumberOfLiveChartObjectsConstant()
    {
        UserContext context {*m_database, signIn("jahmed")};
        CohortDashboardPage page(context);
        QCOMPARE(page.cohortPicker()->count(), 3);
        QChart *chart = page.details()->chart()->chart();
        QList<QPointer<QObject>> seen;
        auto collect = [&] {
            QList<QObject *> current;
            for (QAbstractSeries *series : chart->series())
                current << series;
            for (QAbstractAxis *axis : chart->axes())
                current << axis;
            current << page.details()->chart()->blockedSet() << page.details()->chart()->aloneSet();
            for (QObject *object : current)
                seen << QPointer<QObject>(object);
            return int(current.size());
        };
        auto alive = [&] {
            return int(
                std::count_if(seen.cbegin(), seen.cend(), [](const QPointer<QObject> &o) { return !o.isNull(); }));
        };

        const int perReport = collect();
        QCOMPARE(perReport, 5); // one series, two bar sets, two axes
        for (int i = 1; i <= 50; ++i) {
            page.cohortPicker()->setCurrentIndex(i % 3);
            QCOMPARE(collect(), perReport);
            QCOMPARE(alive(), perReport);
        }
        QVERIFY(seen.size() >= 50 * perReport);
    }

    // The same, counted over every QObject made: an object nobody points at any more is
    // found too (QPointers only follow the objects the chart still lists).
    void switchingCohortsLeavesNoUnreachableChartObjects()
    {
        UserContext context {*m_database, signIn("jahmed")};
        test::LiveQObjects live;
        auto chartObjects = [&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            return live.count<QChart>() + live.count<QAbstractSeries>() + live.count<QAbstractAxis>()
                + live.count<QBarSet>() + live.count<QLegendMarker>();
        };
        {
            CohortDashboardPage page(context);
            // One chart; its series, two bar sets, two axes and two legend markers.
            QCOMPARE(live.count<QChart>(), 1);
            const int perReport = chartObjects();
            QCOMPARE(perReport, 8);
            for (int i = 1; i <= 50; ++i) {
                page.cohortPicker()->setCurrentIndex(i % 3);
                QCOMPARE(chartObjects(), perReport);
            }
        }
        QCOMPARE(chartObjects(), 0);
    }

    void anyCellOpensTheSubmission()
    {
        UserContext context {*m_database, signIn("jahmed")};
        MainWindow window(*m_database, context.actor);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *home = qobject_cast<StaffHomePage *>(window.homePage());
        home->tabs()->setCurrentIndex(StaffHomePage::DashboardTab);
        CohortDashboardPage *dashboard = home->dashboardPage();
        QSignalSpy opened(dashboard, &CohortDashboardPage::openSubmission);
        QTableView *heatmap = dashboard->heatmapView();
        const QModelIndex cell = heatmap->model()->index(2, CohortHeatmapModel::FirstDimensionColumn + 1);
        heatmap->setCurrentIndex(cell);
        heatmap->setFocus();
        QTest::keyClick(heatmap, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        const qint64 submission = opened.first().first().toLongLong();
        QCOMPARE(submission, cell.data(CohortHeatmapModel::SubmissionIdRole).toLongLong());
        QCOMPARE(home->tabs()->currentIndex(), int(StaffHomePage::MarkingTab));
        QVERIFY(home->markingWorkspace()->moderationPage());
        QCOMPARE(home->markingWorkspace()->moderationPage()->submissionId(), submission);

        // From a detail table too.
        home->tabs()->setCurrentIndex(StaffHomePage::DashboardTab);
        QTableWidget *masked = dashboard->details()->maskedTable();
        QVERIFY(masked->rowCount() > 0);
        emit masked->itemActivated(masked->item(0, 0));
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.last().first().toLongLong(), masked->item(0, 0)->data(Qt::UserRole).toLongLong());
        QCOMPARE(home->markingWorkspace()->moderationPage()->submissionId(), opened.last().first().toLongLong());
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
