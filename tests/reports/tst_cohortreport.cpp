#include "support/TestDatabases.h"

#include "CohortReportOracle.h"

#include "reports/CohortReport.h"
#include "reports/CohortReportJson.h"

#include "demo/DemoDataBuilder.h"
#include "storage/CohortRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QTest>

using namespace prepmark;

class TestCohortReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;

    qint64 cohortId(const QString &name)
    {
        return CohortRepository(m_database->connection(), Actor::system()).findByName(name).value()->id;
    }

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        const Result<DemoSummary> demo = DemoDataBuilder(*m_database).build();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
    }

    void equalsAnIndependentSqlComputation_data()
    {
        QTest::addColumn<QString>("cohort");
        QTest::addColumn<int>("assignmentIndex"); // -1: the default choice
        for (const char *name : {"Mix Prep 2024/25", "Mix Prep 2025/26", "Mix Prep 2026/27"}) {
            QTest::addRow("%s, default assignment", name) << QString::fromLatin1(name) << -1;
            QTest::addRow("%s, first assignment", name) << QString::fromLatin1(name) << 0;
        }
    }

    void equalsAnIndependentSqlComputation()
    {
        QFETCH(QString, cohort);
        QFETCH(int, assignmentIndex);
        QSqlDatabase c = m_database->connection();
        qint64 assignment = 0;
        if (assignmentIndex >= 0) {
            SqlQuery first(
                c, QStringLiteral("SELECT id FROM assignments WHERE cohort_id = :c ORDER BY due_at LIMIT 1"));
            first.bind(QStringLiteral(":c"), cohortId(cohort));
            assignment = first.scalar()->toLongLong();
        }
        const CohortReportOracle oracle = CohortReportOracle::compute(c, cohort, assignment);
        const Result<CohortReport> report
            = CohortReportBuilder::build(c, Actor::system(), cohortId(cohort), assignment);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->assignmentId, oracle.assignmentId);
        QCOMPARE(report->enrolled, oracle.enrolled);
        QCOMPARE(int(report->students.size()), oracle.students);
        QVERIFY(oracle.students > 10);
        QCOMPARE(report->conjunctiveAdequate, oracle.conjunctive);
        QCOMPARE(report->compensatoryAdequate, oracle.compensatory);
        QCOMPARE(report->hybridAdequate, oracle.hybrid);
        QCOMPARE(report->maskedCount, oracle.masked);
        QCOMPARE(report->blockingCounts, oracle.blocking);
        QCOMPARE(report->soleBlockerCounts, oracle.soleBlocker);
        QCOMPARE(QSet<qint64>(report->flips.begin(), report->flips.end()), oracle.flips);
        for (const CohortReportStudent &s : report->students)
            QVERIFY(qFuzzyCompare(s.verdict.mean, oracle.means.value(s.studentId)));
        QVERIFY(report->doubleMarked > 10);
        for (auto it = oracle.agreement.constBegin(); it != oracle.agreement.constEnd(); ++it) {
            const DimensionAgreement a = report->agreement.value(it.key());
            QCOMPARE(a.pairs, it->pairs);
            QVERIFY(it->pairs > 0);
            QVERIFY(std::abs(*a.exact - it->exact) < 1e-9);
            QVERIFY(std::abs(*a.adjacent - it->adjacent) < 1e-9);
            QVERIFY2(std::abs(*a.weightedKappa - *it->weightedKappa) < 1e-9, qPrintable(it.key()));
            QVERIFY2(std::abs(*a.icc - *it->icc) < 1e-9, qPrintable(it.key()));
            QVERIFY(a.alpha.has_value() && *a.alpha > -1.0 && *a.alpha <= 1.0);
        }
    }

    void theDemoShowsEveryKindOfFinding()
    {
        const CohortReport report = CohortReportBuilder::build(
            m_database->connection(), Actor::system(), cohortId(QStringLiteral("Mix Prep 2025/26")))
                                        .value();
        QVERIFY(report.maskedCount > 0);
        QVERIFY(!report.flips.isEmpty());
        QVERIFY(!report.nearThreshold.isEmpty());
        for (int i = 1; i < report.nearThreshold.size(); ++i)
            QVERIFY(std::abs(report.nearThreshold[i - 1].margin) <= std::abs(report.nearThreshold[i].margin));
        QCOMPARE(report.severity.size(), 2); // the cohort's two markers
        QVERIFY(std::abs(report.severity[0].meanDifference + report.severity[1].meanDifference) < 1e-9);
    }

    void jsonHasTheContractShape()
    {
        const CohortReport report = CohortReportBuilder::build(
            m_database->connection(), Actor::system(), cohortId(QStringLiteral("Mix Prep 2024/25")))
                                        .value();
        const QJsonObject json = cohortReportToJson(report);
        QCOMPARE(json.keys(),
            (QStringList {QStringLiteral("agreement"), QStringLiteral("blockingCounts"), QStringLiteral("cohort"),
                QStringLiteral("maskedCount"), QStringLiteral("policies"), QStringLiteral("rubric"),
                QStringLiteral("soleBlocker"), QStringLiteral("students")}));
        QCOMPARE(json.value(QStringLiteral("students")).toArray().first().toObject().keys(),
            (QStringList {QStringLiteral("adequate"), QStringLiteral("blocking"), QStringLiteral("id"),
                QStringLiteral("masked"), QStringLiteral("mean"), QStringLiteral("name"), QStringLiteral("scores")}));
        QCOMPARE(json.value(QStringLiteral("agreement"))
                     .toObject()
                     .value(QStringLiteral("signal_integrity"))
                     .toObject()
                     .keys(),
            (QStringList {QStringLiteral("adjacent"), QStringLiteral("alpha"), QStringLiteral("exact"),
                QStringLiteral("icc"), QStringLiteral("weightedKappa")}));
        QCOMPARE(json.value(QStringLiteral("policies")).toObject().keys(),
            (QStringList {QStringLiteral("compensatory"), QStringLiteral("conjunctive"), QStringLiteral("flips"),
                QStringLiteral("hybrid")}));
    }

    void aLecturerReportsOnlyOnTheirCohorts()
    {
        SqlQuery id(m_database->connection(), QStringLiteral("SELECT id FROM users WHERE username = 'mbaker'"));
        const Actor mbaker {id.scalar()->toLongLong(), Role::Lecturer, QStringLiteral("mbaker"), QString()};
        QVERIFY(
            CohortReportBuilder::build(m_database->connection(), mbaker, cohortId(QStringLiteral("Mix Prep 2024/25")))
                .ok());
        QVERIFY(
            !CohortReportBuilder::build(m_database->connection(), mbaker, cohortId(QStringLiteral("Mix Prep 2026/27")))
                 .ok());
    }

    void noAgreedResultsIsAnEmptyReportNotAFailure()
    {
        // The newest cohort's current assignment is still being marked.
        SqlQuery current(m_database->connection(),
            QStringLiteral("SELECT a.id FROM assignments a JOIN cohorts c ON c.id = a.cohort_id WHERE c.name = 'Mix "
                           "Prep 2026/27' ORDER BY a.due_at DESC LIMIT 1"));
        const qint64 assignment = current.scalar()->toLongLong();
        const Result<CohortReport> report = CohortReportBuilder::build(
            m_database->connection(), Actor::system(), cohortId(QStringLiteral("Mix Prep 2026/27")), assignment);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QVERIFY(report->students.isEmpty());
        QCOMPARE(report->withoutResult.size(), 22);
        QVERIFY(report->doubleMarked > 0); // some are double marked, awaiting agreement or moderation
        QVERIFY(report->agreement.value(QStringLiteral("signal_integrity")).exact.has_value());
    }
};

QTEST_GUILESS_MAIN(TestCohortReport)
#include "tst_cohortreport.moc"
