#pragma once

#include "AnalysisThresholds.h"
#include "TrackMeasurement.h"

namespace prepmark {

// The relation between the two channels of a stereo file: their correlation
// coefficient (+1 identical, 0 unrelated, -1 one side inverted), whether they are
// the same signal twice (dual mono: energy of L-R at least dualMonoResidualDb below
// that of the channels) and whether one side is silent (oneSidedSilenceDbfs). Files
// with other channel counts are not measured.
class StereoImageMeter final : public TrackMeasurement
{
public:
    explicit StereoImageMeter(const AnalysisThresholds &thresholds);

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes stereo.
    void finish(TrackAnalysis &result) override;

private:
    const AnalysisThresholds m_thresholds;
    bool m_active = false;
    double m_ll = 0.0;
    double m_rr = 0.0;
    double m_lr = 0.0;
    double m_difference = 0.0; // sum of (L-R)^2
    qint64 m_frames = 0;
};

} // namespace prepmark
