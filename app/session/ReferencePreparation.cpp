#include "ReferencePreparation.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

qint64 framesAtSeconds(double seconds, int sampleRate)
{
    return std::llround(seconds * sampleRate);
}

QStringList bulletLines(const QVector<NoteTopic> &topics)
{
    QStringList lines;
    for (const NoteTopic &topic : topics)
        lines << QStringLiteral("- ") + topic.text;
    return lines;
}

// The step that undoes a planted fault to fix on a track of the answer key's preparation.
void undoFault(const Exercise &exercise, const ExpectedTrack &expected, const DeliveredTrack &source,
    const PlantedFault &fault, int rate, SessionTrack &track)
{
    switch (fault.kind) {
    case FaultKind::Polarity:
        track.polarityInverted = !track.polarityInverted;
        break;
    case FaultKind::Delay:
        track.offsetSamples -= std::llround(fault.delayMs * rate / 1000.0);
        break;
    case FaultKind::Unconsolidated:
        track.offsetSamples
            += framesAtSeconds(exercise.secondsAtTick(double(exercise.barStartTick(fault.startBar))), rate);
        break;
    case FaultKind::Hot:
    case FaultKind::Clipping:
        if (expected.gainDb == 0.0)
            track.gainDb = ReferencePreparation::kDefaultHotGainDb;
        if (fault.kind == FaultKind::Clipping)
            track.processing << QStringLiteral("declip");
        break;
    case FaultKind::DcOffset:
        track.processing << QStringLiteral("remove_dc");
        break;
    case FaultKind::Hum:
        track.processing << QStringLiteral("notch_hum");
        break;
    case FaultKind::Noise:
        track.processing << QStringLiteral("denoise");
        break;
    case FaultKind::Clicks:
    case FaultKind::Crackle:
        track.processing << QStringLiteral("declick");
        break;
    case FaultKind::SampleRate:
        track.processing << QStringLiteral("convert_rate");
        break;
    case FaultKind::BitDepth:
        track.processing << QStringLiteral("convert_bit_depth");
        break;
    case FaultKind::DualMono:
        track.processing << QStringLiteral("to_mono");
        break;
    case FaultKind::OneSideSilent:
        track.processing << (fault.variant == QLatin1String("left") ? QStringLiteral("mono_from_right")
                                                                    : QStringLiteral("mono_from_left"));
        break;
    case FaultKind::PhraseNoise:
        track.cuts = ReferencePreparation::phraseGaps(exercise, source, rate);
        break;
    default:
        break;
    }
}

// A track the answer key keeps: its names, colour, routing and gain from the key, short
// fades, every planted fault to fix undone, and the keep flag with the brief's reasons.
SessionTrack preparedTrack(const Exercise &exercise, const ExpectedTrack &expected, const SessionTrack &original,
    const DeliveredTrack &source, int rate)
{
    SessionTrack track = original;
    track.name = expected.name;
    track.family = expected.family;
    track.colour = expected.colour;
    track.group = expected.group;
    track.bus = expected.bus;
    track.gainDb = expected.gainDb;
    track.fadeInSamples = std::llround(ReferencePreparation::kFadeInMs * rate / 1000.0);
    track.fadeOutSamples = std::llround(ReferencePreparation::kFadeOutMs * rate / 1000.0);
    QStringList keepReasons;
    for (const PlantedFault &fault : source.faults) {
        if (fault.intent == FaultIntent::Keep)
            keepReasons << fault.reason;
        else
            undoFault(exercise, expected, source, fault, rate, track);
    }
    track.processing.removeDuplicates();
    track.keep = !keepReasons.isEmpty();
    track.keepReason = keepReasons.join(QLatin1Char(' '));
    return track;
}

// A kept performance (a late hit, a flat bar) is flagged on every track it reaches.
void flagKeptPerformances(const Exercise &exercise, Session &prepared)
{
    for (const FaultLocation &location : exercise.faultsWithIntent(FaultIntent::Keep)) {
        if (!location.trackId.isEmpty())
            continue;
        for (const QString &id : location.affectedTracks) {
            SessionTrack *track = prepared.track(id);
            if (!track || track->removed || track->keepReason.contains(location.fault.reason))
                continue;
            track->keep = true;
            track->keepReason = track->keepReason.isEmpty()
                ? location.fault.reason
                : track->keepReason + QLatin1Char(' ') + location.fault.reason;
        }
    }
}

QVector<SessionMarker> sectionMarkers(const Exercise &exercise, int rate)
{
    QVector<SessionMarker> markers;
    for (const Section &section : exercise.sections) {
        const double seconds = exercise.secondsAtTick(double(exercise.barStartTick(section.firstBar)));
        markers << SessionMarker {section.name, framesAtSeconds(seconds, rate)};
    }
    return markers;
}

