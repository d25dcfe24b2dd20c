#pragma once

#include "PairAnalysis.h"
#include "audio/measure/AnalysisThresholds.h"
#include "audio/measure/TrackAnalysis.h"

#include <vector>

namespace prepmark {

// Lag and polarity between two related tracks, by FFT cross-correlation (FFTW,
// single precision) over the loudest stretch of either track.
//
// Memory stays bounded whatever the files' length: the first pass (TrackAnalyzer)
// remembered where each track is loudest, and this second pass reads only that
// stretch (pairStretchSeconds, plus pairMaxLagMs on each side) of both files.
//
// Thread-safety: analyse() may run on several threads at once; FFTW planning,
// which is not thread-safe, is serialised inside.
class PairAnalyzer
{
public:
    explicit PairAnalyzer(const AnalysisThresholds &thresholds) : m_thresholds(thresholds) { }

    // Compares `b` with `a` (both analysed and readable). Tries the loudest stretch
    // of each and keeps the stronger correlation peak. A pair that cannot be
    // measured (different sample rates, silence, a read error) has measured =
    // false and a note.
    PairAnalysis analyse(
        const TrackAnalysis &a, const TrackAnalysis &b, const QString &source, bool checkTimeOffset) const;

    struct Peak
    {
        qint64 lag = 0; // b relative to a, samples
        double correlation = 0.0; // normalised, signed
    };
    // The normalised cross-correlation peak of a (aFrames samples) against b, which
    // holds aFrames + 2 * maxLag samples starting maxLag samples before a's first
    // one; lags from -maxLag to +maxLag. Signals in memory: the core of analyse().
    static Peak correlationPeak(const std::vector<float> &a, const std::vector<float> &b, qint64 maxLag);

private:
    AnalysisThresholds m_thresholds;
};

} // namespace prepmark
