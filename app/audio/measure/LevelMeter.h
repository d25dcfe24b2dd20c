#pragma once

#include "TrackMeasurement.h"

#include <vector>

namespace prepmark {

// Sample peak (dBFS), RMS (dBFS) and DC offset (mean sample value) per channel and
// over the whole track: the first-order statistics, gathered in one pass.
// RMS is the plain root mean square (a full-scale sine reads -3.01 dBFS, as in sox).
class LevelMeter final : public TrackMeasurement
{
public:
    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes channels[].samplePeakDbfs/rmsDbfs/dcOffset, samplePeakDbfs, rmsDbfs.
    void finish(TrackAnalysis &result) override;

private:
    struct ChannelSums
    {
        float peak = 0.0f;
        double sum = 0.0;
        double sumOfSquares = 0.0;
    };
    std::vector<ChannelSums> m_channels;
    qint64 m_frames = 0;
};

} // namespace prepmark
