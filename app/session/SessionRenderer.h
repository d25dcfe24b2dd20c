#pragma once

#include "Session.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"
#include "exercise/Exercise.h"

#include <QString>

namespace prepmark {

struct RenderOptions
{
    QString soundFontPath; // empty: SessionRenderer::defaultSoundFont()
    int threads = 0; // 0: one per core
    QString espeakProgram = QStringLiteral("espeak-ng");
};

struct RenderedSession
{
    QString directory; // holds session.json and stems/
    QString sessionPath;
    Session session; // the delivered session, as written
    double seconds = 0.0; // wall-clock time spent rendering (0 from the cache)
    bool fromCache = false;
};

// Turns an exercise into the session its artist delivered: every source played
// through FluidSynth (or espeak-ng), every track recorded through its microphone
// (MicChain) with its planted faults (FaultPlanter), the stems written in their
// delivered format (stems/<file>, StemWriter) and a delivered session.json beside
// them: delivered names and order, no colours, groups, markers or notes, every file
// at offset zero.
//
// Deterministic: the same exercise, SoundFont and options give the same bytes.
// For a quick render, pass ExerciseExcerpt::of(exercise, bars).
// Sources, then tracks, render in parallel on a private thread pool; progress and
// cancellation go through the ProgressReporter (which must accept calls from any
// thread). A cancelled render returns an Error and leaves no session.json.
class SessionRenderer
{
public:
    explicit SessionRenderer(RenderOptions options = {});

    // FluidR3_GM when installed, else TimGM6mb, else the system's default-GM link;
    // empty when none exists.
    static QString defaultSoundFont();
    // QStandardPaths::CacheLocation + "/sessions"
    static QString cacheRoot();

    // Writes into directory (created when missing; files of the same name are replaced).
    Result<RenderedSession> render(const Exercise &exercise, const QString &directory,
        ProgressReporter &progress = ProgressReporter::none()) const;
    // Renders into cacheDirectory() unless a complete render is already there.
    Result<RenderedSession> renderCached(
        const Exercise &exercise, ProgressReporter &progress = ProgressReporter::none()) const;
    // cacheRoot()/<key>-<hash of the exercise text (Exercise::contentHash), SoundFont
    // and renderer version>
    QString cacheDirectory(const Exercise &exercise) const;

    // Frames a render of this exercise has at the session rate.
    static qint64 renderFrames(const Exercise &exercise);

private:
    QString soundFont() const;

    RenderOptions m_options;
};

} // namespace prepmark
