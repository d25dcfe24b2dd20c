#include "TrackReader.h"

#include "DrumKit.h"
#include "FaultReader.h"

#include <QRegularExpression>
#include <QSet>

namespace prepmark {
namespace {

bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(id).hasMatch();
}

bool isFileName(const QString &file)
{
    static const QRegularExpression forbidden(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    return !file.contains(forbidden) && file.endsWith(QLatin1String(".wav"), Qt::CaseInsensitive) && file.size() > 4
        && !file.startsWith(QLatin1Char('.'));
}

bool groupIsPlayed(const Source &source, const QString &group)
{
    for (const NoteEvent &note : source.notes) {
        if (DrumKit::lane(note.lane)->group == group)
            return true;
    }
    return false;
}

} // namespace

DeliveredTrack TrackReader::read(
    const QJsonObject &object, const QString &path, const Exercise &exercise, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    DeliveredTrack track;
    track.id = reader.requiredString(QStringLiteral("id"));
    if (!sink.failed() && !isId(track.id))
        reader.fail(QStringLiteral("id"),
            QStringLiteral("\"%1\" is not an id (a-z, 0-9, _; starts with a letter)").arg(track.id));
    if (!sink.failed() && exercise.track(track.id))
        reader.fail(QStringLiteral("id"), QStringLiteral("duplicate track id \"%1\"").arg(track.id));
    track.name = reader.requiredString(QStringLiteral("name"));
    track.file = reader.optionalString(QStringLiteral("file"), track.name + QStringLiteral(".wav"));
    if (!sink.failed() && !isFileName(track.file))
        reader.fail(reader.has(QStringLiteral("file")) ? QStringLiteral("file") : QStringLiteral("name"),
            QStringLiteral("\"%1\" is not a plain .wav file name").arg(track.file));
    for (const DeliveredTrack &other : exercise.tracks) {
        if (!sink.failed() && other.file.compare(track.file, Qt::CaseInsensitive) == 0)
            reader.fail(QStringLiteral("name"), QStringLiteral("file \"%1\" is delivered twice").arg(track.file));
    }
    track.channels = reader.optionalInt(QStringLiteral("channels"), 1);
    if (!sink.failed() && track.channels != 1 && track.channels != 2)
        reader.fail(QStringLiteral("channels"), QStringLiteral("a track has 1 or 2 channels"));
    reader.allow({"from", "mic"});
    if (object.contains(QStringLiteral("from")))
        track.feeds
            = readFeeds(object.value(QStringLiteral("from")), reader.childPath(QStringLiteral("from")), exercise, sink);
    track.mic = readMic(object.value(QStringLiteral("mic")), reader.childPath(QStringLiteral("mic")), sink);
    track.peakDbfs = reader.optionalNumber(QStringLiteral("peakDbfs"), -12.0);
    if (!sink.failed() && (track.peakDbfs < -40.0 || track.peakDbfs > -3.0))
        reader.fail(QStringLiteral("peakDbfs"),
            QStringLiteral("a clean track peaks between -40 and -3 dBFS (use a hot or clipping fault for more)"));
    const QJsonArray faults = reader.optionalArray(QStringLiteral("faults"));
    for (qsizetype i = 0; i < faults.size() && !sink.failed(); ++i)
        track.faults << FaultReader::readTrackFault(
            faults[i], indexPath(reader.childPath(QStringLiteral("faults")), i), exercise, sink);
    reader.rejectUnknownFields();
    return track;
}

QVector<SourceFeed> TrackReader::readFeeds(
    const QJsonValue &value, const QString &path, const Exercise &exercise, JsonErrorSink &sink)
{
    QJsonObject weights;
    if (value.isString()) {
        weights.insert(value.toString(), 0.0);
    } else if (value.isObject()) {
        weights = value.toObject();
    } else {
        sink.fail(path, QStringLiteral("expected a source id or an object of source ids and gains in dB"));
        return {};
    }
    if (weights.isEmpty())
        sink.fail(path, QStringLiteral("a track needs at least one source"));
    QVector<SourceFeed> feeds;
    for (auto it = weights.constBegin(); it != weights.constEnd() && !sink.failed(); ++it) {
        const QString itemPath = value.isString() ? path : path + QLatin1Char('.') + it.key();
        SourceFeed feed;
        const qsizetype dot = it.key().indexOf(QLatin1Char('.'));
        feed.source = dot < 0 ? it.key() : it.key().left(dot);
        feed.piece = dot < 0 ? QString() : it.key().mid(dot + 1);
        if (!it->isDouble()) {
            sink.fail(itemPath, QStringLiteral("expected a gain in dB"));
            break;
        }
        feed.gainDb = it->toDouble();
        const Source *source = exercise.source(feed.source);
        if (!source) {
            sink.fail(itemPath, QStringLiteral("no source \"%1\"").arg(feed.source));
        } else if (!feed.piece.isEmpty() && source->kind != Source::Kind::DrumKit) {
            sink.fail(itemPath, QStringLiteral("\"%1\" is not a drum kit, it has no pieces").arg(feed.source));
        } else if (!feed.piece.isEmpty() && !DrumKit::isGroup(feed.piece)) {
            sink.fail(itemPath,
                QStringLiteral("\"%1\" is not a kit piece (one of: %2)")
                    .arg(feed.piece, DrumKit::groups().join(QStringLiteral(", "))));
        } else if (!feed.piece.isEmpty() && !groupIsPlayed(*source, feed.piece)) {
            sink.fail(itemPath, QStringLiteral("the part of \"%1\" never plays the %2").arg(feed.source, feed.piece));
        } else if (feed.gainDb < -80.0 || feed.gainDb > 12.0) {
            sink.fail(itemPath, QStringLiteral("gain %1 dB is outside -80 to 12").arg(feed.gainDb));
        }
        feeds << feed;
    }
    return feeds;
}

MicSpec TrackReader::readMic(const QJsonValue &value, const QString &path, JsonErrorSink &sink)
{
    if (value.isUndefined())
        return *MicSpec::fromPreset(QStringLiteral("close"));
    if (value.isString()) {
        const std::optional<MicSpec> preset = MicSpec::fromPreset(value.toString());
        if (!preset)
            sink.fail(path,
                QStringLiteral("unknown mic preset \"%1\" (one of: %2)")
                    .arg(value.toString(), MicSpec::presetNames().join(QStringLiteral(", "))));
        return preset.value_or(MicSpec());
    }
    if (!value.isObject()) {
        sink.fail(path, QStringLiteral("expected a mic preset name or an object"));
        return {};
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    const QString presetName = reader.optionalString(QStringLiteral("preset"), QStringLiteral("close"));
    const std::optional<MicSpec> preset = MicSpec::fromPreset(presetName);
    if (!preset) {
        reader.fail(QStringLiteral("preset"), QStringLiteral("unknown mic preset \"%1\"").arg(presetName));
        return {};
    }
    MicSpec mic = *preset;
    auto number = [&](const char *key, double &field, double lo, double hi) {
        field = reader.optionalNumber(QString::fromLatin1(key), field);
        if (!sink.failed() && !(field >= lo && field <= hi))
            reader.fail(QString::fromLatin1(key), QStringLiteral("%1 is outside %2 to %3").arg(field).arg(lo).arg(hi));
    };
    number("highpassHz", mic.highpassHz, 0.0, 2000.0);
    number("lowpassHz", mic.lowpassHz, 0.0, 20000.0);
    number("lowShelfDb", mic.lowShelfDb, -18.0, 18.0);
    number("lowShelfHz", mic.lowShelfHz, 20.0, 1000.0);
    number("highShelfDb", mic.highShelfDb, -18.0, 18.0);
    number("highShelfHz", mic.highShelfHz, 1000.0, 16000.0);
    number("drive", mic.drive, 0.0, 30.0);
    number("room", mic.room, 0.0, 1.0);
    number("roomSeconds", mic.roomSeconds, 0.1, 6.0);
    number("delayMs", mic.delayMs, 0.0, 100.0);
    if (!sink.failed() && mic.lowpassHz > 0.0 && mic.highpassHz >= mic.lowpassHz)
        reader.fail(QStringLiteral("lowpassHz"), QStringLiteral("the low-pass must lie above the high-pass"));
    reader.rejectUnknownFields();
    return mic;
}

void TrackReader::checkFaults(const Exercise &exercise, JsonErrorSink &sink)
{
    for (qsizetype t = 0; t < exercise.tracks.size() && !sink.failed(); ++t) {
        const DeliveredTrack &track = exercise.tracks[t];
        const QString trackPath = indexPath(QStringLiteral("$.tracks"), t);
        QSet<FaultKind> kinds;
        bool standalone = false;
        for (qsizetype f = 0; f < track.faults.size() && !sink.failed(); ++f) {
            const PlantedFault &fault = track.faults[f];
            const QString faultPath = indexPath(trackPath + QStringLiteral(".faults"), f);
            if (kinds.contains(fault.kind))
                sink.fail(
                    faultPath, QStringLiteral("\"%1\" is planted twice on this track").arg(faultKindKey(fault.kind)));
            kinds.insert(fault.kind);
            standalone = standalone || fault.kind == FaultKind::Empty || fault.kind == FaultKind::Duplicate;
            if ((fault.kind == FaultKind::DualMono || fault.kind == FaultKind::OneSideSilent) && track.channels != 2)
                sink.fail(faultPath,
                    QStringLiteral("\"%1\" needs a stereo track (\"channels\": 2)").arg(faultKindKey(fault.kind)));
            if (fault.kind == FaultKind::Duplicate) {
                const DeliveredTrack *original = exercise.track(fault.of);
                if (!original || original->id == track.id)
                    sink.fail(faultPath + QStringLiteral(".of"), QStringLiteral("no other track \"%1\"").arg(fault.of));
                else if (original->feeds.isEmpty())
                    sink.fail(faultPath + QStringLiteral(".of"),
                        QStringLiteral("\"%1\" is not a recorded track").arg(fault.of));
                else if (original->channels != track.channels)
                    sink.fail(faultPath + QStringLiteral(".of"),
                        QStringLiteral("\"%1\" has another channel count").arg(fault.of));
            }
        }
        if (!sink.failed() && standalone && track.faults.size() > 1)
            sink.fail(trackPath + QStringLiteral(".faults"),
                QStringLiteral("an empty or duplicate track carries no other fault"));
        const bool empty = kinds.contains(FaultKind::Empty);
        const bool duplicate = kinds.contains(FaultKind::Duplicate);
        if (!sink.failed() && empty && !track.feeds.isEmpty())
            sink.fail(trackPath + QStringLiteral(".from"), QStringLiteral("an empty track has no sources"));
        if (!sink.failed() && !empty && !duplicate && track.feeds.isEmpty())
            sink.fail(trackPath,
                QStringLiteral("track \"%1\" needs \"from\" (or an empty or duplicate fault)").arg(track.id));
        if (!sink.failed() && duplicate && !track.feeds.isEmpty())
            sink.fail(
                trackPath + QStringLiteral(".from"), QStringLiteral("a duplicate takes its audio from its original"));
    }
    for (qsizetype s = 0; s < exercise.sources.size() && !sink.failed(); ++s) {
        if (exercise.tracksFedBy(exercise.sources[s].id).isEmpty())
            sink.fail(indexPath(QStringLiteral("$.sources"), s),
                QStringLiteral("source \"%1\" feeds no track").arg(exercise.sources[s].id));
    }
}

} // namespace prepmark
