#pragma once

#include "AnalysisThresholds.h"
#include "TrackAnalysis.h"
#include "TrackMeasurement.h"

#include <vector>

namespace prepmark {

// Clicks: sudden discontinuities such as an edit without a fade or a digital glitch.
//
// The detector looks at the second difference e[n] = x[n] - 2x[n-1] + x[n-2], which
// is small wherever the waveform is smooth and large at a jump. Sample n is a click
// when |e[n]| is the largest in its +-2-sample core and
//  1. it exceeds clickLocalRatio times the mean |e|, and clickPeakRatio times the
//     largest |e|, on *each* side of the core (clickWindowMs wide): noise, cymbals
//     and bright tones have large |e| everywhere, and the burst of a drum's beater
//     goes on after its first sample, so nothing in them stands out on both sides;
//  2. it is at least clickMinRelativeDb relative to the RMS of the signal on the
//     louder side: where a kick or a plucked note starts from silence the slope
//     changes, but that change is small next to the note itself; and
//  3. it is above clickMinLevelDbfs.
// A refractory period of one window avoids counting one event twice; events at the
// same moment in several channels count once. Memory is constant: a window of
// history per channel. The first and last window of a file are not examined.
// Cost: a vectorised pass computes e and per-chunk sums; condition 1 is first
// checked per chunk against a lower bound of the means, which rules out almost
// every chunk of ordinary audio before any per-sample work.
class ClickDetector final : public TrackMeasurement
{
public:
    explicit ClickDetector(const AnalysisThresholds &thresholds);

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes clicks (the first maxReportedClicks, in file order) and clickCount.
    void finish(TrackAnalysis &result) override;

private:
    struct Channel
    {
        std::vector<float> samples; // x from absolute frame `start` on
        std::vector<float> jump; // |e| for the same frames (0 before frame 2)
        // Per chunk of kChunk frames of `jump`: largest value, and prefix sums of the
        // chunk sums. They give a cheap lower bound of the neighbourhood means, so
        // that most chunks are skipped without looking at their samples.
        std::vector<float> chunkMax;
        std::vector<float> chunkSum;
        std::vector<double> chunkPrefix;
        qint64 start = 0;
        qint64 nextCentre = 0; // first frame not yet examined
        qint64 lastClick = -1;
        qint64 count = 0;
        QList<Click> stored;
    };
    void examine(Channel &channel, int index);
    // The jump below which no centre of chunk c (first <= c <= last) can be a click,
    // into m_chunkThreshold[c - first].
    void chunkThresholds(const Channel &channel, qint64 first, qint64 last);
    bool isClick(const Channel &channel, qint64 j) const;

    const AnalysisThresholds m_thresholds;
    qint64 m_halfWidth = 120; // W, frames
    float m_minJump = 0.0f;
    double m_relative = 0.0;
    std::vector<Channel> m_channels;
    std::vector<float> m_chunkThreshold; // scratch of examine()
};

} // namespace prepmark
