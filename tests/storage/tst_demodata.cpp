#include "support/TestDatabases.h"

#include "demo/DemoDataBuilder.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UserRepository.h"

#include "core/RubricLoader.h"
#include "core/Verdict.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

class TestDemoData : public QObject
{
    Q_OBJECT

    std::unique_ptr<Database> m_database;
    DemoSummary m_summary;

    int scalar(const QString &sql)
    {
        SqlQuery q(m_database->connection(), sql);
        const Result<QVariant> value = q.scalar();
        if (!value)
            qFatal("%s", qPrintable(value.errorMessage()));
        return value->toInt();
    }

private slots:
    void initTestCase()
    {
        auto opened = prepmark::test::freshDatabase();
        QVERIFY(opened.ok());
        m_database = std::move(opened).value();
        SilentProgress progress;
        const Result<DemoSummary> summary = DemoDataBuilder(*m_database).build(progress);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        m_summary = *summary;
        QCOMPARE(progress.lastProgress(), 100);
    }

    void isABelievableProgramme()
    {
        QCOMPARE(m_summary.cohorts, 3);
        QVERIFY(m_summary.students >= 60);
        QCOMPARE(m_summary.lecturers, 4);
        QVERIFY(m_summary.assignments >= 6);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'student'")), m_summary.students);
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT academic_year) FROM cohorts")), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM assignments")), m_summary.assignments);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM learning_outcomes")), 5);
        QVERIFY(m_database->check().ok());
        QCOMPARE(m_database->setting(QStringLiteral("demo")), QStringLiteral("1"));
        // The demo accounts sign in with the demo password (a login role's on a server).
        const Result<Actor> mbaker
            = prepmark::test::signIn(*m_database, QStringLiteral("mbaker"), DemoDataBuilder::demoPassword());
        QVERIFY2(mbaker.ok(), qPrintable(mbaker.errorMessage()));
        QCOMPARE(mbaker->role, Role::Lecturer);
        QVERIFY(!prepmark::test::signIn(*m_database, QStringLiteral("mbaker"), QStringLiteral("not-demo")).ok());
    }

    void submissionsAreDoubleMarkedWithDisagreement()
    {
        // Every released attempt was marked by two different markers.
        QCOMPARE(scalar(QStringLiteral(
                     "SELECT count(*) FROM released_results r WHERE "
                     "(SELECT count(DISTINCT marker_id) FROM marks m WHERE m.attempt_id = r.attempt_id) <> 2")),
            0);
        // Markers disagree on some criteria, but mostly by one level.
        const int compared
            = scalar(QStringLiteral("SELECT count(*) FROM marks a JOIN marks b ON a.attempt_id = b.attempt_id "
                                    "AND a.criterion_key = b.criterion_key AND a.marker_id < b.marker_id"));
        const int exact = scalar(QStringLiteral(
            "SELECT count(*) FROM marks a JOIN marks b ON a.attempt_id = b.attempt_id "
            "AND a.criterion_key = b.criterion_key AND a.marker_id < b.marker_id WHERE a.level = b.level"));
        const int farApart = scalar(QStringLiteral(
            "SELECT count(*) FROM marks a JOIN marks b ON a.attempt_id = b.attempt_id "
            "AND a.criterion_key = b.criterion_key AND a.marker_id < b.marker_id WHERE abs(a.level - b.level) >= 2"));
        QVERIFY(compared > 1000);
        QVERIFY2(exact > compared / 3 && exact < compared * 9 / 10,
            qPrintable(QStringLiteral("%1 of %2").arg(exact).arg(compared)));
        QVERIFY(farApart < compared / 5);
        QVERIFY(m_summary.needingModeration >= 1);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM submissions WHERE status = 'needs_moderation'")),
            m_summary.needingModeration);
    }

    void profilesIncludeEveryKindOfVerdict()
    {
        const Rubric rubric = RubricLoader::bundled(QStringLiteral("mixprep-5d")).value();
        SqlQuery released(m_database->connection(), QStringLiteral("SELECT scores FROM released_results"));
        QVERIFY(released.exec().ok());
        int adequate = 0;
        int masked = 0;
        int allRounders = 0;
        QMap<QString, int> soleBlocker;
        while (released.next()) {
            const QJsonObject json = QJsonDocument::fromJson(released.value(0).toByteArray()).object();
            DimensionScores scores;
            for (auto it = json.constBegin(); it != json.constEnd(); ++it)
                scores.insert(it.key(), it->toDouble());
            const Verdict verdict = VerdictEngine::evaluate(rubric, scores).value();
            adequate += verdict.adequate ? 1 : 0;
            masked += verdict.masked ? 1 : 0;
            bool allHigh = true;
            for (const DimensionOutcome &d : verdict.dimensions)
                allHigh = allHigh && d.score >= 4.0;
            allRounders += allHigh ? 1 : 0;
            const QString sole = VerdictEngine::soleBlocker(verdict);
            if (!sole.isEmpty())
                ++soleBlocker[sole];
        }
        QVERIFY(adequate >= 10);
        QVERIFY(masked >= 5);
        QVERIFY(allRounders >= 3);
        for (const QString &key : rubric.dimensionKeys())
            QVERIFY2(soleBlocker.value(key) >= 1, qPrintable(key));
    }

    void isDeterministicAndRefusesAPopulatedDatabase()
    {
        QVERIFY(DemoDataBuilder(*m_database).build().errorMessage().contains(QStringLiteral("already holds accounts")));
        auto other = prepmark::test::freshDatabase();
        QVERIFY(other.ok());
        const Result<DemoSummary> again = DemoDataBuilder(**other).build();
        QVERIFY(again.ok());
        QCOMPARE(again->marks, m_summary.marks);
        QCOMPARE(again->released, m_summary.released);
        SqlQuery sum((*other)->connection(), QStringLiteral("SELECT sum(level * id) FROM marks"));
        QCOMPARE(sum.scalar()->toLongLong(), [&] {
            SqlQuery mine(m_database->connection(), QStringLiteral("SELECT sum(level * id) FROM marks"));
            return mine.scalar()->toLongLong();
        }());
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
