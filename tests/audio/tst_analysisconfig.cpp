#include "audio/AnalysisConfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace prepmark;

class TestAnalysisConfig : public QObject
{
    Q_OBJECT

private slots:
    void emptyObjectKeepsDefaults()
    {
        const Result<AnalysisConfig> config = AnalysisConfig::fromJson("{}", "config.json");
        QVERIFY2(config, qPrintable(config.errorMessage()));
        const AnalysisThresholds defaults;
        QCOMPARE(config->thresholds.truePeakMaxDbtp, defaults.truePeakMaxDbtp);
        QCOMPARE(config->thresholds.clipMinRunSamples, defaults.clipMinRunSamples);
        QCOMPARE(config->pairNames.size(), PairNameTable::defaultRules().size());
    }

    void overrides()
    {
        const Result<AnalysisConfig> config = AnalysisConfig::fromJson(
            R"({"thresholds": {"truePeakMaxDbtp": -2.5, "clipMinRunSamples": 4, "timeOffsetMinMs": 0.5},
                "pairNames": [{"source": "vocal", "names": ["vox", "vocal"], "roles": ["close", "far"],
                               "checkTimeOffset": false}]})",
            "config.json");
        QVERIFY2(config, qPrintable(config.errorMessage()));
        QCOMPARE(config->thresholds.truePeakMaxDbtp, -2.5);
        QCOMPARE(config->thresholds.clipMinRunSamples, 4);
        QCOMPARE(config->thresholds.timeOffsetMinMs, 0.5);
        QCOMPARE(config->thresholds.dcOffsetMaxDbfs, AnalysisThresholds().dcOffsetMaxDbfs);
        QCOMPARE(config->pairNames.size(), 1);
        QCOMPARE(config->pairNames[0].source, QStringLiteral("vocal"));
        QCOMPARE(config->pairNames[0].roles, (QStringList {"close", "far"}));
        QVERIFY(!config->pairNames[0].checkTimeOffset);
        const QList<NamedPair> pairs = PairNameTable(config->pairNames).findPairs({"Vox Close.wav", "Vox Far.wav"});
        QCOMPARE(pairs.size(), 1);
    }

    // Every error names the file and the JSON path of what is wrong.
    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown threshold") << QByteArray(R"({"thresholds": {"truePeakMax": -1}})")
                                           << "config.json: $.thresholds.truePeakMax: unknown field";
        QTest::newRow("unknown top-level field")
            << QByteArray(R"({"threshold": {}})") << "config.json: $.threshold: unknown field";
        QTest::newRow("wrong type") << QByteArray(R"({"thresholds": {"dcOffsetMaxDbfs": "-40"}})")
                                    << "config.json: $.thresholds.dcOffsetMaxDbfs: expected a number, found a string";
        QTest::newRow("fraction for a count") << QByteArray(R"({"thresholds": {"clipMinRunSamples": 2.5}})")
                                              << "config.json: $.thresholds.clipMinRunSamples: expected a whole number";
        QTest::newRow("out of range") << QByteArray(R"({"thresholds": {"pairMinCorrelation": 1.5}})")
                                      << "config.json: $.thresholds.pairMinCorrelation: 1.5 is outside 0..1";
        QTest::newRow("role of two words")
            << QByteArray(R"({"pairNames": [{"source": "kick", "names": ["kick"], "roles": ["in", "Kick Out"]}]})")
            << "config.json: $.pairNames[0].roles[1]: expected one lower-case word";
        QTest::newRow("one role only") << QByteArray(
            R"({"pairNames": [{"source": "kick", "names": ["kick"], "roles": ["in"]}]})")
                                       << "config.json: $.pairNames[0].roles: needs at least 2 entries";
        QTest::newRow("unknown pair field")
            << QByteArray(R"({"pairNames": [{"source": "kick", "names": ["kick"], "roles": ["in", "out"], "lag": 1}]})")
            << "config.json: $.pairNames[0].lag: unknown field";
        QTest::newRow("duplicate key") << QByteArray(R"({"thresholds": {"minBitDepth": 16, "minBitDepth": 24}})")
                                       << "config.json";
        QTest::newRow("not an object") << QByteArray("[]") << "config.json: $: expected an object";
        QTest::newRow("syntax error") << QByteArray("{\"thresholds\": ") << "config.json";
    }

    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<AnalysisConfig> config = AnalysisConfig::fromJson(json, "config.json");
        QVERIFY(!config);
        QVERIFY2(config.errorMessage().startsWith(expected), qPrintable(config.errorMessage()));
    }

    void fromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("analysis.json");
        QVERIFY(!AnalysisConfig::fromJsonFile(path));
        QVERIFY(AnalysisConfig::fromJsonFile(path).errorMessage().contains(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"thresholds": {"minBitDepth": 16}})");
        file.close();
        const Result<AnalysisConfig> config = AnalysisConfig::fromJsonFile(path);
        QVERIFY2(config, qPrintable(config.errorMessage()));
        QCOMPARE(config->thresholds.minBitDepth, 16);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisConfig)
#include "tst_analysisconfig.moc"
