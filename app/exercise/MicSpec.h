#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace prepmark {

// How a delivered track was "recorded" from its sources: the colour of the microphone
// or path (zero-phase filters, so related mics stay time-aligned unless a Delay fault
// says otherwise), amp drive, room sound and the natural distance delay. The renderer
// applies, in this order: drive, filters, room, delay.
struct MicSpec
{
    QString preset; // the preset it started from ("kick_in", "room", ...)
    double highpassHz = 0.0; // 0 = only the 8 Hz DC block; 2nd-order Butterworth run forwards and backwards
    double lowpassHz = 0.0; // 0 = off; same
    double lowShelfDb = 0.0; // total gain of the low shelf (dB)
    double lowShelfHz = 120.0;
    double highShelfDb = 0.0; // total gain of the high shelf (dB)
    double highShelfHz = 5000.0;
    double drive = 0.0; // 0 = clean; soft saturation (softClip) of drive x, level-compensated
    double room = 0.0; // 0..1: share of the deterministic room reverb in the signal
    double roomSeconds = 1.2; // reverb decay time (RT60, seconds)
    double delayMs = 0.0; // natural distance delay (overheads, room): not a fault

    // The named starting points exercise.json can use; exercises/FORMAT.md lists their values.
    static std::optional<MicSpec> fromPreset(const QString &name);
    static const QStringList &presetNames();
};

} // namespace prepmark
