#pragma once

#include "TrackMeasurement.h"

#include <memory>

namespace prepmark {

// Integrated loudness (LUFS, ITU-R BS.1770-4 gating) and loudness range (LU, EBU
// Tech 3342), computed by libebur128 fed block by block. libebur128 runs in
// histogram mode, so its memory is constant whatever the file's length. Channels
// take libebur128's default map (L, R, C, LFE unused, Ls, Rs); a mono file is one
// channel, as BS.1770 defines it.
class LoudnessMeter final : public TrackMeasurement
{
public:
    LoudnessMeter();
    ~LoudnessMeter() override;

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes loudnessLufs (-inf when every gating block is below -70 LUFS or the
    // file is shorter than one block) and loudnessRangeLu (NaN when libebur128
    // cannot measure it).
    void finish(TrackAnalysis &result) override;

private:
    // Owns libebur128's state (whose type is an anonymous struct in its header).
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace prepmark
