#pragma once

#include <vector>

namespace prepmark {

// A deterministic room: eight damped comb filters in parallel and four all-passes in
// series per side (the Schroeder/Moorer design), with the right side's delays a few
// samples longer so the two sides are decorrelated. Used by MicChain for overheads,
// room and ambient mics. The comb feedback is set from the decay time (RT60).
class RoomReverb
{
public:
    RoomReverb(int sampleRate, double decaySeconds);

    // The wet signal of a mono input, on two sides; left and right are resized to
    // input.size(). Their RMS is matched to the input's, so callers mix by share.
    void process(const std::vector<float> &input, std::vector<float> &left, std::vector<float> &right) const;

private:
    void processSide(const std::vector<float> &input, std::vector<float> &output, int spread) const;

    int m_sampleRate;
    double m_decaySeconds;
};

} // namespace prepmark
