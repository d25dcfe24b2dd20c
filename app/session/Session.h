#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

// [start, end) in frames.
struct SampleRange
{
    qint64 start = 0;
    qint64 end = 0;

    friend bool operator==(const SampleRange &, const SampleRange &) = default;
};

struct SessionMarker
{
    QString name;
    qint64 positionSamples = 0; // on the timeline, at the session's sample rate

    friend bool operator==(const SessionMarker &, const SessionMarker &) = default;
};

// The notes for the mix engineer, under the headings a good hand-over has.
struct SessionNotes
{
    QString found; // what was found
    QString fixed; // what was fixed, and how
    QString left; // what was left, and why (including what the brief asks to keep)
    QString questions; // questions for the artist
    QString references; // reference tracks and what to listen for

    bool isEmpty() const;
    // Every section under its heading, for a reader or a keyword check.
    QString allText() const;

    friend bool operator==(const SessionNotes &, const SessionNotes &) = default;
};

// One track of a session: the file it plays and every preparation decision about it.
// Preparation is non-destructive: the file stays as delivered, and gain, polarity,
// offset, fades, cuts and processing are applied when prepared stems are rendered.
struct SessionTrack
{
    QString id; // stable across renames (the exercise's track id)
    QString file; // relative to the folder of session.json ("stems/kick.wav")
    QString name;
    QString colour; // "#rrggbb", or empty for no colour
    QString family; // InstrumentFamily key, or empty
    QString group; // folder/group name, or empty for top level
    QString bus; // output bus, or empty for the mix bus
    double gainDb = 0.0; // clip gain, dB
    bool polarityInverted = false;
    qint64 offsetSamples = 0; // timeline position of the file's first frame (session rate); may be negative
    qint64 fadeInSamples = 0; // at the start of the audio, session rate
    qint64 fadeOutSamples = 0; // at the end of the audio, session rate
    QVector<SampleRange> cuts; // silenced stretches, in file frames at the session rate
    QStringList processing; // steps from Session::processingSteps(), in order
    bool keep = false; // "keep - this is intentional"
    QString keepReason;
    bool removed = false; // taken out of the session (empty, duplicate, unused take)

    // The file as delivered, as the renderer wrote it (0 when unknown).
    int fileSampleRate = 0;
    int fileBitDepth = 0;
    int fileChannels = 0;
    qint64 fileFrames = 0;

    friend bool operator==(const SessionTrack &, const SessionTrack &) = default;
};

// A multitrack session: PrepMark's native session.json (SessionJson reads and writes
// it). Tracks are listed in their order in the session.
class Session
{
public:
    enum class State { Delivered, Prepared };

    QString exerciseKey; // the exercise it came from, or empty
    QString title;
    State state = State::Delivered;
    int sampleRate = 48000;
    int bitDepth = 24;
    qint64 lengthSamples = 0; // timeline length at sampleRate
    double tempo = 120.0; // quarter notes per minute
    QString meter = QStringLiteral("4/4");
    QVector<SessionTrack> tracks;
    QVector<SessionMarker> markers;
    SessionNotes notes;

    const SessionTrack *track(const QString &id) const;
    SessionTrack *track(const QString &id);
    int indexOf(const QString &id) const;
    // Tracks that are not removed, in session order.
    QVector<SessionTrack> activeTracks() const;

    // The processing steps a track may list: "remove_dc", "notch_hum", "denoise",
    // "declick", "declip", "convert_rate", "convert_bit_depth", "to_mono",
    // "mono_from_left", "mono_from_right".
    static const QStringList &processingSteps();

    friend bool operator==(const Session &, const Session &) = default;
};

} // namespace prepmark
