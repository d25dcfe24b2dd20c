#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace prepmark {

// The drum vocabulary of exercise parts: lane names a drum pattern may use ("kick",
// "hat_open", "tom_floor"), the General MIDI key each one plays, and the mic group it
// belongs to. A kit source is rendered once per group so that close mics can pick
// up their own drum loudly and the others as bleed ("drums.snare" in a track's feed).
class DrumKit
{
public:
    struct Lane
    {
        QString name;
        int key = 0; // General MIDI percussion key (channel 10)
        QString group; // "kick", "snare", "hat", "tom_hi", ..., "cymbals", "perc"
    };

    static std::optional<Lane> lane(const QString &name);
    static const QStringList &laneNames();
    // The mic groups, in the order the renderer renders them.
    static const QStringList &groups();
    static bool isGroup(const QString &group);

    // General MIDI drum kits by name ("standard", "room", "power", "electronic",
    // "tr808", "jazz", "brush", "orchestra"): the program number in bank 128.
    static std::optional<int> kitProgram(const QString &kitName);
    static const QStringList &kitNames();
};

} // namespace prepmark
