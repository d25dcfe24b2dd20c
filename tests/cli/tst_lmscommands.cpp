#include "../reports/ProgrammeReportOracle.h"
#include "cli/CliRun.h"
#include "support/TestDatabases.h"

#include "cli/CliCommand.h"
#include "core/CsvReader.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {
using Run = test::CliRun;
using test::runPrepmarkCli;

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/storage/data/roster/") + name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

// The verbs of issue 7 end to end, in-process, on a demo database file: report
// programme, feedback-sheets, import-roster and export-grades.
class TestLmsCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<QString> where = prepmark::test::freshDatabaseArgument(QStringLiteral("demo"));
        QVERIFY2(where.ok(), qPrintable(where.errorMessage()));
        m_db = *where;
        const Run demo = runPrepmarkCli({QStringLiteral("demo"), QStringLiteral("--db"), m_db});
        QVERIFY2(demo.code == 0, qPrintable(demo.err));
    }

    void programmeReportInEveryFormat()
    {
        const Run csv = runPrepmarkCli({"report", "programme", "--db", m_db, "--csv", path("p.csv")});
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QVERIFY(csv.out.contains(QStringLiteral("programme MPROD, 3 cohorts")));
        const Result<CsvTable> table = CsvReader::read(path(QStringLiteral("p.csv")));
        QVERIFY(table.ok());
        auto opened = Database::open(DatabaseLocation::parse(m_db).value(), Database::Mode::ReadOnly);
        QVERIFY(opened.ok());
        const ProgrammeReportOracle oracle
            = ProgrammeReportOracle::compute((*opened)->connection(), QStringLiteral("MPROD"));
        const int results = int(table->header.indexOf(QStringLiteral("results")));
        const int cohort = int(table->header.indexOf(QStringLiteral("cohort")));
        for (const CsvRecord &r : table->records)
            QCOMPARE(r.fields[results].toInt(), oracle.cohorts.value(r.fields[cohort]).results);

        QCOMPARE(runPrepmarkCli({"report", "programme", "--db", m_db, "--html", path("p.html")}).code, 0);
        QVERIFY(readAll(path(QStringLiteral("p.html"))).startsWith("<!DOCTYPE html>"));
        QCOMPARE(
            runPrepmarkCli({"report", "programme", "--db", m_db, "--programme", "MPROD", "--pdf", path("p.pdf")}).code,
            0);
        QVERIFY(readAll(path(QStringLiteral("p.pdf"))).startsWith("%PDF-"));
    }

    void programmeReportUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no format") << QStringList {"report", "programme", "--db", "x.db"} << 2
                                   << "exactly one of --pdf";
        QTest::newRow("two formats") << QStringList {"report", "programme", "--db", "x.db", "--csv", "a", "--html", "b"}
                                     << 2 << "exactly one of --pdf";
        QTest::newRow("no database") << QStringList {"report", "programme", "--db", "/nope.db", "--csv", "a"} << 1
                                     << "/nope.db: no such database";
        QTest::newRow("unknown programme") << QStringList {"report", "programme", "--db", "DB", "--programme", "XX",
            "--csv", "a"} << 1 << "no programme with the code \"XX\" (known: MPROD)";
    }

    void programmeReportUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }

    // The options the database verbs share (--db, --assignment, --cohort) are read the same
    // way by each: a bad or missing value is a usage error (exit 2) naming the option.
    void sharedOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const QString notAnId = QStringLiteral("is not an assignment id (a whole number above 0)");
        QTest::newRow("export: words for the assignment") << QStringList {"export-grades", "--db", "DB", "--assignment",
            "first", "--format", "moodle", "o.csv"} << 2 << "--assignment: \"first\" " + notAnId;
        QTest::newRow("export: negative assignment") << QStringList {"export-grades", "--db", "DB", "--assignment",
            "-1", "--format", "moodle", "o.csv"} << 2 << "--assignment: \"-1\" " + notAnId;
        QTest::newRow("export: no assignment") << QStringList {"export-grades", "--db", "DB", "--format", "moodle",
            "o.csv"} << 2 << "missing --assignment";
        QTest::newRow("export: no database value") << QStringList {"export-grades", "--assignment", "1", "--format",
            "moodle", "o.csv", "--db"} << 2 << "--db needs a value";
        QTest::newRow("export: assignment not in the database")
            << QStringList {"export-grades", "--db", "DB", "--assignment", "99", "--format", "moodle", "o.csv"} << 1
            << "assignment 99 does not exist";
        QTest::newRow("sheets: negative assignment") << QStringList {"feedback-sheets", "--db", "DB", "--assignment",
            "-2", "--out", "x"} << 2 << "--assignment: \"-2\" " + notAnId;
        QTest::newRow("sheets: words for the submission")
            << QStringList {"feedback-sheets", "--db", "DB", "--submission", "x1", "--out", "x.pdf"} << 2
            << "--submission: \"x1\" is not a submission id (a whole number above 0)";
        QTest::newRow("sheets: option instead of the database")
            << QStringList {"feedback-sheets", "--db", "--assignment", "1", "--out", "x"} << 2 << "--db needs a value";
        QTest::newRow("roster: no database value") << QStringList {"import-roster", "--cohort", "Mix Prep 2026/27",
            "r.csv", "--db"} << 2 << "--db needs a value";
        QTest::newRow("roster: no cohort value")
            << QStringList {"import-roster", "--db", "DB", "r.csv", "--cohort"} << 2 << "--cohort needs a value";
        QTest::newRow("programme: empty database")
            << QStringList {"report", "programme", "--db=", "--csv", "a"} << 2 << "missing --db";
    }

    void sharedOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("DB"), m_db);
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void feedbackSheetsForAnAssignment()
    {
        const Run run = runPrepmarkCli({"feedback-sheets", "--db", m_db, "--assignment", "1", "--out", path("sheets")});
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QStringList files = QDir(path(QStringLiteral("sheets"))).entryList({QStringLiteral("1-*.pdf")});
        QVERIFY(files.size() > 15);
        QVERIFY(run.out.contains(QStringLiteral("%1 feedback sheets written").arg(files.size())));
        const Run usage = runPrepmarkCli({"feedback-sheets", "--db", m_db, "--out", path("x")});
        QCOMPARE(usage.code, 2);
    }

    void importRosterDryRunThenImport()
    {
        const QString moodle = fixture(QStringLiteral("moodle-participants.csv"));
        const Run dry
            = runPrepmarkCli({"import-roster", "--db", m_db, "--cohort", "Mix Prep 2026/27", "--dry-run", moodle});
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("moodle-participants.csv:2")));
        QVERIFY(
            dry.out.contains(QStringLiteral("4 new, 0 existing to enrol, 0 already enrolled, 1 skipped, 0 errors")));
        QVERIFY(dry.out.contains(QStringLiteral("dry run, nothing imported")));
        const Run real = runPrepmarkCli({"import-roster", "--db", m_db, "--cohort", "Mix Prep 2026/27", moodle});
        QVERIFY2(real.code == 0, qPrintable(real.err));
        QVERIFY(real.out.contains(QStringLiteral("; imported")));
        const Run again = runPrepmarkCli(
            {"import-roster", "--db", m_db, "--cohort", "Mix Prep 2026/27", fixture("canvas-gradebook.csv")});
        QCOMPARE(again.code, 1); // the Canvas login names differ from the Moodle emails: same student numbers
        QVERIFY(again.out.contains(QStringLiteral("ERROR")));
        QVERIFY(again.out.contains(QStringLiteral("canvas-gradebook.csv:3")));
        QVERIFY(again.err.contains(QStringLiteral("nothing was imported")));
    }

    void importRosterReportsBadBytesWithTheirPlace()
    {
        QFile latin1(path(QStringLiteral("latin1.csv")));
        QVERIFY(latin1.open(QIODevice::WriteOnly));
        latin1.write("username,firstname,lastname,email\nrdubois,Ren\xe9,Dubois,r@x.org\n");
        latin1.close();
        const Run run
            = runPrepmarkCli({"import-roster", "--db", m_db, "--cohort", "Mix Prep 2026/27", path("latin1.csv")});
        QCOMPARE(run.code, 1);
        QVERIFY2(
            run.err.contains(QStringLiteral("latin1.csv:2:12: byte 0xE9 is not valid UTF-8")), qPrintable(run.err));
        const Run cohort
            = runPrepmarkCli({"import-roster", "--db", m_db, "--cohort", "Nope", fixture("moodle-users.csv")});
        QCOMPARE(cohort.code, 1);
        QVERIFY(cohort.err.contains(QStringLiteral("no cohort named \"Nope\"")));
    }

    void exportGradesForBothPlatforms()
    {
        const Run moodle
            = runPrepmarkCli({"export-grades", "--db", m_db, "--assignment", "1", "--format", "moodle", path("m.csv")});
        QVERIFY2(moodle.code == 0, qPrintable(moodle.err));
        QVERIFY(readAll(path(QStringLiteral("m.csv"))).startsWith("First name,Last name,ID number,Email address,"));
        const Run canvas
            = runPrepmarkCli({"export-grades", "--db", m_db, "--assignment", "1", "--format", "canvas", path("c.csv")});
        QVERIFY2(canvas.code == 0, qPrintable(canvas.err));
        const QByteArray bytes = readAll(path(QStringLiteral("c.csv")));
        QVERIFY(bytes.startsWith("Student,ID,SIS User ID,SIS Login ID,Section,Notes,"));
        QVERIFY(bytes.contains("\r\nPoints Possible,,,,,,5,5,5,5,5,1\r\n"));
        QCOMPARE(runPrepmarkCli(
                     {"export-grades", "--db", m_db, "--assignment", "1", "--format", "blackboard", path("b.csv")})
                     .code,
            2);
    }
};

QTEST_MAIN(TestLmsCommands)
#include "tst_lmscommands.moc"
