#include "reports/AgreementStatistics.h"

#include <QTest>

using namespace prepmark;

namespace {
QVector<RatingPair> zip(const QVector<int> &a, const QVector<int> &b)
{
    QVector<RatingPair> pairs;
    for (int i = 0; i < a.size(); ++i)
        pairs.append({a[i], b[i]});
    return pairs;
}

// A 2 x 2 table as pairs of 0/1 ratings.
QVector<RatingPair> table2x2(int yesYes, int yesNo, int noYes, int noNo)
{
    QVector<RatingPair> pairs;
    pairs.fill({1, 1}, yesYes);
    pairs.append(QVector<RatingPair>(yesNo, {1, 0}));
    pairs.append(QVector<RatingPair>(noYes, {0, 1}));
    pairs.append(QVector<RatingPair>(noNo, {0, 0}));
    return pairs;
}

void compareClose(std::optional<double> actual, double expected, double within = 5e-4)
{
    QVERIFY(actual.has_value());
    QVERIFY2(std::abs(*actual - expected) <= within,
        qPrintable(QStringLiteral("%1, expected %2").arg(*actual, 0, 'f', 6).arg(expected, 0, 'f', 6)));
}
} // namespace

class TestAgreementStatistics : public QObject
{
    Q_OBJECT

private slots:
    void exactAndAdjacentAgreement()
    {
        const QVector<RatingPair> pairs = zip({1, 2, 3, 4, 5, 3}, {1, 3, 5, 4, 4, 1});
        QCOMPARE(*exactAgreement(pairs), 2.0 / 6); // (1,1) and (4,4)
        QCOMPARE(*adjacentAgreement(pairs), 4.0 / 6); // plus (2,3) and (5,4)
        QVERIFY(!exactAgreement({}).has_value());
    }

    void weightedKappa_data()
    {
        QTest::addColumn<QVector<RatingPair>>("pairs");
        QTest::addColumn<int>("scaleMin");
        QTest::addColumn<int>("scaleMax");
        QTest::addColumn<double>("expected");
        // The textbook 2 x 2 example (Wikipedia, "Cohen's kappa": 50 grant proposals,
        // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): p_o = 0.7, p_e = 0.5, kappa = 0.4.
        // With two categories quadratic weights are 0/1, so weighted kappa = kappa.
        QTest::newRow("Cohen 2x2 textbook") << table2x2(20, 5, 10, 15) << 0 << 1 << 0.4;
        // Maple EssayTools[QuadraticWeightedKappa] documentation, examples 1 and 2.
        QTest::newRow("Maple example 1") << zip({9, 7, 8, 7, 6, 8, 3, 5, 10}, {8, 8, 6, 6, 7, 6, 1, 4, 8}) << 1 << 10
                                         << 0.758620689655172;
        QTest::newRow("Maple example 2") << zip({9, 7, 8, 7, 6, 8, 3, 5, 10}, {3, 5, 6, 6, 7, 6, 1, 4, 8}) << 1 << 10
                                         << 0.438095238095238;
        // Empty categories leave the value unchanged.
        QTest::newRow("Maple example 1, wider scale")
            << zip({9, 7, 8, 7, 6, 8, 3, 5, 10}, {8, 8, 6, 6, 7, 6, 1, 4, 8}) << 0 << 20 << 0.758620689655172;
        // Hand-computed on a 1-5 scale: a = (1,2,3), b = (2,3,3); with weights w = d^2/16,
        // sum(w o) = (1/16 + 1/16) / 3 = 1/24; rows 1/3 each, columns (2: 1/3, 3: 2/3), so
        // sum(d^2 r c) = (1/9 + 8/9) + 2/9 + 1/9 = 4/3 and sum(w e) = 1/12;
        // kappa_w = 1 - (1/24) / (1/12) = 0.5.
        QTest::newRow("hand-computed 1-5") << zip({1, 2, 3}, {2, 3, 3}) << 1 << 5 << 0.5;
        QTest::newRow("perfect agreement") << zip({1, 3, 5, 2}, {1, 3, 5, 2}) << 1 << 5 << 1.0;
    }

    void weightedKappa()
    {
        QFETCH(QVector<RatingPair>, pairs);
        QFETCH(int, scaleMin);
        QFETCH(int, scaleMax);
        QFETCH(double, expected);
        compareClose(quadraticWeightedKappa(pairs, scaleMin, scaleMax), expected, 1e-9);
    }

    void kappaIsUndefinedWithoutVariation()
    {
        QVERIFY(!quadraticWeightedKappa(zip({3, 3, 3}, {3, 3, 3}), 1, 5).has_value());
        QVERIFY(!quadraticWeightedKappa({}, 1, 5).has_value());
        QVERIFY(!cohenKappa({{true, true}, {true, true}}).has_value());
    }

    void decisionKappa()
    {
        QVector<DecisionPair> decisions;
        for (const RatingPair &p : table2x2(20, 5, 10, 15))
            decisions.append({p.first == 1, p.second == 1});
        compareClose(cohenKappa(decisions), 0.4, 1e-9);
        compareClose(decisionAgreement(decisions), 0.7, 1e-9);
    }

