#include "support/TestDatabases.h"

#include "ProgrammeReportOracle.h"

#include "core/CsvReader.h"

#include "reports/ProgrammeReport.h"
#include "reports/ProgrammeReportCsv.h"
#include "reports/ProgrammeReportDocument.h"
#include "reports/ProgrammeReportHtml.h"
#include "reports/ReportPagePainter.h"
#include "reports/ReportPdfWriter.h"
#include "reports/charts/QtChartsPainter.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/ProgrammeRepository.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace prepmark;

namespace {
bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// The data-value attributes of every row of the HTML table with this id, by the row's
// (data-cohort, data-dimension).
QMap<QPair<QString, QString>, QStringList> htmlTable(const QString &html, const QString &id)
{
    QMap<QPair<QString, QString>, QStringList> rows;
    QXmlStreamReader xml(html);
    bool inTable = false;
    QPair<QString, QString> key;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("table"))
            inTable = xml.attributes().value(QLatin1String("id")) == id;
        else if (xml.isEndElement() && xml.name() == QLatin1String("table"))
            inTable = false;
        else if (inTable && xml.isStartElement() && xml.name() == QLatin1String("tr"))
            key = {xml.attributes().value(QLatin1String("data-cohort")).toString(),
                xml.attributes().value(QLatin1String("data-dimension")).toString()};
        else if (inTable && xml.isStartElement() && xml.name() == QLatin1String("td")
            && xml.attributes().hasAttribute(QLatin1String("data-value")))
            rows[key] << xml.attributes().value(QLatin1String("data-value")).toString();
    }
    if (xml.hasError())
        qWarning("HTML is not well-formed: %s at line %lld", qPrintable(xml.errorString()), xml.lineNumber());
    return rows;
}
} // namespace

class TestProgrammeReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    ProgrammeReport m_report;
    ProgrammeReportOracle m_oracle;

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        const Result<DemoSummary> demo = DemoDataBuilder(*m_database).build();
        QVERIFY2(demo.ok(), qPrintable(demo.errorMessage()));
        const Result<ProgrammeReport> report
            = ProgrammeReportBuilder::build(m_database->connection(), Actor::system(), QStringLiteral("MPROD"));
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        m_report = *report;
        m_oracle = ProgrammeReportOracle::compute(m_database->connection(), QStringLiteral("MPROD"));
    }

    void cohortFiguresEqualAnIndependentSqlComputation_data()
    {
        QTest::addColumn<QString>("cohort");
        for (const char *name : {"Mix Prep 2024/25", "Mix Prep 2025/26", "Mix Prep 2026/27"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void cohortFiguresEqualAnIndependentSqlComputation()
    {
        QFETCH(QString, cohort);
        const auto found = std::find_if(m_report.cohorts.begin(), m_report.cohorts.end(),
            [&](const CohortOutcome &c) { return c.cohort.name == cohort; });
        QVERIFY(found != m_report.cohorts.end());
        const OutcomeFigures &f = found->figures;
        const ProgrammeReportOracle::Figures &o = m_oracle.cohorts.value(cohort);
        QCOMPARE(found->cohort.academicYear, o.academicYear);
        QCOMPARE(f.enrolledStudents, o.enrolled);
        QCOMPARE(f.assessedAssignments, o.assessedAssignments);
        QCOMPARE(f.submissions, o.submissions);
        QCOMPARE(f.results, o.results);
        QVERIFY(o.results >= 20); // every cohort has released results in the demo
        QCOMPARE(f.adequate, o.adequate);
        QCOMPARE(f.masked, o.masked);
        QCOMPARE(int(f.students.size()), o.students);
        QCOMPARE(f.dimensions.keys(), o.dimensions.keys());
        for (auto it = o.dimensions.constBegin(); it != o.dimensions.constEnd(); ++it) {
            const DimensionAttainment d = f.dimensions.value(it.key());
            QCOMPARE(d.results, it->results);
            QCOMPARE(d.atThreshold, it->atThreshold);
            QCOMPARE(d.blocking, it->blocking);
            QCOMPARE(d.soleBlocker, it->soleBlocker);
            QVERIFY2(near(*d.meanScore(), it->meanScore), qPrintable(it.key()));
        }
    }

    void yearsTotalsAndOutcomesEqualTheSqlComputation()
    {
        QCOMPARE(m_report.years.size(), m_oracle.years.size());
        for (const YearOutcome &year : m_report.years) {
            const ProgrammeReportOracle::Figures &o = m_oracle.years.value(year.academicYear);
            QCOMPARE(year.figures.results, o.results);
            QCOMPARE(year.figures.adequate, o.adequate);
            QCOMPARE(year.figures.masked, o.masked);
            for (auto it = o.dimensions.constBegin(); it != o.dimensions.constEnd(); ++it)
                QCOMPARE(year.figures.dimensions.value(it.key()).atThreshold, it->atThreshold);
        }
        QCOMPARE(m_report.total.results, m_oracle.total.results);
        QCOMPARE(m_report.total.adequate, m_oracle.total.adequate);
        QCOMPARE(m_report.total.masked, m_oracle.total.masked);
        QCOMPARE(int(m_report.total.students.size()), m_oracle.total.students);
        QCOMPARE(m_report.total.submissions, m_oracle.total.submissions);
        for (auto it = m_oracle.total.dimensions.constBegin(); it != m_oracle.total.dimensions.constEnd(); ++it) {
            QCOMPARE(m_report.total.dimensions.value(it.key()).soleBlocker, it->soleBlocker);
            QVERIFY(near(*m_report.total.dimensions.value(it.key()).meanScore(), it->meanScore));
        }
        QCOMPARE(m_report.outcomes.size(), 5);
        for (const LearningOutcomeAttainment &o : m_report.outcomes) {
            QVERIFY2(near(*o.overall, m_oracle.outcomeOverall.value(o.outcome.code)), qPrintable(o.outcome.code));
            for (auto y = o.byYear.constBegin(); y != o.byYear.constEnd(); ++y)
                QVERIFY(near(y->value(), m_oracle.outcomeByYear.value(o.outcome.code).value(y.key())));
        }
    }

    void theDemoShowsWhatAveragingHides()
    {
        // Every dimension blocks someone, and some failures are masked by the mean.
        QVERIFY(m_report.total.masked > 0);
        QVERIFY(m_report.total.adequate < m_report.total.results);
        QCOMPARE(m_report.dimensions.size(), 5);
        for (const ProgrammeDimension &d : m_report.dimensions)
            QVERIFY2(m_report.total.dimensions.value(d.key).blocking > 0, qPrintable(d.key));
        QCOMPARE(m_report.rubrics.size(), 1);
        QCOMPARE(m_report.rubrics.first().identity(), QStringLiteral("mixprep-5d@1"));
    }

    void csvCarriesTheSameNumbers()
    {
        const Result<CsvTable> csv = CsvReader::parse(programmeReportCsv(m_report), QStringLiteral("report.csv"));
        QVERIFY2(csv.ok(), qPrintable(csv.errorMessage()));
        QVERIFY(csv->hadByteOrderMark);
        QCOMPARE(csv->header.size(), 19);
        QCOMPARE(csv->records.size(), 3 * 5); // cohorts x dimensions
        const QStringList &h = csv->header;
        for (const CsvRecord &record : csv->records) {
            auto field = [&](const char *name) { return record.fields.value(h.indexOf(QLatin1String(name))); };
            const ProgrammeReportOracle::Figures &o = m_oracle.cohorts.value(field("cohort"));
            QCOMPARE(field("academic_year"), o.academicYear);
            QCOMPARE(field("results").toInt(), o.results);
            QCOMPARE(field("adequate").toInt(), o.adequate);
            QCOMPARE(field("masked_failures").toInt(), o.masked);
            QCOMPARE(field("students_enrolled").toInt(), o.enrolled);
            QCOMPARE(field("students_with_results").toInt(), o.students);
            QCOMPARE(field("submissions").toInt(), o.submissions);
            QVERIFY(std::abs(field("adequacy_rate").toDouble() - double(o.adequate) / o.results) < 5e-5);
            const ProgrammeReportOracle::Dimension d = o.dimensions.value(field("dimension_key"));
            QCOMPARE(field("at_threshold").toInt(), d.atThreshold);
            QCOMPARE(field("blocking").toInt(), d.blocking);
            QCOMPARE(field("sole_blocker").toInt(), d.soleBlocker);
            QVERIFY(std::abs(field("attainment").toDouble() - double(d.atThreshold) / d.results) < 5e-5);
            QVERIFY(std::abs(field("mean_score").toDouble() - d.meanScore) < 5e-3);
            QCOMPARE(field("threshold"), QStringLiteral("3.00"));
        }
    }

    void htmlCarriesTheSameNumbers()
    {
        const QString html = ProgrammeReportHtml::write(m_report);
        const auto rows = htmlTable(html, QStringLiteral("cohort-dimensions"));
        QCOMPARE(rows.size(), 15);
        for (auto it = rows.constBegin(); it != rows.constEnd(); ++it) {
            const ProgrammeReportOracle::Dimension d
                = m_oracle.cohorts.value(it.key().first).dimensions.value(it.key().second);
            // results, at threshold, attainment, blocks, blocks alone, mean score
            QCOMPARE(it->size(), 6);
            QCOMPARE(it->at(0).toInt(), d.results);
            QCOMPARE(it->at(1).toInt(), d.atThreshold);
            QVERIFY(std::abs(it->at(2).toDouble() - double(d.atThreshold) / d.results) < 5e-5);
            QCOMPARE(it->at(3).toInt(), d.blocking);
            QCOMPARE(it->at(4).toInt(), d.soleBlocker);
            QVERIFY(std::abs(it->at(5).toDouble() - d.meanScore) < 5e-3);
        }
        QVERIFY(html.contains(QStringLiteral("BA (Hons) Music Production")));
        QVERIFY(html.contains(QStringLiteral("LO5")));
    }

    void pdfHasATitlePageChartsTablesAndPageNumbers()
    {
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
        QVERIFY2(!pdftotext.isEmpty() && !pdftoppm.isEmpty(), "poppler-utils (setup.sh installs it) is needed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        const QtChartsPainter charts;
        const ReportDocument document = ProgrammeReportDocument::build(m_report);
        const int pages = ReportPagePainter(document, &charts).pageCount();
        QVERIFY(pages >= 5);
        SilentProgress progress;
        const Status written = ReportPdfWriter::write(document, &charts, path, QStringLiteral("test"), progress);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(progress.lastProgress(), 100);

        QProcess text;
        text.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(QStringLiteral("Programme outcome report")));
        QVERIFY(content.contains(QStringLiteral("BA (Hons) Music Production (MPROD)")));
        QVERIFY(content.contains(QStringLiteral("Mix Prep 2025/26")));
        QVERIFY(content.contains(QStringLiteral("mixprep-5d, version 1")));
        QVERIFY(content.contains(QStringLiteral("Page 1 of %1").arg(pages)));
        QVERIFY(content.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        QVERIFY(content.contains(QStringLiteral("Signal Integrity")));
        QVERIFY(content.contains(QStringLiteral("Learning outcomes and dimensions")));
        // The figures in the summary table: total results and masked failures.
        QVERIFY(content.contains(QString::number(m_oracle.total.results)));

        // Each page renders, and pages with charts carry colour (a chart's bars or lines).
        QProcess render;
        render.start(pdftoppm,
            {QStringLiteral("-r"), QStringLiteral("30"), QStringLiteral("-png"), path,
                dir.filePath(QStringLiteral("page"))});
        QVERIFY(render.waitForFinished(60000));
        const QStringList images = QDir(dir.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(images.size(), pages);
        int colourful = 0;
        for (const QString &name : images) {
            const QImage image(dir.filePath(name));
            QVERIFY(!image.isNull());
            int coloured = 0;
            for (int y = 0; y < image.height(); y += 2) {
                for (int x = 0; x < image.width(); x += 2) {
                    const QColor c = image.pixelColor(x, y);
                    coloured += c.saturation() > 80 && c.value() > 60 ? 1 : 0;
                }
            }
            colourful += coloured > 150 ? 1 : 0;
        }
        QVERIFY2(colourful >= 4, qPrintable(QString::number(colourful))); // title band + 3 chart pages
    }

    void aCancelledExportLeavesTheOldFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.pdf"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the previous report");
        old.close();
        SilentProgress progress;
        progress.cancel();
        const QtChartsPainter charts;
        const Status written = ReportPdfWriter::write(
            ProgrammeReportDocument::build(m_report), &charts, path, QStringLiteral("test"), progress);
        QVERIFY(!written.ok());
        QVERIFY(written.errorMessage().contains(QStringLiteral("cancelled")));
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("the previous report"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }

    void onlyLeadersAndAdminsReportOnAProgramme_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("programme leader") << "jahmed" << true;
        QTest::newRow("admin") << "admin" << true;
        QTest::newRow("lecturer") << "mbaker" << false;
        QTest::newRow("student") << "s24001" << false;
    }

    void onlyLeadersAndAdminsReportOnAProgramme()
    {
        QFETCH(QString, username);
        QFETCH(bool, allowed);
        SqlQuery user(m_database->connection(), QStringLiteral("SELECT id, role FROM users WHERE username = :u"));
        user.bind(QStringLiteral(":u"), username);
        QVERIFY(user.exec().ok() && user.next());
        const Actor actor {
            user.value(0).toLongLong(), roleFromName(user.value(1).toString()).value(), username, username};
        const Result<ProgrammeReport> report = ProgrammeReportBuilder::build(m_database->connection(), actor);
        QCOMPARE(report.ok(), allowed);
        if (!allowed)
            QVERIFY(report.errorMessage().contains(QStringLiteral("may not report on a whole programme")));
    }

    void aProgrammeWithoutResultsIsAnEmptyReport()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY(opened.ok());
        ProgrammeRepository programmes((*opened)->connection(), Actor::system());
        QVERIFY(programmes.createProgramme(QStringLiteral("NEW"), QStringLiteral("New programme")).ok());
        const Result<ProgrammeReport> report
            = ProgrammeReportBuilder::build((*opened)->connection(), Actor::system(), QString());
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->total.results, 0);
        QVERIFY(!report->total.adequacyRate().has_value());
        const Result<CsvTable> csv = CsvReader::parse(programmeReportCsv(*report), QStringLiteral("empty.csv"));
        QVERIFY(csv.ok());
        QVERIFY(csv->records.isEmpty());
        QTemporaryDir dir;
        const QtChartsPainter charts;
        QVERIFY(ReportPdfWriter::write(ProgrammeReportDocument::build(*report), &charts,
            dir.filePath(QStringLiteral("empty.pdf")), QStringLiteral("empty"))
                    .ok());
        const Result<ProgrammeReport> unknown
            = ProgrammeReportBuilder::build((*opened)->connection(), Actor::system(), QStringLiteral("NOPE"));
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.errorMessage(), QStringLiteral("no programme with the code \"NOPE\" (known: NEW)"));
    }
};

QTEST_MAIN(TestProgrammeReport)
#include "tst_programmereport.moc"
