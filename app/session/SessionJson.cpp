#include "SessionJson.h"

#include "core/JsonObjectReader.h"
#include "core/StrictJson.h"
#include "exercise/InstrumentFamily.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>

#include <cmath>

namespace prepmark {
namespace {

const QString kFormatName = QStringLiteral("prepmark-session");

qint64 readFrames(JsonObjectReader &reader, const QString &key, qint64 fallback, bool required, qint64 minimum)
{
    if (!required && !reader.has(key))
        return fallback;
    const double value = reader.requiredNumber(key);
    if (reader.sink().failed())
        return fallback;
    if (value != std::floor(value) || std::abs(value) > 9.0e15) {
        reader.fail(key, QStringLiteral("expected a whole number of samples, found %1").arg(value));
        return fallback;
    }
    if (value < double(minimum)) {
        reader.fail(key, QStringLiteral("%1 is below %2").arg(qint64(value)).arg(minimum));
        return fallback;
    }
    return qint64(value);
}

bool isSafeRelativePath(const QString &file)
{
    if (file.isEmpty() || file.startsWith(QLatin1Char('/')) || file.startsWith(QLatin1Char('\\'))
        || file.contains(QLatin1Char(':')))
        return false;
    const QStringList parts = file.split(QRegularExpression(QStringLiteral("[/\\\\]")));
    return !parts.contains(QStringLiteral("..")) && !parts.contains(QString());
}

SessionTrack readTrack(const QJsonObject &object, const QString &path, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    SessionTrack track;
    track.id = reader.requiredString(QStringLiteral("id"));
    track.file = reader.requiredString(QStringLiteral("file"));
    if (!sink.failed() && !isSafeRelativePath(track.file))
        reader.fail(
            QStringLiteral("file"), QStringLiteral("\"%1\" must be a path inside the session folder").arg(track.file));
    track.name = reader.requiredString(QStringLiteral("name"));
    track.colour = reader.optionalString(QStringLiteral("colour"));
    if (!sink.failed() && !track.colour.isEmpty() && !isHexColour(track.colour))
        reader.fail(QStringLiteral("colour"), QStringLiteral("\"%1\" is not a colour like #a0522d").arg(track.colour));
    track.family = reader.optionalString(QStringLiteral("family"));
    if (!sink.failed() && !track.family.isEmpty() && !InstrumentFamily::isKey(track.family))
        reader.fail(QStringLiteral("family"), QStringLiteral("unknown instrument family \"%1\"").arg(track.family));
    track.group = reader.optionalString(QStringLiteral("group"));
    track.bus = reader.optionalString(QStringLiteral("bus"));
    track.gainDb = reader.optionalNumber(QStringLiteral("gainDb"), 0.0);
    if (!sink.failed() && !(track.gainDb >= -96.0 && track.gainDb <= 48.0))
        reader.fail(QStringLiteral("gainDb"), QStringLiteral("gain %1 dB is outside -96 to 48").arg(track.gainDb));
    track.polarityInverted = reader.optionalBool(QStringLiteral("polarityInverted"), false);
    track.offsetSamples = readFrames(reader, QStringLiteral("offsetSamples"), 0, false, -9000000000000000LL);
    track.fadeInSamples = readFrames(reader, QStringLiteral("fadeInSamples"), 0, false, 0);
    track.fadeOutSamples = readFrames(reader, QStringLiteral("fadeOutSamples"), 0, false, 0);
    const QJsonArray cuts = reader.optionalArray(QStringLiteral("cuts"));
    for (qsizetype i = 0; i < cuts.size() && !sink.failed(); ++i) {
        const QString cutPath = indexPath(reader.childPath(QStringLiteral("cuts")), i);
        const QJsonArray pair = cuts[i].toArray();
        if (!cuts[i].isArray() || pair.size() != 2 || !pair[0].isDouble() || !pair[1].isDouble()) {
            sink.fail(cutPath, QStringLiteral("expected [start, end] in samples"));
            break;
        }
        const SampleRange range {qint64(pair[0].toDouble()), qint64(pair[1].toDouble())};
        if (range.start < 0 || range.end <= range.start)
            sink.fail(cutPath, QStringLiteral("[%1, %2] is not a range of samples").arg(range.start).arg(range.end));
        track.cuts << range;
    }
    track.processing = reader.optionalStringList(QStringLiteral("processing"));
    for (qsizetype i = 0; i < track.processing.size() && !sink.failed(); ++i) {
        if (!Session::processingSteps().contains(track.processing[i]))
            sink.fail(indexPath(reader.childPath(QStringLiteral("processing")), i),
                QStringLiteral("unknown processing step \"%1\" (one of: %2)")
                    .arg(track.processing[i], Session::processingSteps().join(QStringLiteral(", "))));
    }
    track.keep = reader.optionalBool(QStringLiteral("keep"), false);
    track.keepReason = reader.optionalString(QStringLiteral("keepReason"));
    track.removed = reader.optionalBool(QStringLiteral("removed"), false);
    if (reader.has(QStringLiteral("delivered"))) {
        JsonObjectReader delivered(
            reader.requiredObject(QStringLiteral("delivered")), reader.childPath(QStringLiteral("delivered")), sink);
        track.fileSampleRate = delivered.optionalInt(QStringLiteral("sampleRate"), 0);
        track.fileBitDepth = delivered.optionalInt(QStringLiteral("bitDepth"), 0);
        track.fileChannels = delivered.optionalInt(QStringLiteral("channels"), 0);
        track.fileFrames = readFrames(delivered, QStringLiteral("frames"), 0, false, 0);
        delivered.rejectUnknownFields();
    }
    reader.rejectUnknownFields();
    return track;
}

QJsonObject trackToJson(const SessionTrack &track)
{
    QJsonArray cuts;
    for (const SampleRange &range : track.cuts)
        cuts.append(QJsonArray {double(range.start), double(range.end)});
    QJsonObject object {
        {QStringLiteral("id"), track.id},
        {QStringLiteral("file"), track.file},
        {QStringLiteral("name"), track.name},
        {QStringLiteral("colour"), track.colour},
        {QStringLiteral("family"), track.family},
        {QStringLiteral("group"), track.group},
        {QStringLiteral("bus"), track.bus},
        {QStringLiteral("gainDb"), track.gainDb},
        {QStringLiteral("polarityInverted"), track.polarityInverted},
        {QStringLiteral("offsetSamples"), double(track.offsetSamples)},
        {QStringLiteral("fadeInSamples"), double(track.fadeInSamples)},
        {QStringLiteral("fadeOutSamples"), double(track.fadeOutSamples)},
        {QStringLiteral("cuts"), cuts},
        {QStringLiteral("processing"), QJsonArray::fromStringList(track.processing)},
        {QStringLiteral("keep"), track.keep},
        {QStringLiteral("keepReason"), track.keepReason},
        {QStringLiteral("removed"), track.removed},
    };
    if (track.fileSampleRate > 0 || track.fileFrames > 0) {
        object.insert(QStringLiteral("delivered"),
            QJsonObject {
                {QStringLiteral("sampleRate"), track.fileSampleRate},
                {QStringLiteral("bitDepth"), track.fileBitDepth},
                {QStringLiteral("channels"), track.fileChannels},
                {QStringLiteral("frames"), double(track.fileFrames)},
            });
    }
    return object;
}

} // namespace

QString SessionJson::stateKey(Session::State state)
{
    return state == Session::State::Prepared ? QStringLiteral("prepared") : QStringLiteral("delivered");
}

Result<Session> SessionJson::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonDocument> document = parseStrictJson(json, sourceName);
    if (!document)
        return document.error();
    if (!document->isObject())
        return makeError(QStringLiteral("%1: $: a session must be a JSON object").arg(sourceName));
    JsonErrorSink sink(sourceName);
    JsonObjectReader reader(document->object(), QStringLiteral("$"), sink);
    Session session;
    const QString format = reader.requiredString(QStringLiteral("format"));
    if (!sink.failed() && format != kFormatName)
        reader.fail(QStringLiteral("format"), QStringLiteral("\"%1\" is not a PrepMark session").arg(format));
    const int version = reader.requiredInt(QStringLiteral("version"));
    if (!sink.failed() && version != kVersion)
        reader.fail(QStringLiteral("version"),
            QStringLiteral("version %1 is not supported (this PrepMark reads version %2)").arg(version).arg(kVersion));
    session.exerciseKey = reader.optionalString(QStringLiteral("exercise"));
    session.title = reader.optionalString(QStringLiteral("title"));
    const QString state = reader.optionalString(QStringLiteral("state"), QStringLiteral("delivered"));
    if (!sink.failed() && state != QLatin1String("delivered") && state != QLatin1String("prepared"))
        reader.fail(QStringLiteral("state"), QStringLiteral("state is \"delivered\" or \"prepared\""));
    session.state = state == QLatin1String("prepared") ? Session::State::Prepared : Session::State::Delivered;
    session.sampleRate = reader.requiredInt(QStringLiteral("sampleRate"));
    if (!sink.failed() && (session.sampleRate < 8000 || session.sampleRate > 384000))
        reader.fail(QStringLiteral("sampleRate"), QStringLiteral("%1 Hz is not a sample rate").arg(session.sampleRate));
    session.bitDepth = reader.requiredInt(QStringLiteral("bitDepth"));
    if (!sink.failed() && session.bitDepth != 16 && session.bitDepth != 24 && session.bitDepth != 32)
        reader.fail(QStringLiteral("bitDepth"), QStringLiteral("bit depth is 16, 24 or 32"));
    session.lengthSamples = readFrames(reader, QStringLiteral("lengthSamples"), 0, true, 1);
    session.tempo = reader.optionalNumber(QStringLiteral("tempo"), 120.0);
    session.meter = reader.optionalString(QStringLiteral("meter"), QStringLiteral("4/4"));

