#include "SessionAnalysisJson.h"

#include <QJsonArray>

#include <cmath>

namespace prepmark {
namespace {

QJsonValue rounded(double value, int decimals)
{
    if (!std::isfinite(value))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

QJsonObject trackToJson(const TrackAnalysis &track)
{
    const AudioFormat &format = track.format;
    QJsonObject json {
        {QStringLiteral("file"), track.fileName},
        {QStringLiteral("path"), track.path},
    };
    const bool known = format.sampleRate > 0;
    json.insert(QStringLiteral("sampleRate"), known ? QJsonValue(format.sampleRate) : QJsonValue::Null);
    json.insert(
        QStringLiteral("bitDepth"), known && format.bitDepth > 0 ? QJsonValue(format.bitDepth) : QJsonValue::Null);
    json.insert(QStringLiteral("channels"), known ? QJsonValue(format.channels) : QJsonValue::Null);
    json.insert(QStringLiteral("frames"), known ? QJsonValue(format.frames) : QJsonValue::Null);
    if (!track.readable()) {
        for (const char *key :
            {"samplePeakDbfs", "truePeakDbtp", "rmsDbfs", "loudnessLufs", "dcOffsetDbfs", "clippedSamples"})
            json.insert(QLatin1String(key), QJsonValue::Null);
        json.insert(QStringLiteral("error"), track.error);
        return json;
    }
    json.insert(QStringLiteral("samplePeakDbfs"), rounded(track.samplePeakDbfs, 2));
    json.insert(QStringLiteral("truePeakDbtp"), rounded(track.truePeakDbtp, 2));
    json.insert(QStringLiteral("rmsDbfs"), rounded(track.rmsDbfs, 2));
    json.insert(QStringLiteral("loudnessLufs"), rounded(track.loudnessLufs, 2));
    json.insert(QStringLiteral("dcOffsetDbfs"), rounded(track.dcOffsetDbfs(), 2));
    json.insert(QStringLiteral("clippedSamples"), track.clipping.clippedSamples());
    json.insert(QStringLiteral("durationSeconds"), rounded(format.durationSeconds(), 3));
    json.insert(QStringLiteral("encoding"), format.container + QLatin1Char(' ') + format.encoding);
    json.insert(QStringLiteral("loudnessRangeLu"), rounded(track.loudnessRangeLu, 2));
    json.insert(QStringLiteral("noiseFloorDbfs"), rounded(track.noiseFloorDbfs, 2));
    json.insert(
        QStringLiteral("leadingSilenceSeconds"), rounded(format.framesToSeconds(track.leadingSilenceFrames), 3));
    json.insert(
        QStringLiteral("trailingSilenceSeconds"), rounded(format.framesToSeconds(track.trailingSilenceFrames), 3));
    json.insert(QStringLiteral("clicks"), track.clickCount);
    json.insert(QStringLiteral("stereoCorrelation"),
        track.stereo.measured ? rounded(track.stereo.correlation, 3) : QJsonValue::Null);
    return json;
}

QJsonObject pairToJson(const PairAnalysis &pair)
{
    QJsonObject json {
        {QStringLiteral("a"), pair.a},
        {QStringLiteral("b"), pair.b},
        {QStringLiteral("source"), pair.source},
        {QStringLiteral("lagSamples"), pair.measured ? QJsonValue(pair.lagSamples) : QJsonValue::Null},
        {QStringLiteral("lagMs"), pair.measured ? rounded(pair.lagMs, 3) : QJsonValue::Null},
        {QStringLiteral("correlation"), pair.measured ? rounded(pair.correlation, 3) : QJsonValue::Null},
        {QStringLiteral("polarityInverted"), pair.measured ? QJsonValue(pair.polarityInverted) : QJsonValue::Null},
    };
    if (!pair.measured)
        json.insert(QStringLiteral("note"), pair.note);
    return json;
}

QJsonObject issueToJson(const AnalysisIssue &issue)
{
    return QJsonObject {
        {QStringLiteral("kind"), issueKindName(issue.kind)},
        {QStringLiteral("severity"), issueSeverityName(issue.severity)},
        {QStringLiteral("files"), QJsonArray::fromStringList(issue.files)},
        {QStringLiteral("startSeconds"), rounded(issue.startSeconds, 3)},
        {QStringLiteral("endSeconds"), rounded(issue.endSeconds, 3)},
        {QStringLiteral("message"), issue.message},
    };
}

} // namespace

QJsonObject sessionAnalysisToJson(const SessionAnalysis &analysis)
{
    QJsonArray tracks;
    for (const TrackAnalysis &track : analysis.tracks)
        tracks.append(trackToJson(track));
    QJsonArray pairs;
    for (const PairAnalysis &pair : analysis.pairs)
        pairs.append(pairToJson(pair));
    QJsonArray issues;
    for (const AnalysisIssue &issue : analysis.issues)
        issues.append(issueToJson(issue));
    return QJsonObject {
        {QStringLiteral("tracks"), tracks}, {QStringLiteral("pairs"), pairs}, {QStringLiteral("issues"), issues}};
}

} // namespace prepmark
