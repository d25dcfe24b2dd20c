#pragma once

#include "AudioBuffer.h"

namespace prepmark {

// The "notch_hum" processing step: finds the mains frequency (50 or 60 Hz, whichever
// carries more energy at its fundamental and first two harmonics, by Goertzel over the
// whole track) and notches it and its harmonics up to kHarmonics (narrow RBJ notches,
// Q = kQ, run forwards and backwards so they add no delay). Deterministic.
class HumRemover
{
public:
    static constexpr int kHarmonics = 8;
    static constexpr double kQ = 20.0;

    // The mains frequency the track's hum is at: 50 or 60 (Hz).
    static double mainsFrequency(const AudioBuffer &buffer);
    // Returns the frequency notched.
    static double process(AudioBuffer &buffer);
};

} // namespace prepmark