    void intraclassCorrelation_data()
    {
        QTest::addColumn<QVector<QVector<double>>>("ratings");
        QTest::addColumn<double>("expected");
        QTest::addColumn<double>("within");
        // Shrout & Fleiss (1979), Table 2: six targets rated by four judges. The paper
        // gives ICC(2,1) = .29 (exactly 0.28976...).
        QTest::newRow("Shrout & Fleiss 1979") << QVector<QVector<double>> {{9, 2, 5, 8}, {6, 1, 3, 2}, {8, 4, 6, 8},
            {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}}
                                              << 0.29 << 0.005;
        QTest::newRow("Shrout & Fleiss 1979, exact") << QVector<QVector<double>> {{9, 2, 5, 8}, {6, 1, 3, 2},
            {8, 4, 6, 8}, {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}}
                                                     << 0.289763779527559 << 1e-9;
        // Hand-computed, two raters, three targets: (1,2), (2,3), (3,3). Grand mean 7/3,
        // target means 1.5, 2.5, 3, rater means 2, 8/3: BMS = 7/6, JMS = 2/3, EMS = 1/6;
        // ICC = (7/6 - 1/6) / (7/6 + 1/6 + 2 (2/3 - 1/6) / 3) = 1 / (5/3) = 0.6.
        QTest::newRow("hand-computed 3x2") << QVector<QVector<double>> {{1, 2}, {2, 3}, {3, 3}} << 0.6 << 1e-9;
    }

    void intraclassCorrelation()
    {
        QFETCH(QVector<QVector<double>>, ratings);
        QFETCH(double, expected);
        QFETCH(double, within);
        compareClose(intraclassCorrelation21(ratings), expected, within);
    }

    void iccNeedsACompleteTable()
    {
        QVERIFY(!intraclassCorrelation21({{1, 2}}).has_value());
        QVERIFY(!intraclassCorrelation21({{1, 2}, {3}}).has_value());
        QVERIFY(!intraclassCorrelation21({{2, 2}, {2, 2}}).has_value()); // no variance at all
    }

    void krippendorffAlpha_data()
    {
        QTest::addColumn<QVector<QVector<int>>>("units");
        QTest::addColumn<double>("expected");
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C:
        // four observers, twelve units, values 1-5 with missing data (unit 12 has one
        // value and is not pairable). Published: ordinal alpha = 0.815.
        QTest::newRow("Krippendorff 2011") << QVector<QVector<int>> {{1, 1, 1}, {2, 2, 3, 2}, {3, 3, 3, 3},
            {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4}, {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {5, 5, 5}, {1, 1}, {3}}
                                           << 0.8153875037548814;
        // Hand-computed, two raters: units (1,1), (1,2), (2,2). Coincidences o11 = 2,
        // o12 = o21 = 1, o22 = 2; n1 = n2 = 3, n = 6. Ordinal delta(1,2) = (3 + 3 - 3)^2 = 9.
        // D_o = 2 * 9 = 18, D_e = 2 * 3 * 3 * 9 / 5 = 32.4, alpha = 1 - 18/32.4 = 4/9.
        QTest::newRow("hand-computed 3 units") << QVector<QVector<int>> {{1, 1}, {1, 2}, {2, 2}} << 4.0 / 9.0;
        QTest::newRow("perfect") << QVector<QVector<int>> {{1, 1}, {3, 3}, {5, 5}} << 1.0;
    }

    void krippendorffAlpha()
    {
        QFETCH(QVector<QVector<int>>, units);
        QFETCH(double, expected);
        compareClose(krippendorffAlphaOrdinal(units), expected, 1e-9);
    }

    void alphaIsUndefinedWithoutPairableVariation()
    {
        QVERIFY(!krippendorffAlphaOrdinal({{3}, {4}}).has_value());
        QVERIFY(!krippendorffAlphaOrdinal({{2, 2}, {2, 2}}).has_value());
    }

    void severityIsTheMeanDifference()
    {
        compareClose(meanDifference({{3.0, 3.5}, {2.0, 3.0}, {4.0, 4.0}}), -0.5, 1e-12);
        QVERIFY(!meanDifference({}).has_value());
    }

    void dimensionAgreementBundlesTheStatistics()
    {
        const DimensionAgreement a = dimensionAgreement(zip({1, 2, 3}, {2, 3, 3}), 1, 5);
        QCOMPARE(a.pairs, 3);
        compareClose(a.exact, 1.0 / 3, 1e-12);
        compareClose(a.adjacent, 1.0, 1e-12);
        compareClose(a.weightedKappa, 0.5, 1e-12);
        compareClose(a.icc, 0.6, 1e-12);
        QVERIFY(a.alpha.has_value());
    }
};

QTEST_GUILESS_MAIN(TestAgreementStatistics)
#include "tst_agreementstatistics.moc"
