#pragma once

#include "audio/SessionAnalysis.h"
#include "audio/WaveformPeaks.h"
#include "core/ProgressReporter.h"
#include "core/Result.h"
#include "exercise/Exercise.h"
#include "session/SessionRenderer.h"

#include <QHash>

namespace prepmark {

// An exercise's delivered session ready for the workbench or the session inspector:
// the render (from the cache when it is there), the analysis of its stems, and the
// waveform peaks of every stem.
struct LoadedSession
{
    RenderedSession rendered;
    SessionAnalysis analysis;
    QHash<QString, WaveformPeaks> peaks; // by track id
    QStringList peakErrors; // stems whose waveform could not be read, with why
};

// Renders (SessionRenderer::renderCached), analyses (SessionAnalyzer, with the answer
// key's pairs) and reads the waveforms (WaveformPeakCache beside the render) of an
// exercise. Progress: render 0-60 %, analysis 60-90 %, waveforms 90-100 %. Cancelling
// returns an Error; a stem that cannot be read is an analysis finding and a peak
// error, never a failure of the whole load.
class ExerciseSessionLoader
{
public:
    explicit ExerciseSessionLoader(RenderOptions options = {}) : m_options(std::move(options)) { }

    Result<LoadedSession> load(const Exercise &exercise, ProgressReporter &progress) const;
    // Analysis and waveforms of stems already on disk (session.json's folder).
    static Result<LoadedSession> inspect(
        const Exercise &exercise, RenderedSession rendered, ProgressReporter &progress, int progressFrom = 0);

private:
    RenderOptions m_options;
};

} // namespace prepmark
