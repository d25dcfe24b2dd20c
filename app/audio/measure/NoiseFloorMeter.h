#pragma once

#include "AnalysisThresholds.h"
#include "TrackMeasurement.h"
#include "WindowedPower.h"

namespace prepmark {

// The noise floor: the RMS level of the quietest stretch of at least
// noiseMinStretchSeconds over which the level, measured in noiseWindowSeconds
// windows, stays within noiseStabilityDb. Hiss and hum between phrases are steady;
// fades, reverb tails and decaying notes are not, and digital silence is not noise.
// A track without such a stretch (continuous music, or silence between phrases) has
// no measurable floor. Constant memory: only the current and the best stretch.
class NoiseFloorMeter final : public TrackMeasurement
{
public:
    explicit NoiseFloorMeter(const AnalysisThresholds &thresholds);

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes noiseFloorDbfs (NaN when not measurable), noiseFloorStartFrame,
    // noiseFloorFrames.
    void finish(TrackAnalysis &result) override;

private:
    void addWindow(qint64 startFrame, qint64 frames, double power);
    void closeStretch();

    const AnalysisThresholds m_thresholds;
    WindowedPower m_windows;
    qint64 m_windowFrames = 0;
    qint64 m_minStretchFrames = 0;
    double m_silencePower = 0.0;
    double m_stabilityRatio = 1.0;

    // the stretch being followed
    qint64 m_start = -1;
    qint64 m_frames = 0;
    int m_windowCount = 0;
    double m_sum = 0.0;
    double m_min = 0.0;
    double m_max = 0.0;

    // the quietest stretch so far
    double m_bestPower = -1.0;
    qint64 m_bestStart = -1;
    qint64 m_bestFrames = 0;
};

} // namespace prepmark
