#pragma once

#include "AnalysisThresholds.h"
#include "TrackMeasurement.h"
#include "WindowedPower.h"

#include <vector>

namespace prepmark {

// Where the track is loudest: the stretch of pairStretchSeconds (on a 100 ms grid)
// with the highest mean power over its channels. Related pairs are compared there
// in a second, short read, so that the first pass keeps no audio. Constant memory:
// the powers of the windows of one stretch.
class LoudestStretchFinder final : public TrackMeasurement
{
public:
    explicit LoudestStretchFinder(const AnalysisThresholds &thresholds);

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes loudestStretchStartFrame, loudestStretchFrames, loudestStretchRmsDbfs
    // (a track shorter than the stretch is one stretch).
    void finish(TrackAnalysis &result) override;

private:
    void addWindow(qint64 startFrame, qint64 frames, double power);

    double m_stretchSeconds = 1.5;
    WindowedPower m_windows;
    std::vector<double> m_ring; // sum of x^2 of the last windows (per frame and channel mean * frames)
    std::vector<qint64> m_starts;
    std::vector<qint64> m_lengths;
    size_t m_next = 0;
    size_t m_filled = 0;
    double m_bestEnergy = -1.0;
    qint64 m_bestStart = 0;
    qint64 m_bestFrames = 0;
    qint64 m_totalFrames = 0;
    double m_totalEnergy = 0.0;
};

} // namespace prepmark
