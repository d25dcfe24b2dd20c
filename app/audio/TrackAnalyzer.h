#pragma once

#include "audio/measure/AnalysisThresholds.h"
#include "audio/measure/TrackAnalysis.h"
#include "audio/measure/TrackMeasurement.h"

#include "core/Result.h"

#include <functional>
#include <memory>
#include <vector>

namespace prepmark {

// Analyses one file: reads it once, in blocks of kBlockFrames, and feeds every
// block to each TrackMeasurement in turn, so memory stays constant whatever the
// length of the file.
//
// Thread-safety: analyse() is const and re-entrant; the runner calls it for
// several files at once on its thread pool.
class TrackAnalyzer
{
public:
    static constexpr qint64 kBlockFrames = 4096;

    // Called after each block with the frames read so far and the file's frames;
    // returning false cancels the analysis.
    using BlockObserver = std::function<bool(qint64 framesRead, qint64 totalFrames)>;

    explicit TrackAnalyzer(const AnalysisThresholds &thresholds) : m_thresholds(thresholds) { }

    // The measurements of one track, in the order they see each block.
    std::vector<std::unique_ptr<TrackMeasurement>> createMeasurements() const;

    // The analysis of the file at `path`. A file that cannot be opened or read to
    // its end is not an Error: it is a TrackAnalysis whose `error` holds the reason
    // (what the CLI reports as `unreadable`). The only Error is cancellation.
    Result<TrackAnalysis> analyse(const QString &path, const BlockObserver &observer = {}) const;

private:
    AnalysisThresholds m_thresholds;
};

} // namespace prepmark
