#include "RubricLoader.h"

#include "CheckCatalogue.h"
#include "JsonObjectReader.h"
#include "StrictJson.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace prepmark {
namespace {

// Levels and labels are objects keyed by the level number: {"1": "...", ..., "5": "..."}.
QMap<int, QString> readLevelTexts(
    const QJsonObject &object, const QString &path, const Scale &scale, JsonErrorSink &sink, const QString &what)
{
    QMap<int, QString> texts;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool isNumber = false;
        const int level = it.key().toInt(&isNumber);
        const QString itemPath = path + QLatin1Char('.') + it.key();
        if (!isNumber || level < scale.min || level > scale.max) {
            sink.fail(itemPath,
                QStringLiteral("%1 key must be a level from %2 to %3").arg(what).arg(scale.min).arg(scale.max));
            return {};
        }
        if (!it->isString() || it->toString().trimmed().isEmpty()) {
            sink.fail(itemPath, QStringLiteral("%1 must be a non-empty string").arg(what));
            return {};
        }
        texts.insert(level, it->toString());
    }
    for (int level = scale.min; level <= scale.max; ++level) {
        if (!texts.contains(level)) {
            sink.fail(path, QStringLiteral("missing %1 for level %2").arg(what).arg(level));
            return {};
        }
    }
    return texts;
}

bool isKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(key).hasMatch();
}

QString readKey(JsonObjectReader &reader)
{
    const QString key = reader.requiredString(QStringLiteral("key"));
    if (!reader.sink().failed() && !isKey(key))
        reader.fail(
            QStringLiteral("key"), QStringLiteral("\"%1\" is not a key (lower-case letters, digits, _)").arg(key));
    return key;
}

bool withinScale(double value, const Scale &scale)
{
    return value >= scale.min && value <= scale.max;
}

Criterion readCriterion(const QJsonObject &object, const QString &path, const Scale &scale, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    Criterion criterion;
    criterion.key = readKey(reader);
    criterion.name = reader.requiredString(QStringLiteral("name"));
    criterion.weight = reader.optionalNumber(QStringLiteral("weight"), 1.0);
    if (!sink.failed() && !(criterion.weight > 0.0 && std::isfinite(criterion.weight)))
        reader.fail(
            QStringLiteral("weight"), QStringLiteral("weight must be positive, found %1").arg(criterion.weight));
    criterion.evidence = reader.requiredString(QStringLiteral("evidence"));
    const QJsonObject levels = reader.requiredObject(QStringLiteral("levels"));
    if (!sink.failed())
        criterion.levels = readLevelTexts(
            levels, reader.childPath(QStringLiteral("levels")), scale, sink, QStringLiteral("level descriptor"));
    criterion.essential = reader.optionalBool(QStringLiteral("essential"), false);
    criterion.check = reader.optionalString(QStringLiteral("check"));
    if (!sink.failed() && reader.has(QStringLiteral("check"))) {
        if (!CheckCatalogue::isKnown(criterion.check))
            reader.fail(QStringLiteral("check"),
                QStringLiteral("unknown check \"%1\" (known: %2)")
                    .arg(criterion.check, CheckCatalogue::names().join(QStringLiteral(", "))));
        else if (scale.min != CheckCatalogue::kScaleMin || scale.max != CheckCatalogue::kScaleMax)
            reader.fail(QStringLiteral("check"),
                QStringLiteral("check \"%1\" judges on levels %2-%3, the rubric's scale is %4-%5")
                    .arg(criterion.check)
                    .arg(CheckCatalogue::kScaleMin)
                    .arg(CheckCatalogue::kScaleMax)
                    .arg(scale.min)
                    .arg(scale.max));
    }
    reader.rejectUnknownFields();
    return criterion;
}

Dimension readDimension(const QJsonObject &object, const QString &path, const Scale &scale, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    Dimension dimension;
    dimension.key = readKey(reader);
    dimension.name = reader.requiredString(QStringLiteral("name"));
    dimension.description = reader.optionalString(QStringLiteral("description"));
    dimension.threshold = reader.requiredNumber(QStringLiteral("threshold"));
    if (!sink.failed() && !withinScale(dimension.threshold, scale))
        reader.fail(QStringLiteral("threshold"),
            QStringLiteral("threshold %1 is outside the scale %2-%3")
                .arg(dimension.threshold)
                .arg(scale.min)
                .arg(scale.max));
    const QJsonArray criteria = reader.requiredArray(QStringLiteral("criteria"));
    if (!sink.failed() && criteria.isEmpty())
        reader.fail(QStringLiteral("criteria"), QStringLiteral("a dimension needs at least one criterion"));
    const QString criteriaPath = reader.childPath(QStringLiteral("criteria"));
    for (qsizetype i = 0; i < criteria.size() && !sink.failed(); ++i) {
        if (!criteria[i].isObject()) {
            sink.fail(indexPath(criteriaPath, i), QStringLiteral("expected an object"));
            break;
        }
        dimension.criteria << readCriterion(criteria[i].toObject(), indexPath(criteriaPath, i), scale, sink);
    }
    reader.rejectUnknownFields();
    return dimension;
}

Scale readScale(const QJsonObject &object, const QString &path, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    Scale scale;
    scale.min = reader.requiredInt(QStringLiteral("min"));
    scale.max = reader.requiredInt(QStringLiteral("max"));
    if (!sink.failed() && (scale.min >= scale.max || scale.max - scale.min > 20))
        reader.fail(QStringLiteral("max"),
            QStringLiteral("scale %1-%2 must rise, with at most 21 levels").arg(scale.min).arg(scale.max));
    const QJsonObject labels = reader.requiredObject(QStringLiteral("labels"));
    if (!sink.failed())
        scale.labels
            = readLevelTexts(labels, reader.childPath(QStringLiteral("labels")), scale, sink, QStringLiteral("label"));
    reader.rejectUnknownFields();
    return scale;
}

