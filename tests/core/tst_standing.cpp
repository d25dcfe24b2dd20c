#include "core/RubricLoader.h"
#include "core/Standing.h"

#include <QDir>
#include <QTest>

using namespace prepmark;

namespace {
StandingOptions withMethod(StandingMethod method, double rate = 0.65, int times = 2)
{
    StandingOptions options;
    options.method = method;
    options.decayRate = rate;
    options.requiredTimes = times;
    return options;
}
} // namespace

class TestStanding : public QObject
{
    Q_OBJECT

private slots:
    // Hand-computed with threshold 3.0.
    void methods_data()
    {
        QTest::addColumn<QVector<double>>("scores");
        QTest::addColumn<int>("method");
        QTest::addColumn<double>("rate");
        QTest::addColumn<int>("times");
        QTest::addColumn<double>("expected"); // -1: no value
        QTest::addColumn<bool>("atThreshold");

        const QVector<double> rising {2.0, 4.0, 3.5};
        QTest::newRow("most recent") << rising << int(StandingMethod::MostRecent) << 0.65 << 2 << 3.5 << true;
        // d1 = 2; d2 = 2*0.35 + 4*0.65 = 3.3; d3 = 3.3*0.35 + 3.5*0.65 = 3.43
        QTest::newRow("decaying 0.65") << rising << int(StandingMethod::DecayingAverage) << 0.65 << 2 << 3.43 << true;
        // d2 = 3.0; d3 = 3.25
        QTest::newRow("decaying 0.5") << rising << int(StandingMethod::DecayingAverage) << 0.5 << 2 << 3.25 << true;
        // d2 = 2*0.9 + 4*0.1 = 2.2; d3 = 2.2*0.9 + 3.5*0.1 = 2.33
        QTest::newRow("decaying 0.1") << rising << int(StandingMethod::DecayingAverage) << 0.1 << 2 << 2.33 << false;
        QTest::newRow("highest") << rising << int(StandingMethod::Highest) << 0.65 << 2 << 4.0 << true;
        QTest::newRow("mean") << rising << int(StandingMethod::Mean) << 0.65 << 2 << 9.5 / 3 << true;
        QTest::newRow("twice at threshold")
            << rising << int(StandingMethod::TimesAtThreshold) << 0.65 << 2 << 3.5 << true;
        QTest::newRow("three times at threshold")
            << rising << int(StandingMethod::TimesAtThreshold) << 0.65 << 3 << 2.0 << false;
        QTest::newRow("four times, three attempts")
            << rising << int(StandingMethod::TimesAtThreshold) << 0.65 << 4 << -1.0 << false;

        const QVector<double> falling {4.0, 2.5};
        QTest::newRow("falling: most recent")
            << falling << int(StandingMethod::MostRecent) << 0.65 << 2 << 2.5 << false;
        // 4*0.35 + 2.5*0.65 = 3.025
        QTest::newRow("falling: decaying")
            << falling << int(StandingMethod::DecayingAverage) << 0.65 << 2 << 3.025 << true;
        QTest::newRow("falling: highest") << falling << int(StandingMethod::Highest) << 0.65 << 2 << 4.0 << true;
        QTest::newRow("falling: mean") << falling << int(StandingMethod::Mean) << 0.65 << 2 << 3.25 << true;
        QTest::newRow("falling: twice") << falling << int(StandingMethod::TimesAtThreshold) << 0.65 << 2 << 2.5
                                        << false;
        QTest::newRow("falling: once") << falling << int(StandingMethod::TimesAtThreshold) << 0.65 << 1 << 4.0 << true;

        QTest::newRow("no attempts") << QVector<double> {} << int(StandingMethod::MostRecent) << 0.65 << 2 << -1.0
                                     << false;
        QTest::newRow("single attempt decays to itself")
            << QVector<double> {2.75} << int(StandingMethod::DecayingAverage) << 0.65 << 2 << 2.75 << false;
    }

    void methods()
    {
        QFETCH(QVector<double>, scores);
        QFETCH(int, method);
        QFETCH(double, rate);
        QFETCH(int, times);
        QFETCH(double, expected);
        QFETCH(bool, atThreshold);
        const Standing standing = computeStanding(scores, 3.0, withMethod(StandingMethod(method), rate, times));
        QCOMPARE(standing.attempts, int(scores.size()));
        if (expected < 0) {
            QVERIFY(!standing.value.has_value());
        } else {
            QVERIFY(standing.value.has_value());
            QCOMPARE(qRound64(*standing.value * 1e6), qRound64(expected * 1e6));
        }
        QCOMPARE(standing.atThreshold, atThreshold);
    }

    void adequateNowNeedsEveryStandingAtOnce()
    {
        const Result<Rubric> rubric = RubricLoader::fromFile(
            QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(QStringLiteral("tests/core/data/four-dimensions.json")));
        QVERIFY(rubric.ok());
        // Each dimension reached its threshold at some attempt, but never all at once:
        // by highest every standing is at threshold, by most recent audio has fallen back.
        const QMap<QString, QVector<double>> history {
            {QStringLiteral("audio"), {3.5, 2.5}},
            {QStringLiteral("layout"), {2.0, 3.5}},
            {QStringLiteral("edits"), {3.0, 3.0}},
            {QStringLiteral("notes"), {3.0, 4.0}},
        };
        const StandingProfile highest = computeStandingProfile(*rubric, history, withMethod(StandingMethod::Highest));
        QVERIFY(highest.adequateNow);
        QVERIFY(highest.blocking.isEmpty());

        const StandingProfile recent = computeStandingProfile(*rubric, history, withMethod(StandingMethod::MostRecent));
        QVERIFY(!recent.adequateNow);
        QCOMPARE(recent.blocking, QStringList {QStringLiteral("audio")});
        QCOMPARE(*recent.dimensions.value(QStringLiteral("layout")).value, 3.5);

        // audio 3.5*0.35 + 2.5*0.65 = 2.85; layout 2*0.35 + 3.5*0.65 = 2.975; notes 3.65 (threshold 3.5)
        const StandingProfile decaying
            = computeStandingProfile(*rubric, history, withMethod(StandingMethod::DecayingAverage));
        QCOMPARE(decaying.blocking, (QStringList {QStringLiteral("audio"), QStringLiteral("layout")}));

        QMap<QString, QVector<double>> missing = history;
        missing.remove(QStringLiteral("edits"));
        const StandingProfile incomplete
            = computeStandingProfile(*rubric, missing, withMethod(StandingMethod::Highest));
        QVERIFY(!incomplete.adequateNow);
        QCOMPARE(incomplete.blocking, QStringList {QStringLiteral("edits")});
    }

    void methodNamesRoundTrip()
    {
        for (int m = 0; m <= int(StandingMethod::TimesAtThreshold); ++m)
            QCOMPARE(standingMethodFromName(standingMethodName(StandingMethod(m))).value(), StandingMethod(m));
        QVERIFY(!standingMethodFromName(QStringLiteral("best-of-three")).ok());
    }
};

QTEST_GUILESS_MAIN(TestStanding)
#include "tst_standing.moc"
