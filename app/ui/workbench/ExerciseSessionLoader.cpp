#include "ExerciseSessionLoader.h"

#include "audio/SessionAnalyzer.h"
#include "audio/WaveformPeakCache.h"
#include "core/ProgressRange.h"

#include <QCoreApplication>
#include <QDir>

namespace prepmark {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("prepmark::ExerciseSessionLoader", text, disambiguation, n);
}
} // namespace

Result<LoadedSession> ExerciseSessionLoader::load(const Exercise &exercise, ProgressReporter &progress) const
{
    ProgressRange rendering(progress, 0, 60);
    progress.setMessage(tr("Rendering the session of %1…").arg(exercise.title));
    Result<RenderedSession> rendered = SessionRenderer(m_options).renderCached(exercise, rendering);
    if (!rendered)
        return rendered.error();
    return inspect(exercise, std::move(rendered).value(), progress, 60);
}

Result<LoadedSession> ExerciseSessionLoader::inspect(
    const Exercise &exercise, RenderedSession rendered, ProgressReporter &progress, int progressFrom)
{
    LoadedSession loaded;
    loaded.rendered = std::move(rendered);
    const QDir folder(loaded.rendered.directory);
    const Session &session = loaded.rendered.session;

    QStringList paths;
    for (const SessionTrack &track : session.tracks)
        paths << folder.filePath(track.file);
    AnalysisOptions options;
    options.threads = 2;
    for (const ExpectedPair &pair : exercise.answerKey.pairs) {
        const SessionTrack *a = session.track(pair.a);
        const SessionTrack *b = session.track(pair.b);
        if (a && b)
            options.pairs << TrackPairRequest {folder.filePath(a->file), folder.filePath(b->file), true};
    }
    const int analysisEnd = progressFrom + (100 - progressFrom) * 3 / 4;
    ProgressRange analysing(progress, progressFrom, analysisEnd);
    progress.setMessage(tr("Analysing %n stem(s)…", nullptr, int(paths.size())));
    Result<SessionAnalysis> analysis = SessionAnalyzer().analyse(paths, options, analysing);
    if (!analysis)
        return analysis.error();
    loaded.analysis = std::move(analysis).value();

    progress.setMessage(tr("Reading the waveforms…"));
    const WaveformPeakCache cache(folder.filePath(QStringLiteral("peaks")));
    for (int i = 0; i < session.tracks.size(); ++i) {
        if (progress.wasCancelled())
            return makeError(tr("Loading %1 was cancelled").arg(exercise.title));
        const SessionTrack &track = session.tracks[i];
        Result<WaveformPeaks> peaks = cache.peaks(folder.filePath(track.file), progress);
        if (peaks)
            loaded.peaks.insert(track.id, std::move(peaks).value());
        else
            loaded.peakErrors << peaks.errorMessage();
        progress.setProgress(analysisEnd + (100 - analysisEnd) * (i + 1) / int(session.tracks.size()));
    }
    return loaded;
}

} // namespace prepmark
