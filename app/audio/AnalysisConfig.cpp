#include "AnalysisConfig.h"

#include "core/JsonObjectReader.h"
#include "core/StrictJson.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace prepmark {
namespace {

constexpr double kHuge = std::numeric_limits<double>::max();

struct NumberField
{
    const char *key;
    double AnalysisThresholds::*field;
    double min;
    double max;
};

struct IntField
{
    const char *key;
    int AnalysisThresholds::*field;
    int min;
    int max;
};

// Every threshold, its JSON key (the field's name) and its valid range.
const NumberField kNumberFields[] = {
    {"clipLevelDbfs", &AnalysisThresholds::clipLevelDbfs, -20.0, 6.0},
    {"flatTopPeakMarginDb", &AnalysisThresholds::flatTopPeakMarginDb, 0.0, 20.0},
    {"flatTopMinLevelDbfs", &AnalysisThresholds::flatTopMinLevelDbfs, -200.0, 0.0},
    {"truePeakMaxDbtp", &AnalysisThresholds::truePeakMaxDbtp, -60.0, 20.0},
    {"dcOffsetMaxDbfs", &AnalysisThresholds::dcOffsetMaxDbfs, -200.0, 0.0},
    {"silenceLevelDbfs", &AnalysisThresholds::silenceLevelDbfs, -200.0, 0.0},
    {"leadingSilenceMinSeconds", &AnalysisThresholds::leadingSilenceMinSeconds, 0.0, kHuge},
    {"noiseWindowSeconds", &AnalysisThresholds::noiseWindowSeconds, 0.001, 10.0},
    {"noiseMinStretchSeconds", &AnalysisThresholds::noiseMinStretchSeconds, 0.001, 3600.0},
    {"noiseStabilityDb", &AnalysisThresholds::noiseStabilityDb, 0.0, 60.0},
    {"noiseFloorMaxDbfs", &AnalysisThresholds::noiseFloorMaxDbfs, -200.0, 0.0},
    {"noiseMinContrastDb", &AnalysisThresholds::noiseMinContrastDb, 0.0, 200.0},
    {"clickWindowMs", &AnalysisThresholds::clickWindowMs, 0.2, 100.0},
    {"clickLocalRatio", &AnalysisThresholds::clickLocalRatio, 1.0, 1e6},
    {"clickPeakRatio", &AnalysisThresholds::clickPeakRatio, 0.0, 1e6},
    {"clickMinRelativeDb", &AnalysisThresholds::clickMinRelativeDb, -200.0, 60.0},
    {"clickMinLevelDbfs", &AnalysisThresholds::clickMinLevelDbfs, -200.0, 6.0},
    {"dualMonoResidualDb", &AnalysisThresholds::dualMonoResidualDb, -200.0, 0.0},
    {"oneSidedSilenceDbfs", &AnalysisThresholds::oneSidedSilenceDbfs, -200.0, 0.0},
    {"stereoInvertedCorrelation", &AnalysisThresholds::stereoInvertedCorrelation, -1.0, 1.0},
    {"pairStretchSeconds", &AnalysisThresholds::pairStretchSeconds, 0.1, 60.0},
    {"pairMaxLagMs", &AnalysisThresholds::pairMaxLagMs, 0.1, 1000.0},
    {"timeOffsetMinMs", &AnalysisThresholds::timeOffsetMinMs, 0.0, 1000.0},
    {"pairMinCorrelation", &AnalysisThresholds::pairMinCorrelation, 0.0, 1.0},
    {"polarityMinCorrelation", &AnalysisThresholds::polarityMinCorrelation, 0.0, 1.0},
    {"lengthToleranceSeconds", &AnalysisThresholds::lengthToleranceSeconds, 0.0, kHuge},
    {"startToleranceSeconds", &AnalysisThresholds::startToleranceSeconds, 0.0, kHuge},
};

const IntField kIntFields[] = {
    {"clipMinRunSamples", &AnalysisThresholds::clipMinRunSamples, 1, 1000000},
    {"flatTopMinRunSamples", &AnalysisThresholds::flatTopMinRunSamples, 2, 1000000},
    {"flatTopMinRuns", &AnalysisThresholds::flatTopMinRuns, 1, 1000000},
    {"maxReportedClicks", &AnalysisThresholds::maxReportedClicks, 0, 100000},
    {"minBitDepth", &AnalysisThresholds::minBitDepth, 1, 64},
};

void readThresholds(JsonObjectReader &reader, AnalysisThresholds &thresholds)
{
    for (const NumberField &f : kNumberFields) {
        const QString key = QString::fromLatin1(f.key);
        const double value = reader.optionalNumber(key, thresholds.*f.field);
        if (reader.sink().failed())
            return;
        if (!(value >= f.min && value <= f.max)) {
            reader.fail(key,
                f.max == kHuge ? QStringLiteral("%1 is below %2").arg(value).arg(f.min)
                               : QStringLiteral("%1 is outside %2..%3").arg(value).arg(f.min).arg(f.max));
            return;
        }
        thresholds.*f.field = value;
    }
    for (const IntField &f : kIntFields) {
        const QString key = QString::fromLatin1(f.key);
        const int value = reader.optionalInt(key, thresholds.*f.field);
        if (reader.sink().failed())
            return;
        if (value < f.min || value > f.max) {
            reader.fail(key, QStringLiteral("%1 is outside %2..%3").arg(value).arg(f.min).arg(f.max));
            return;
        }
        thresholds.*f.field = value;
    }
    reader.rejectUnknownFields();
}

// A name or role must be one token as PairNameTable splits names ("in", "sm57").
QStringList readTokens(JsonObjectReader &reader, const QString &key, int minimum)
{
    const QJsonArray array = reader.requiredArray(key);
    QStringList tokens;
    for (qsizetype i = 0; i < array.size() && !reader.sink().failed(); ++i) {
        const QString path = indexPath(reader.childPath(key), i);
        const QString token = array[i].toString();
        if (!array[i].isString() || PairNameTable::tokens(token) != QStringList {token})
            reader.sink().fail(path, QStringLiteral("expected one lower-case word of letters and digits"));
        tokens << token;
    }
    if (!reader.sink().failed() && tokens.size() < minimum)
        reader.fail(key, QStringLiteral("needs at least %1 entries").arg(minimum));
    return tokens;
}

QList<PairNameRule> readPairNames(const QJsonArray &array, const QString &path, JsonErrorSink &sink)
{
    QList<PairNameRule> rules;
    for (qsizetype i = 0; i < array.size() && !sink.failed(); ++i) {
        const QString itemPath = indexPath(path, i);
        if (!array[i].isObject()) {
            sink.fail(itemPath, QStringLiteral("expected an object"));
            break;
        }
        JsonObjectReader reader(array[i].toObject(), itemPath, sink);
        PairNameRule rule;
        rule.source = reader.requiredString(QStringLiteral("source"));
        rule.names = readTokens(reader, QStringLiteral("names"), 1);
        rule.roles = readTokens(reader, QStringLiteral("roles"), 2);
        rule.checkTimeOffset = reader.optionalBool(QStringLiteral("checkTimeOffset"), true);
        reader.rejectUnknownFields();
        rules << rule;
    }
    return rules;
}

Result<AnalysisConfig> fromDocument(const Result<QJsonDocument> &document, const QString &sourceName)
{
    if (!document)
        return document.error();
    JsonErrorSink sink(sourceName);
    if (!document->isObject()) {
        sink.fail(QStringLiteral("$"), QStringLiteral("expected an object"));
        return sink.error();
    }
    AnalysisConfig config;
    JsonObjectReader root(document->object(), QStringLiteral("$"), sink);
    if (root.has(QStringLiteral("thresholds"))) {
        const QJsonObject thresholds = root.requiredObject(QStringLiteral("thresholds"));
        if (!sink.failed()) {
            JsonObjectReader reader(thresholds, root.childPath(QStringLiteral("thresholds")), sink);
            readThresholds(reader, config.thresholds);
        }
    }
    if (!sink.failed() && root.has(QStringLiteral("pairNames"))) {
        const QJsonArray pairNames = root.requiredArray(QStringLiteral("pairNames"));
        if (!sink.failed())
            config.pairNames = readPairNames(pairNames, root.childPath(QStringLiteral("pairNames")), sink);
    }
    root.allow({"thresholds", "pairNames"});
    if (!sink.failed())
        root.rejectUnknownFields();
    if (sink.failed())
        return sink.error();
    return config;
}

} // namespace

Result<AnalysisConfig> AnalysisConfig::fromJson(const QByteArray &json, const QString &sourceName)
{
    return fromDocument(parseStrictJson(json, sourceName), sourceName);
}

Result<AnalysisConfig> AnalysisConfig::fromJsonFile(const QString &path)
{
    return fromDocument(readStrictJsonFile(path), path);
}

} // namespace prepmark
