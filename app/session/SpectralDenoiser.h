#pragma once

#include <QtGlobal>

#include <vector>

namespace prepmark {

// The "denoise" processing step: broadband noise reduction by spectral subtraction.
//
// The channel is cut into frames of kFrameSize samples (hop kFrameSize / 4, periodic
// Hann window on analysis and synthesis, overlap-added back to unity). The noise
// profile of each frequency bin is the kNoisePercentile-th percentile of its magnitude
// over all frames: steady noise (hiss, pink noise, hum) is present in every frame,
// music only in some, so the quiet end of each bin's distribution is the noise. Each
// bin then gets the gain max(floor, 1 - kOverSubtraction * noise^2 / |X|^2), smoothed
// over time (a gain may fall at once but rise by at most kReleaseDb per frame) so
// the residual does not warble. floor = kFloorDb. Deterministic (its own FFT).
class SpectralDenoiser
{
public:
    static constexpr int kFrameSize = 2048;
    static constexpr double kNoisePercentile = 10.0;
    static constexpr double kOverSubtraction = 2.0;
    static constexpr double kFloorDb = -30.0;
    static constexpr double kReleaseDb = 6.0;

    static void process(std::vector<float> &channel);
};

} // namespace prepmark
