#pragma once

#include "AnalysisThresholds.h"
#include "TrackAnalysis.h"
#include "TrackMeasurement.h"

#include <vector>

namespace prepmark {

// Clipping in two forms, with positions:
//  - runs of at least clipMinRunSamples consecutive samples of one sign at full
//    scale (clipLevelDbfs);
//  - flat tops below full scale: runs of identical samples (flatTopMinRunSamples)
//    that sit, at least flatTopMinRuns times, on one level within
//    flatTopPeakMarginDb of the channel's peak, which is what a signal clipped
//    earlier in the chain and then turned down looks like.
// Memory is bounded: flat-run candidates are kept for the highest few levels only
// (the ones that can be near the peak), with their first positions.
class ClippingDetector final : public TrackMeasurement
{
public:
    explicit ClippingDetector(const AnalysisThresholds &thresholds);

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes clipping.
    void finish(TrackAnalysis &result) override;

private:
    struct FlatLevel
    {
        float level = 0.0f; // |sample value| of the runs
        qint64 runs = 0;
        qint64 samples = 0;
        qint64 lastEnd = 0;
        QList<ClippedRun> firstRuns;
    };
    struct Channel
    {
        float peak = 0.0f;
        float previous = 0.0f;
        qint64 fullRunStart = -1; // -1: no run open
        int fullRunSign = 0;
        qint64 flatRunStart = -1;
        std::vector<FlatLevel> flatLevels;
    };
    void scan(Channel &channel, int index, const float *samples, qint64 count, qint64 firstFrame);
    void closeFullRun(Channel &channel, int index, qint64 end);
    void closeFlatRun(Channel &channel, int index, qint64 end);

    float m_clipLevel = 1.0f;
    float m_flatMinLevel = 0.0f;
    int m_clipMinRun = 3;
    int m_flatMinRun = 5;
    int m_flatMinRuns = 5;
    int m_flatMinRunForFormat = 5;
    double m_flatMarginFactor = 1.0;
    std::vector<Channel> m_channels;
    ClippingResult m_result;
    qint64 m_frames = 0;
};

} // namespace prepmark
