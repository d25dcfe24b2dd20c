#pragma once

#include "AnalysisThresholds.h"
#include "TrackMeasurement.h"

namespace prepmark {

// Digital silence at the start and end of a track, and tracks that are nothing but
// digital silence. A frame is silent when every channel is at or below
// silenceLevelDbfs.
class SilenceDetector final : public TrackMeasurement
{
public:
    explicit SilenceDetector(const AnalysisThresholds &thresholds);

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes silent, leadingSilenceFrames, trailingSilenceFrames (in frames; a
    // silent track is all leading silence and has no trailing silence).
    void finish(TrackAnalysis &result) override;

private:
    float m_level = 0.0f;
    qint64 m_firstSound = -1; // first non-silent frame, -1 until found
    qint64 m_lastSound = -1; // last non-silent frame
    qint64 m_frames = 0;
};

} // namespace prepmark
