#pragma once

#include "AnswerKey.h"
#include "Genre.h"
#include "MicSpec.h"
#include "PlantedFault.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

// Musical time is counted in ticks: kTicksPerQuarter to a quarter note.
inline constexpr int kTicksPerQuarter = 960;

struct Meter
{
    int beats = 4; // numerator
    int unit = 4; // denominator: 2, 4 or 8

    qint64 beatTicks() const { return qint64(kTicksPerQuarter) * 4 / unit; }
    qint64 barTicks() const { return beats * beatTicks(); }
    QString toString() const { return QStringLiteral("%1/%2").arg(beats).arg(unit); }
};

// A part of the arrangement ("Verse 1"); the expected section markers.
struct Section
{
    QString name;
    int firstBar = 1; // from 1
    int bars = 0;
};

// One note as written (swing applied; humanisation is added when rendering).
struct NoteEvent
{
    qint64 startTick = 0; // where it sounds, swing applied
    qint64 lengthTicks = 0;
    qint64 writtenTick = 0; // where it is written (before swing); faults refer to this
    int key = 60; // MIDI key
    int velocity = 90; // 1..127
    QString lane; // drum lane ("snare"); empty for pitched parts
};

// A performer: what was played and on which instrument. Delivered tracks are fed
// from sources through microphones (DeliveredTrack::feeds).
struct Source
{
    enum class Kind { Instrument, DrumKit, Speech };

    QString id;
    Kind kind = Kind::Instrument;
    int bank = 0; // General MIDI bank (drum kits: 128)
    int program = 0; // General MIDI program 0..127 (kits: DrumKit::kitProgram)
    QString kit; // drum kit name, for DrumKit sources
    double pan = 0.0; // -1 (left) .. 1 (right), for stereo tracks
    double timingJitterMs = 0.0; // humanisation: onsets move up to +- this many ms
    int velocityJitter = 0; // humanisation: velocities move up to +- this
    QVector<NoteEvent> notes; // sorted by startTick
    // Speech sources (espeak-ng): one line of text per entry, started at its tick.
    struct Line
    {
        qint64 startTick = 0;
        QString text;
    };
    QString voice; // espeak-ng voice ("en-us", "en-gb-x-rp")
    int wordsPerMinute = 170;
    int pitch = 50; // espeak-ng pitch 0..99
    QVector<Line> lines;
    QVector<PlantedFault> faults; // performance faults (Timing, Pitch)
};

// One source (or one mic group of a drum kit: piece = "snare") heard by a track.
struct SourceFeed
{
    QString source;
    QString piece; // DrumKit group, or empty for the whole source
    double gainDb = 0.0; // 0 for the source itself, negative for bleed
};

// A file as the artist delivered it.
struct DeliveredTrack
{
    QString id; // stable id used by the answer key
    QString name; // the messy name it arrived with ("kik_FINAL_v2")
    QString file; // file name inside stems/ ("kik_FINAL_v2.wav")
    int channels = 1; // 1 or 2
    QVector<SourceFeed> feeds; // empty only for an Empty track
    MicSpec mic;
    double peakDbfs = -12.0; // sample peak the clean track is set to before faults
    QVector<PlantedFault> faults;
};

// A planted fault with where it lives: on a track, or on a source (then it reaches
// every track in affectedTracks).
struct FaultLocation
{
    QString trackId; // set for track faults
    QString sourceId; // set for performance faults
    QStringList affectedTracks; // the track, or every track fed by the source
    int index = 0; // position in the owner's faults list
    PlantedFault fault;
};

// A bundled exercise: the brief, the arrangement, the performances, the delivered
// tracks with their planted faults, and the answer key (exercises/FORMAT.md).
class Exercise
{
public:
    QString key;
    QString title;
    Genre genre = Genre::Pop;
    int difficulty = 1; // 1..3
    QString artist;
    QString brief;
    QStringList artistNotes;
    double tempo = 120.0; // quarter notes per minute
    Meter meter;
    QString musicalKey; // "D minor", for people
    int sampleRate = 48000; // session format
    int bitDepth = 24;
    double tailSeconds = 2.0; // ring-out after the last bar
    QVector<Section> sections;
    QVector<Source> sources;
    QVector<DeliveredTrack> tracks;
    AnswerKey answerKey;
    QString contentHash; // SHA-256 (hex) of the exercise.json text it was read from

    int totalBars() const;
    qint64 barStartTick(int bar) const { return qint64(bar - 1) * meter.barTicks(); }
    // beat counts in the meter's unit, from 1
    qint64 tickAt(const BarPosition &position) const;
    double secondsAtTick(double tick) const { return tick / kTicksPerQuarter * 60.0 / tempo; }
    double musicSeconds() const { return secondsAtTick(double(barStartTick(totalBars() + 1))); }
    // Music plus tail, rounded up to a whole 10 ms so every supported sample rate
    // gives a whole number of frames for the same duration.
    double lengthSeconds() const;
    qint64 lengthFrames(int rate) const;

    const Source *source(const QString &id) const;
    const DeliveredTrack *track(const QString &id) const;
    const Section *section(const QString &name) const;
    // Ids of the tracks fed by a source.
    QStringList tracksFedBy(const QString &sourceId) const;
    QVector<FaultLocation> plantedFaults() const;
    QVector<FaultLocation> faultsWithIntent(FaultIntent intent) const;
};

} // namespace prepmark
