#include "../reports/CohortReportOracle.h"
#include "cli/CliRun.h"
#include "support/TestDatabases.h"

#include "cli/CliCommand.h"

#include "storage/Database.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

namespace {
using Run = test::CliRun;
using test::runPrepmarkCli;

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}
} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Result<QString> where = prepmark::test::freshDatabaseArgument(QStringLiteral("demo"));
        QVERIFY2(where.ok(), qPrintable(where.errorMessage()));
        m_path = *where;
        QCOMPARE(runPrepmarkCli({QStringLiteral("demo"), QStringLiteral("--db"), m_path}).code, 0);
    }

    void cohortJsonEqualsAnIndependentSqlComputation_data()
    {
        QTest::addColumn<QString>("cohort");
        QTest::newRow("2024/25") << "Mix Prep 2024/25";
        QTest::newRow("2025/26") << "Mix Prep 2025/26";
        QTest::newRow("2026/27") << "Mix Prep 2026/27";
    }

    void cohortJsonEqualsAnIndependentSqlComputation()
    {
        QFETCH(QString, cohort);
        const Run run = runPrepmarkCli({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--db"),
            m_path, QStringLiteral("--cohort"), cohort, QStringLiteral("--json")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.err.isEmpty());
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();

        const auto database = Database::open(DatabaseLocation::parse(m_path).value(), Database::Mode::ReadOnly);
        QVERIFY(database.ok());
        const CohortReportOracle oracle = CohortReportOracle::compute((*database)->connection(), cohort);

        QCOMPARE(json.value(QStringLiteral("cohort")).toString(), cohort);
        const QJsonObject rubric = json.value(QStringLiteral("rubric")).toObject();
        QCOMPARE(rubric.value(QStringLiteral("key")).toString(), QStringLiteral("mixprep-5d"));
        QCOMPARE(rubric.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(rubric.value(QStringLiteral("dimensions")).toArray().size(), 5);
        QCOMPARE(rubric.value(QStringLiteral("dimensions"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("threshold"))
                     .toDouble(),
            3.0);

        const QJsonArray students = json.value(QStringLiteral("students")).toArray();
        QCOMPARE(students.size(), oracle.students);
        int adequate = 0;
        int masked = 0;
        for (const QJsonValue &value : students) {
            const QJsonObject s = value.toObject();
            const qint64 id = s.value(QStringLiteral("id")).toInteger();
            QVERIFY(oracle.means.contains(id));
            QCOMPARE(s.value(QStringLiteral("mean")).toDouble(), round2(oracle.means.value(id)));
            QCOMPARE(s.value(QStringLiteral("scores")).toObject().size(), 5);
            QCOMPARE(
                s.value(QStringLiteral("adequate")).toBool(), s.value(QStringLiteral("blocking")).toArray().isEmpty());
            adequate += s.value(QStringLiteral("adequate")).toBool() ? 1 : 0;
            masked += s.value(QStringLiteral("masked")).toBool() ? 1 : 0;
        }
        QCOMPARE(adequate, oracle.conjunctive);
        QCOMPARE(masked, oracle.masked);
        QCOMPARE(json.value(QStringLiteral("maskedCount")).toInt(), oracle.masked);
        for (auto it = oracle.blocking.constBegin(); it != oracle.blocking.constEnd(); ++it) {
            QCOMPARE(json.value(QStringLiteral("blockingCounts")).toObject().value(it.key()).toInt(), *it);
            QCOMPARE(json.value(QStringLiteral("soleBlocker")).toObject().value(it.key()).toInt(),
                oracle.soleBlocker.value(it.key()));
        }
        const QJsonObject policies = json.value(QStringLiteral("policies")).toObject();
        QCOMPARE(policies.value(QStringLiteral("conjunctive")).toInt(), oracle.conjunctive);
        QCOMPARE(policies.value(QStringLiteral("compensatory")).toInt(), oracle.compensatory);
        QCOMPARE(policies.value(QStringLiteral("hybrid")).toInt(), oracle.hybrid);
        QSet<qint64> flips;
        for (const QJsonValue &id : policies.value(QStringLiteral("flips")).toArray())
            flips.insert(id.toInteger());
        QCOMPARE(flips, oracle.flips);
        for (auto it = oracle.agreement.constBegin(); it != oracle.agreement.constEnd(); ++it) {
            const QJsonObject a = json.value(QStringLiteral("agreement")).toObject().value(it.key()).toObject();
            QVERIFY(std::abs(a.value(QStringLiteral("exact")).toDouble() - it->exact) <= 0.00005);
            QVERIFY(std::abs(a.value(QStringLiteral("adjacent")).toDouble() - it->adjacent) <= 0.00005);
            QVERIFY(std::abs(a.value(QStringLiteral("weightedKappa")).toDouble() - *it->weightedKappa) <= 0.00005);
            QVERIFY(std::abs(a.value(QStringLiteral("icc")).toDouble() - *it->icc) <= 0.00005);
            QVERIFY(a.value(QStringLiteral("alpha")).isDouble());
        }
    }

    void tableNamesTheAssignmentAndWhatBlocks()
    {
        const Run run = runPrepmarkCli({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--db"),
            m_path, QStringLiteral("--cohort"), QStringLiteral("Mix Prep 2024/25")});
        QCOMPARE(run.code, 0);
        QVERIFY(run.out.startsWith(
            QStringLiteral("Mix Prep 2024/25 - Assessment 2: Highway Static (rubric mixprep-5d@1)")));
        QVERIFY(run.out.contains(QStringLiteral("masked failures (mean clears 3.00, verdict inadequate)")));
        QVERIFY(run.out.contains(QStringLiteral("Signal Integrity")));
        const Run help = runPrepmarkCli({QStringLiteral("report"), QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(QStringLiteral("each student's latest attempt")));
    }

    void usageAndFailures_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("no report named") << QStringList {"report", "--db", "x.db", "--cohort", "c"} << 2
                                         << "say which report: cohort";
        QTest::newRow("missing cohort") << QStringList {"report", "cohort", "--db", "DB"} << 2 << "missing --cohort";
        QTest::newRow("bad assignment") << QStringList {"report", "cohort", "--db", "DB", "--cohort", "c",
            "--assignment", "two"} << 2 << "--assignment: \"two\" is not an assignment id (a whole number above 0)";
        QTest::newRow("negative assignment") << QStringList {"report", "cohort", "--db", "DB", "--cohort", "c",
            "--assignment", "-3"} << 2 << "--assignment: \"-3\" is not an assignment id (a whole number above 0)";
        QTest::newRow("zero assignment") << QStringList {"report", "cohort", "--db", "DB", "--cohort", "c",
            "--assignment=0"} << 2 << "--assignment: \"0\" is not an assignment id";
        QTest::newRow("no database value")
            << QStringList {"report", "cohort", "--cohort", "c", "--db"} << 2 << "--db needs a value";
        QTest::newRow("option instead of the database")
            << QStringList {"report", "cohort", "--db", "--cohort", "c"} << 2 << "--db needs a value";
        QTest::newRow("empty database") << QStringList {"report", "cohort", "--db=", "--cohort", "c"} << 2
                                        << "missing --db";
        QTest::newRow("unknown cohort") << QStringList {"report", "cohort", "--db", "DB", "--cohort", "Mix Prep 1999"}
                                        << 1 << ": no cohort named \"Mix Prep 1999\"";
        QTest::newRow("assignment of another cohort")
            << QStringList {"report", "cohort", "--db", "DB", "--cohort", "Mix Prep 2024/25", "--assignment", "7"} << 1
            << "assignment 7 does not belong to cohort \"Mix Prep 2024/25\"";
        QTest::newRow("no such assignment")
            << QStringList {"report", "cohort", "--db", "DB", "--cohort", "Mix Prep 2024/25", "--assignment", "99"} << 1
            << "assignment 99 does not exist";
        QTest::newRow("no database") << QStringList {"report", "cohort", "--db", "/nonexistent/x.db", "--cohort", "c"}
                                     << 1 << "/nonexistent/x.db: no such database";
    }

    void usageAndFailures()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, message);
        arguments.replaceInStrings(QStringLiteral("DB"), m_path);
        const Run run = runPrepmarkCli(arguments);
        QCOMPARE(run.code, code);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void anOlderSchemaIsNotMigratedByAReport()
    {
        const QString old = m_dir.filePath(QStringLiteral("old.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            raw.setDatabaseName(old);
            QVERIFY(raw.open());
            SqlQuery create(raw,
                QStringLiteral(
                    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"));
            QVERIFY(create.exec().ok());
            SqlQuery row(raw, QStringLiteral("INSERT INTO schema_migrations VALUES (1, '001_initial.sql', 'x')"));
            QVERIFY(row.exec().ok());
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        const Run run = runPrepmarkCli({QStringLiteral("report"), QStringLiteral("cohort"), QStringLiteral("--db"), old,
            QStringLiteral("--cohort"), QStringLiteral("c")});
        QCOMPARE(run.code, 1);
        QVERIFY2(run.err.contains(QStringLiteral("schema version 1 is older than this PrepMark's (%1); run "
                                                 "`prepmark-cli db migrate --db")
                                      .arg(SchemaMigrator::latestVersion())),
            qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