// The notes a model answer writes: the answer key's topics under their headings, every
// planted fault with its tracks ("Snare Bottom: polarity inverted"), and every removed
// track with the key's reason.
SessionNotes modelNotes(const Exercise &exercise, const Session &prepared)
{
    const AnswerKey &key = exercise.answerKey;
    QStringList perTrack = bulletLines(key.topicsOfKind(NoteTopic::Kind::Found));
    for (const FaultLocation &location : exercise.plantedFaults()) {
        QStringList names;
        for (const QString &id : location.affectedTracks) {
            const SessionTrack *track = prepared.track(id);
            if (track)
                names << track->name;
        }
        if (!names.isEmpty())
            perTrack << QStringLiteral("- %1: %2 (%3).")
                            .arg(names.join(QStringLiteral(", ")), describeFault(location.fault),
                                location.fault.intent == FaultIntent::Keep ? QStringLiteral("kept")
                                                                           : QStringLiteral("fixed"));
    }
    QStringList fixedLines = bulletLines(key.topicsOfKind(NoteTopic::Kind::Fixed));
    for (const ExpectedTrack &expected : key.tracks) {
        const SessionTrack *track = prepared.track(expected.trackId);
        if (expected.remove && track)
            fixedLines << QStringLiteral("- Removed %1: %2").arg(track->name, expected.removeReason);
    }
    SessionNotes notes = prepared.notes;
    notes.found = perTrack.join(QLatin1Char('\n'));
    notes.fixed = fixedLines.join(QLatin1Char('\n'));
    notes.left = bulletLines(key.topicsOfKind(NoteTopic::Kind::Kept)).join(QLatin1Char('\n'));
    notes.questions = bulletLines(key.topicsOfKind(NoteTopic::Kind::Question)).join(QLatin1Char('\n'));
    notes.references = bulletLines(key.topicsOfKind(NoteTopic::Kind::Reference)).join(QLatin1Char('\n'));
    return notes;
}

} // namespace

QVector<SampleRange> ReferencePreparation::phraseGaps(
    const Exercise &exercise, const DeliveredTrack &track, int sampleRate, double minimumMs)
{
    QVector<SampleRange> sounding;
    for (const SourceFeed &feed : track.feeds) {
        const Source *source = exercise.source(feed.source);
        if (!source)
            continue;
        for (const NoteEvent &note : source->notes) {
            const double start = exercise.secondsAtTick(double(note.startTick));
            const double end = exercise.secondsAtTick(double(note.startTick + note.lengthTicks)) + 0.3;
            sounding << SampleRange {framesAtSeconds(start, sampleRate), framesAtSeconds(end, sampleRate)};
        }
        for (const Source::Line &line : source->lines) {
            // a spoken line lasts about a second per three words
            const double start = exercise.secondsAtTick(double(line.startTick));
            const double words = double(line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            sounding << SampleRange {framesAtSeconds(start, sampleRate),
                framesAtSeconds(start + words * 60.0 / source->wordsPerMinute + 0.3, sampleRate)};
        }
    }
    std::sort(
        sounding.begin(), sounding.end(), [](const SampleRange &a, const SampleRange &b) { return a.start < b.start; });
    QVector<SampleRange> gaps;
    const qint64 minimum = framesAtSeconds(minimumMs / 1000.0, sampleRate);
    qint64 cursor = 0;
    for (const SampleRange &range : sounding) {
        if (range.start - cursor >= minimum)
            gaps << SampleRange {cursor, range.start};
        cursor = std::max(cursor, range.end);
    }
    // and after the last phrase, to the end of the session (where the ring-out is)
    const qint64 end = exercise.lengthFrames(sampleRate);
    if (end - cursor >= minimum)
        gaps << SampleRange {cursor, end};
    return gaps;
}

Session ReferencePreparation::prepare(const Exercise &exercise, const Session &delivered)
{
    Session prepared = delivered;
    prepared.state = Session::State::Prepared;
    prepared.tracks.clear();
    QVector<SessionTrack> removed;
    for (const ExpectedTrack &expected : exercise.answerKey.tracks) {
        const SessionTrack *original = delivered.track(expected.trackId);
        const DeliveredTrack *source = exercise.track(expected.trackId);
        if (!original || !source)
            continue;
        if (expected.remove) {
            SessionTrack track = *original;
            track.removed = true;
            removed << track;
            continue;
        }
        prepared.tracks << preparedTrack(exercise, expected, *original, *source, delivered.sampleRate);
    }
    prepared.tracks << removed;
    flagKeptPerformances(exercise, prepared);
    prepared.markers = sectionMarkers(exercise, delivered.sampleRate);
    prepared.notes = modelNotes(exercise, prepared);
    return prepared;
}

} // namespace prepmark