void checkUniqueKeys(const Rubric &rubric, JsonErrorSink &sink)
{
    QSet<QString> dimensionKeys;
    QSet<QString> criterionKeys;
    for (qsizetype d = 0; d < rubric.dimensions.size(); ++d) {
        const Dimension &dimension = rubric.dimensions[d];
        const QString dimensionPath = indexPath(QStringLiteral("$.dimensions"), d);
        if (dimensionKeys.contains(dimension.key)) {
            sink.fail(dimensionPath + QStringLiteral(".key"),
                QStringLiteral("duplicate dimension key \"%1\"").arg(dimension.key));
            return;
        }
        dimensionKeys.insert(dimension.key);
        for (qsizetype c = 0; c < dimension.criteria.size(); ++c) {
            const QString &key = dimension.criteria[c].key;
            if (criterionKeys.contains(key)) {
                sink.fail(indexPath(dimensionPath + QStringLiteral(".criteria"), c) + QStringLiteral(".key"),
                    QStringLiteral("duplicate criterion key \"%1\"").arg(key));
                return;
            }
            criterionKeys.insert(key);
        }
    }
}

} // namespace

Result<Rubric> RubricLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonDocument> document = parseStrictJson(json, sourceName);
    if (!document)
        return document.error();
    if (!document->isObject())
        return makeError(QStringLiteral("%1: $: a rubric must be a JSON object").arg(sourceName));

    JsonErrorSink sink(sourceName);
    JsonObjectReader reader(document->object(), QStringLiteral("$"), sink);
    Rubric rubric;
    rubric.key = reader.requiredString(QStringLiteral("key"));
    rubric.version = reader.requiredInt(QStringLiteral("version"));
    if (!sink.failed() && rubric.version < 1)
        reader.fail(QStringLiteral("version"), QStringLiteral("version must be 1 or more"));
    rubric.title = reader.requiredString(QStringLiteral("title"));
    rubric.description = reader.optionalString(QStringLiteral("description"));
    const QJsonObject scale = reader.requiredObject(QStringLiteral("scale"));
    if (!sink.failed())
        rubric.scale = readScale(scale, reader.childPath(QStringLiteral("scale")), sink);
    rubric.meanPassLine = reader.optionalNumber(
        QStringLiteral("meanPassLine"), rubric.scale.min + (rubric.scale.max - rubric.scale.min) / 2.0);
    if (!sink.failed() && !withinScale(rubric.meanPassLine, rubric.scale))
        reader.fail(QStringLiteral("meanPassLine"),
            QStringLiteral("mean pass line %1 is outside the scale").arg(rubric.meanPassLine));
    rubric.nearThresholdBand = reader.optionalNumber(QStringLiteral("nearThresholdBand"), 0.25);
    if (!sink.failed() && !(rubric.nearThresholdBand >= 0.0 && rubric.nearThresholdBand < 1.0))
        reader.fail(QStringLiteral("nearThresholdBand"), QStringLiteral("must be at least 0 and below 1"));

    const QJsonArray dimensions = reader.requiredArray(QStringLiteral("dimensions"));
    if (!sink.failed() && dimensions.isEmpty())
        reader.fail(QStringLiteral("dimensions"), QStringLiteral("a rubric needs at least one dimension"));
    for (qsizetype i = 0; i < dimensions.size() && !sink.failed(); ++i) {
        const QString path = indexPath(QStringLiteral("$.dimensions"), i);
        if (!dimensions[i].isObject()) {
            sink.fail(path, QStringLiteral("expected an object"));
            break;
        }
        rubric.dimensions << readDimension(dimensions[i].toObject(), path, rubric.scale, sink);
    }
    if (!sink.failed())
        checkUniqueKeys(rubric, sink);

    if (reader.has(QStringLiteral("hybrid")) && !sink.failed()) {
        JsonObjectReader hybrid(
            reader.requiredObject(QStringLiteral("hybrid")), reader.childPath(QStringLiteral("hybrid")), sink);
        rubric.hybrid.floor = hybrid.requiredNumber(QStringLiteral("floor"));
        if (!sink.failed() && !withinScale(rubric.hybrid.floor, rubric.scale))
            hybrid.fail(
                QStringLiteral("floor"), QStringLiteral("floor %1 is outside the scale").arg(rubric.hybrid.floor));
        rubric.hybrid.required = hybrid.optionalStringList(QStringLiteral("required"));
        for (qsizetype i = 0; i < rubric.hybrid.required.size() && !sink.failed(); ++i) {
            if (rubric.indexOfDimension(rubric.hybrid.required[i]) < 0)
                sink.fail(indexPath(hybrid.childPath(QStringLiteral("required")), i),
                    QStringLiteral("no dimension \"%1\"").arg(rubric.hybrid.required[i]));
        }
        hybrid.rejectUnknownFields();
    } else {
        rubric.hybrid.floor = rubric.scale.min + (rubric.scale.max - rubric.scale.min) * 0.375;
        reader.allow({"hybrid"});
    }
    reader.rejectUnknownFields();

    if (sink.failed())
        return sink.error();
    return rubric;
}

Result<Rubric> RubricLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

QStringList RubricLoader::bundledRubricPaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/rubrics"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}

Result<Rubric> RubricLoader::bundled(const QString &rubricKey)
{
    const QString path = QStringLiteral(":/rubrics/%1.json").arg(rubricKey);
    if (!QFile::exists(path))
        return makeError(QStringLiteral("no bundled rubric \"%1\"").arg(rubricKey));
    return fromFile(path);
}

} // namespace prepmark
