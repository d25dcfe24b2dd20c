#pragma once

#include "Exercise.h"
#include "core/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace prepmark {

// A written pattern of one or more bars, with notes relative to the start of each bar.
struct PatternBar
{
    struct Note
    {
        NoteEvent event; // startTick relative to the bar
        bool tied = false; // tied into the next note of the same key
    };
    QVector<Note> notes;
};

struct Pattern
{
    QVector<PatternBar> bars;
};

// The compact notation of exercise parts (exercises/FORMAT.md, "Parts").
//
// Pitched: bars separated by "|", tokens by spaces. A token is a note ("F#3"), a chord
// ("[D3 F#3 A3]") or a rest ("r"), then optionally ":" and a duration (w h q e s t,
// dots for dotted, a trailing 3 for triplets; it carries over to later tokens),
// "@" and a velocity, "'" for staccato, "~" to tie into the next note of the same key.
// Every bar must add up to exactly one bar of the meter.
//
// Drums: one string of steps per lane ("kick": "x...x...|x.x.x..."), bars separated
// by "|", spaces ignored; X accent, x hit, o soft, g ghost, "." or "-" nothing.
//
// Errors are plain sentences naming the bar and token; the loader adds the file and
// JSON path.
class PartNotation
{
public:
    struct PitchedStyle
    {
        int velocity = 90; // for tokens without "@"
        double gate = 0.9; // sounding share of each written duration (staccato: half of it)
    };

    static Result<Pattern> parsePitched(const QString &text, const Meter &meter, const PitchedStyle &style);
    static Result<Pattern> parseDrums(const QMap<QString, QString> &lanes, int stepsPerBar, const Meter &meter);

    // "C4" -> 60, "Bb2" -> 46; nullopt when not a note name in MIDI range.
    static std::optional<int> parsePitch(const QString &name);
    // "q." -> 1440 ticks, "e3" -> 320; nullopt when not a duration.
    static std::optional<qint64> parseDuration(const QString &text);
    // "verse*3 fill" -> {"verse", "verse", "verse", "fill"}; names must be in known.
    static Result<QStringList> parsePlaySequence(const QString &text, const QStringList &known);

    // Velocity of a drum step character, or 0 for a rest; -1 for an unknown character.
    static int drumStepVelocity(QChar step);
};

} // namespace prepmark
