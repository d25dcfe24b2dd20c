#pragma once

#include "AudioBuffer.h"

namespace prepmark {

// The "declip" processing step: rebuilds the peaks a hard clipper flattened, then
// lowers the whole track so the rebuilt peaks fit under full scale again (like the
// output gain of a restoration declipper: the repaired track peaks where the clipped
// one did, and the student's clip gain works from there).
//
// A clipped run is kMinRunSamples or more consecutive samples of one channel at or
// beyond kClipLevel (|x| >= 0.9999, about -0.001 dBFS; 16- and 24-bit full scale
// both qualify). Each run is replaced by a cubic Hermite curve from the sample before
// it to the sample after it, with the slopes of the waveform at both ends, so the
// curve rises over the flat top as the original wave did. Runs touching either end
// of the file are left alone. Deterministic.
class Declipper
{
public:
    static constexpr float kClipLevel = 0.9999f;
    static constexpr int kMinRunSamples = 2;

    struct Repairs
    {
        int runs = 0; // runs rebuilt, over every channel
        double gainDb = 0.0; // the level change applied afterwards (<= 0)
    };

    static Repairs process(AudioBuffer &buffer);
};

} // namespace prepmark
