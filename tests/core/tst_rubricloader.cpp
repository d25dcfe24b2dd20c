#include "core/RubricLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace prepmark;

namespace {

QString sourcePath(const QString &relative)
{
    return QDir(QStringLiteral(PREPMARK_SOURCE_DIR)).filePath(relative);
}

QJsonObject baseRubric()
{
    QFile file(sourcePath(QStringLiteral("tests/core/data/four-dimensions.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open the four-dimension test rubric");
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Edits a nested value: path like {"dimensions", 1, "criteria", 0, "weight"}.
using Edit = std::function<void(QJsonObject &)>;

QJsonObject dimensionAt(const QJsonObject &rubric, int index)
{
    return rubric[QStringLiteral("dimensions")].toArray()[index].toObject();
}

void setDimension(QJsonObject &rubric, int index, const QJsonObject &dimension)
{
    QJsonArray dimensions = rubric[QStringLiteral("dimensions")].toArray();
    dimensions[index] = dimension;
    rubric[QStringLiteral("dimensions")] = dimensions;
}

void editCriterion(QJsonObject &rubric, int d, int c, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject dimension = dimensionAt(rubric, d);
    QJsonArray criteria = dimension[QStringLiteral("criteria")].toArray();
    QJsonObject criterion = criteria[c].toObject();
    edit(criterion);
    criteria[c] = criterion;
    dimension[QStringLiteral("criteria")] = criteria;
    setDimension(rubric, d, dimension);
}

QByteArray serialise(const QJsonObject &rubric)
{
    return QJsonDocument(rubric).toJson();
}

} // namespace

class TestRubricLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsFourDimensionRubric()
    {
        const Result<Rubric> rubric
            = RubricLoader::fromFile(sourcePath(QStringLiteral("tests/core/data/four-dimensions.json")));
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
        QCOMPARE(rubric->key, QStringLiteral("test-4d"));
        QCOMPARE(rubric->version, 3);
        QCOMPARE(rubric->identity(), QStringLiteral("test-4d@3"));
        QCOMPARE(rubric->dimensions.size(), 4);
        QCOMPARE(rubric->dimensionKeys(), (QStringList {"audio", "layout", "edits", "notes"}));
        QCOMPARE(rubric->dimension(QStringLiteral("notes"))->threshold, 3.5);
        QCOMPARE(rubric->criterion(QStringLiteral("peaks"))->weight, 2.0);
        QCOMPARE(rubric->dimensionOfCriterion(QStringLiteral("questions"))->key, QStringLiteral("notes"));
        QCOMPARE(rubric->criterion(QStringLiteral("fades"))->levels.size(), 5);
        QCOMPARE(rubric->scale.labels.value(5), QStringLiteral("Professional"));
        QCOMPARE(rubric->hybrid.floor, 2.0);
        QCOMPARE(rubric->hybrid.required, QStringList {QStringLiteral("audio")});
    }

    void bundledRubricsLoad_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("dimensions");
        QTest::addColumn<double>("threshold");
        QTest::newRow("default") << "rubrics/mixprep-5d.json" << 5 << 3.0;
        QTest::newRow("foundation") << "rubrics/mixprep-foundation.json" << 5 << 2.5;
    }

    void bundledRubricsLoad()
    {
        QFETCH(QString, file);
        QFETCH(int, dimensions);
        QFETCH(double, threshold);
        const Result<Rubric> rubric = RubricLoader::fromFile(sourcePath(file));
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
        QCOMPARE(rubric->dimensions.size(), dimensions);
        for (const Dimension &dimension : rubric->dimensions) {
            QCOMPARE(dimension.threshold, threshold);
            QVERIFY2(!dimension.criteria.isEmpty() && dimension.criteria.size() <= 5, qPrintable(dimension.key));
            for (const Criterion &criterion : dimension.criteria) {
                QCOMPARE(criterion.levels.size(), 5);
                QVERIFY(!criterion.evidence.isEmpty());
            }
        }
    }

    void defaultRubricHasTheFiveDimensions()
    {
        const Result<Rubric> rubric = RubricLoader::fromFile(sourcePath(QStringLiteral("rubrics/mixprep-5d.json")));
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
        QCOMPARE(rubric->dimensionKeys(),
            (QStringList {"signal_integrity", "workflow_facilitation", "musical_refinement",
                "documentation_communication", "creative_intent"}));
        for (const Dimension &dimension : rubric->dimensions)
            QVERIFY2(dimension.criteria.size() >= 3, qPrintable(dimension.key));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const QJsonObject base = baseRubric();
        auto row = [&](const char *name, const Edit &edit, const QString &expected) {
            QJsonObject rubric = base;
            edit(rubric);
            QTest::newRow(name) << serialise(rubric) << expected;
        };

        // Duplicate JSON keys are only visible in the text.
        QByteArray duplicateJsonKey = serialise(base);
        duplicateJsonKey.replace("\"meanPassLine\": 3,", "\"meanPassLine\": 3,\n    \"meanPassLine\": 2.5,");
        QTest::newRow("duplicate JSON key") << duplicateJsonKey << QStringLiteral("$.meanPassLine: duplicate key");
        QByteArray duplicateNestedKey = serialise(base);
        duplicateNestedKey.replace("\"key\": \"fades\",", "\"key\": \"fades\",\n \"key\": \"fades2\",");
        QTest::newRow("duplicate nested JSON key")
            << duplicateNestedKey << QStringLiteral("$.dimensions[2].criteria[0].key: duplicate key");

        row(
            "duplicate dimension key",
            [](QJsonObject &r) {
                QJsonObject d = dimensionAt(r, 1);
                d[QStringLiteral("key")] = QStringLiteral("audio");
                setDimension(r, 1, d);
            },
            QStringLiteral("$.dimensions[1].key: duplicate dimension key \"audio\""));
        row(
            "duplicate criterion key",
            [](QJsonObject &r) {
                editCriterion(r, 3, 1, [](QJsonObject &c) { c[QStringLiteral("key")] = QStringLiteral("peaks"); });
            },
            QStringLiteral("$.dimensions[3].criteria[1].key: duplicate criterion key \"peaks\""));
        row(
            "missing level",
            [](QJsonObject &r) {
                editCriterion(r, 1, 0, [](QJsonObject &c) {
                    QJsonObject levels = c[QStringLiteral("levels")].toObject();
                    levels.remove(QStringLiteral("3"));
                    c[QStringLiteral("levels")] = levels;
                });
            },
            QStringLiteral("$.dimensions[1].criteria[0].levels: missing level descriptor for level 3"));
        row(
            "empty level",
            [](QJsonObject &r) {
                editCriterion(r, 0, 1, [](QJsonObject &c) {
                    QJsonObject levels = c[QStringLiteral("levels")].toObject();
                    levels[QStringLiteral("5")] = QStringLiteral("  ");
                    c[QStringLiteral("levels")] = levels;
                });
            },
            QStringLiteral("$.dimensions[0].criteria[1].levels.5: level descriptor must be a non-empty string"));
        row(
            "level off the scale",
            [](QJsonObject &r) {
                editCriterion(r, 0, 0, [](QJsonObject &c) {
                    QJsonObject levels = c[QStringLiteral("levels")].toObject();
                    levels[QStringLiteral("6")] = QStringLiteral("Beyond professional");
                    c[QStringLiteral("levels")] = levels;
                });
            },
            QStringLiteral("$.dimensions[0].criteria[0].levels.6: level descriptor key must be a level from 1 to 5"));
        row(
            "missing scale label",
            [](QJsonObject &r) {
                QJsonObject scale = r[QStringLiteral("scale")].toObject();
                QJsonObject labels = scale[QStringLiteral("labels")].toObject();
                labels.remove(QStringLiteral("1"));
                scale[QStringLiteral("labels")] = labels;
                r[QStringLiteral("scale")] = scale;
            },
            QStringLiteral("$.scale.labels: missing label for level 1"));
        row(
            "threshold above the scale",
            [](QJsonObject &r) {
                QJsonObject d = dimensionAt(r, 2);
                d[QStringLiteral("threshold")] = 5.5;
                setDimension(r, 2, d);
            },
            QStringLiteral("$.dimensions[2].threshold: threshold 5.5 is outside the scale 1-5"));
        row(
            "threshold below the scale",
            [](QJsonObject &r) {
                QJsonObject d = dimensionAt(r, 0);
                d[QStringLiteral("threshold")] = 0;
                setDimension(r, 0, d);
            },
            QStringLiteral("$.dimensions[0].threshold: threshold 0 is outside the scale 1-5"));
        row(
            "zero weight",
            [](QJsonObject &r) { editCriterion(r, 1, 1, [](QJsonObject &c) { c[QStringLiteral("weight")] = 0; }); },
            QStringLiteral("$.dimensions[1].criteria[1].weight: weight must be positive, found 0"));
        row(
            "negative weight",
            [](QJsonObject &r) { editCriterion(r, 0, 0, [](QJsonObject &c) { c[QStringLiteral("weight")] = -1.5; }); },
            QStringLiteral("$.dimensions[0].criteria[0].weight: weight must be positive, found -1.5"));
        row(
            "unknown top-level field", [](QJsonObject &r) { r[QStringLiteral("passMark")] = 40; },
            QStringLiteral("$.passMark: unknown field"));
        row(
            "unknown criterion field",
            [](QJsonObject &r) {
                editCriterion(r, 2, 0, [](QJsonObject &c) { c[QStringLiteral("colour")] = QStringLiteral("red"); });
            },
            QStringLiteral("$.dimensions[2].criteria[0].colour: unknown field"));
        row(
            "unknown dimension field",
            [](QJsonObject &r) {
                QJsonObject d = dimensionAt(r, 3);
                d[QStringLiteral("weight")] = 2;
                setDimension(r, 3, d);
            },
            QStringLiteral("$.dimensions[3].weight: unknown field"));
        row(
            "missing criteria",
            [](QJsonObject &r) {
                QJsonObject d = dimensionAt(r, 1);
                d.remove(QStringLiteral("criteria"));
                setDimension(r, 1, d);
            },
            QStringLiteral("$.dimensions[1].criteria: missing required field"));
        row(
            "no criteria",
            [](QJsonObject &r) {
                QJsonObject d = dimensionAt(r, 1);
                d[QStringLiteral("criteria")] = QJsonArray();
                setDimension(r, 1, d);
            },
            QStringLiteral("$.dimensions[1].criteria: a dimension needs at least one criterion"));
        row(
            "no dimensions", [](QJsonObject &r) { r[QStringLiteral("dimensions")] = QJsonArray(); },
            QStringLiteral("$.dimensions: a rubric needs at least one dimension"));
        row(
            "missing key", [](QJsonObject &r) { r.remove(QStringLiteral("key")); },
            QStringLiteral("$.key: missing required field"));
        row(
            "version not a number", [](QJsonObject &r) { r[QStringLiteral("version")] = QStringLiteral("2"); },
            QStringLiteral("$.version: expected a number, found a string"));
        row(
            "version zero", [](QJsonObject &r) { r[QStringLiteral("version")] = 0; },
            QStringLiteral("$.version: version must be 1 or more"));
        row(
            "bad criterion key",
            [](QJsonObject &r) {
                editCriterion(r, 0, 0, [](QJsonObject &c) { c[QStringLiteral("key")] = QStringLiteral("Peak Level"); });
            },
            QStringLiteral("$.dimensions[0].criteria[0].key: \"Peak Level\" is not a key"));
        row(
            "hybrid requires unknown dimension",
            [](QJsonObject &r) {
                QJsonObject hybrid = r[QStringLiteral("hybrid")].toObject();
                hybrid[QStringLiteral("required")] = QJsonArray {QStringLiteral("audio"), QStringLiteral("timing")};
                r[QStringLiteral("hybrid")] = hybrid;
            },
            QStringLiteral("$.hybrid.required[1]: no dimension \"timing\""));
        row(
            "mean pass line off the scale", [](QJsonObject &r) { r[QStringLiteral("meanPassLine")] = 7; },
            QStringLiteral("$.meanPassLine: mean pass line 7 is outside the scale"));
        row(
            "dimension not an object",
            [](QJsonObject &r) {
                QJsonArray dimensions = r[QStringLiteral("dimensions")].toArray();
                dimensions[2] = QStringLiteral("edits");
                r[QStringLiteral("dimensions")] = dimensions;
            },
            QStringLiteral("$.dimensions[2]: expected an object"));

        QTest::newRow("syntax error") << QByteArray("{\n  \"key\": \"x\",\n  \"version\": 1,,\n}")
                                      << QStringLiteral("line 3, column");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("$: a rubric must be a JSON object");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const Result<Rubric> rubric = RubricLoader::fromJson(json, QStringLiteral("rubrics/broken.json"));
        QVERIFY(!rubric.ok());
        QVERIFY2(rubric.errorMessage().startsWith(QStringLiteral("rubrics/broken.json: ")),
            qPrintable(rubric.errorMessage()));
        QVERIFY2(rubric.errorMessage().contains(expected),
            qPrintable(QStringLiteral("got: %1\nexpected to contain: %2").arg(rubric.errorMessage(), expected)));
    }

    void baseOfTheBadFilesIsValid()
    {
        // Every bad file above differs from this one by exactly its fault.
        const Result<Rubric> rubric = RubricLoader::fromJson(serialise(baseRubric()), QStringLiteral("base"));
        QVERIFY2(rubric.ok(), qPrintable(rubric.errorMessage()));
    }

    void missingFileNamesThePath()
    {
        const Result<Rubric> rubric = RubricLoader::fromFile(QStringLiteral("/nonexistent/rubric.json"));
        QVERIFY(!rubric.ok());
        QVERIFY(rubric.errorMessage().startsWith(QStringLiteral("/nonexistent/rubric.json: cannot read")));
    }
};

QTEST_GUILESS_MAIN(TestRubricLoader)
#include "tst_rubricloader.moc"