    const QJsonArray tracks = reader.requiredArray(QStringLiteral("tracks"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < tracks.size() && !sink.failed(); ++i) {
        const QString path = indexPath(QStringLiteral("$.tracks"), i);
        if (!tracks[i].isObject()) {
            sink.fail(path, QStringLiteral("expected an object"));
            break;
        }
        const SessionTrack track = readTrack(tracks[i].toObject(), path, sink);
        if (!sink.failed() && ids.contains(track.id))
            sink.fail(path + QStringLiteral(".id"), QStringLiteral("duplicate track id \"%1\"").arg(track.id));
        ids.insert(track.id);
        session.tracks << track;
    }
    const QJsonArray markers = reader.optionalArray(QStringLiteral("markers"));
    for (qsizetype i = 0; i < markers.size() && !sink.failed(); ++i) {
        const QString path = indexPath(QStringLiteral("$.markers"), i);
        JsonObjectReader marker(markers[i].toObject(), path, sink);
        if (!markers[i].isObject()) {
            sink.fail(path, QStringLiteral("expected an object"));
            break;
        }
        SessionMarker entry;
        entry.name = marker.requiredString(QStringLiteral("name"));
        entry.positionSamples = readFrames(marker, QStringLiteral("positionSamples"), 0, true, 0);
        marker.rejectUnknownFields();
        session.markers << entry;
    }
    if (reader.has(QStringLiteral("notes"))) {
        JsonObjectReader notes(
            reader.requiredObject(QStringLiteral("notes")), reader.childPath(QStringLiteral("notes")), sink);
        session.notes.found = notes.optionalString(QStringLiteral("found"));
        session.notes.fixed = notes.optionalString(QStringLiteral("fixed"));
        session.notes.left = notes.optionalString(QStringLiteral("left"));
        session.notes.questions = notes.optionalString(QStringLiteral("questions"));
        session.notes.references = notes.optionalString(QStringLiteral("references"));
        notes.rejectUnknownFields();
    }
    reader.rejectUnknownFields();
    if (sink.failed())
        return sink.error();
    return session;
}

Result<Session> SessionJson::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

QByteArray SessionJson::toJson(const Session &session)
{
    QJsonArray tracks;
    for (const SessionTrack &track : session.tracks)
        tracks.append(trackToJson(track));
    QJsonArray markers;
    for (const SessionMarker &marker : session.markers)
        markers.append(QJsonObject {{QStringLiteral("name"), marker.name},
            {QStringLiteral("positionSamples"), double(marker.positionSamples)}});
    const QJsonObject root {
        {QStringLiteral("format"), kFormatName},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("exercise"), session.exerciseKey},
        {QStringLiteral("title"), session.title},
        {QStringLiteral("state"), stateKey(session.state)},
        {QStringLiteral("sampleRate"), session.sampleRate},
        {QStringLiteral("bitDepth"), session.bitDepth},
        {QStringLiteral("lengthSamples"), double(session.lengthSamples)},
        {QStringLiteral("tempo"), session.tempo},
        {QStringLiteral("meter"), session.meter},
        {QStringLiteral("tracks"), tracks},
        {QStringLiteral("markers"), markers},
        {QStringLiteral("notes"),
            QJsonObject {
                {QStringLiteral("found"), session.notes.found},
                {QStringLiteral("fixed"), session.notes.fixed},
                {QStringLiteral("left"), session.notes.left},
                {QStringLiteral("questions"), session.notes.questions},
                {QStringLiteral("references"), session.notes.references},
            }},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status SessionJson::write(const Session &session, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    file.write(toJson(session));
    if (!file.commit())
        return makeError(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace prepmark
