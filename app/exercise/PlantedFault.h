#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

// What an exercise plants in its delivered session. Track faults change one delivered
// file (a polarity flip, a hum, a 44.1 kHz file); performance faults change how a
// source was played (a late snare hit, a flat chorus take) and so reach every track
// fed by that source. exercises/FORMAT.md lists the parameters of each kind.
enum class FaultKind {
    // track faults: level and signal
    Clipping, // driven driveDb over full scale, then hard-clipped
    Hot, // peak raised to peakDbfs, no headroom (inter-sample overs)
    DcOffset, // constant offset of percent % of full scale
    Polarity, // inverted against its related tracks
    Delay, // late by delayMs against its related tracks
    Hum, // mains hum at frequencyHz with harmonics, at levelDbfs
    Noise, // continuous noise of a colour (white, pink, hiss), at levelDbfs
    PhraseNoise, // noise only between phrases (buzz, breaths, bleed), at levelDbfs
    Clicks, // hard edits (dropouts of gapMs) at given positions
    Crackle, // vinyl crackle: ratePerSecond impulses at levelDbfs
    Distortion, // deliberate saturation of strength drive
    Lofi, // bit-crushed to bits and sample-held to rateHz
    // track faults: delivered file and session
    SampleRate, // file delivered at sampleRate instead of the session's
    BitDepth, // file delivered with bitDepth bits instead of the session's
    Unconsolidated, // file holds only bars startBar..endBar and is placed at zero
    Empty, // digital silence: nothing was recorded
    Duplicate, // a bit-identical copy of the track named by of
    DualMono, // stereo file whose two channels are identical
    OneSideSilent, // stereo file with one side (side: left|right) silent
    // performance faults (on a source)
    Timing, // the note at bar/beat (on lane) is ms late (negative: early)
    Pitch, // bars fromBar..toBar are played cents sharp (negative: flat)
};

// Whether the brief wants the planted thing removed or kept.
enum class FaultIntent { Fix, Keep };

// A place in the arrangement: bar from 1, beat from 1 (fractions allowed: 2.5 is the
// "and" of beat 2).
struct BarPosition
{
    int bar = 1;
    double beat = 1.0;
};

struct PlantedFault
{
    FaultKind kind = FaultKind::Clipping;
    FaultIntent intent = FaultIntent::Fix;
    QString reason; // why fix or keep; required when intent is Keep

    // Parameters; which ones a kind reads is listed in exercises/FORMAT.md. Units in the names.
    double driveDb = 0.0; // Clipping
    double peakDbfs = 0.0; // Hot
    double percent = 0.0; // DcOffset
    double delayMs = 0.0; // Delay
    double frequencyHz = 0.0; // Hum
    int harmonics = 4; // Hum
    double levelDbfs = 0.0; // Hum, Noise, PhraseNoise, Crackle
    QString variant; // Noise colour, PhraseNoise kind, OneSideSilent side
    QVector<BarPosition> at; // Clicks
    double gapMs = 15.0; // Clicks
    double ratePerSecond = 0.0; // Crackle
    double drive = 0.0; // Distortion
    int bits = 0; // BitDepth, Lofi
    int sampleRate = 0; // SampleRate; Lofi (sample-hold rate)
    int startBar = 0; // Unconsolidated
    int endBar = 0; // Unconsolidated (last bar included); 0 = to the end
    QString of; // Duplicate: id of the original track
    BarPosition position; // Timing
    double ms = 0.0; // Timing
    QString lane; // Timing: drum lane, empty for any note at the position
    int fromBar = 0; // Pitch
    int toBar = 0; // Pitch
    double cents = 0.0; // Pitch
};

// "clipping", "dc_offset", ... as written in exercise.json.
QString faultKindKey(FaultKind kind);
std::optional<FaultKind> faultKindFromKey(const QString &key);
QStringList allFaultKindKeys();
// Timing and Pitch live on sources; every other kind on a delivered track.
bool isPerformanceFault(FaultKind kind);
// A short description for people: "polarity flip", "DC offset 3%".
QString describeFault(const PlantedFault &fault);

QString faultIntentKey(FaultIntent intent);

} // namespace prepmark
