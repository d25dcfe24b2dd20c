#pragma once

#include "PreparedStemRenderer.h"
#include "Session.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"

namespace prepmark {

// Renders the prepared stem of one track (the steps are listed in
// PreparedStemRenderer.h). Used by PreparedStemRenderer, one call per track on its
// thread pool; stateless.
class PreparedTrackRenderer
{
public:
    // Reads audioDirectory/track.file and writes outputPath. progress is only polled
    // for cancellation, between steps; a cancelled render returns an Error.
    static Result<PreparedStem> render(const Session &session, const SessionTrack &track, const QString &audioDirectory,
        const QString &outputPath, ProgressReporter &progress);
};

} // namespace prepmark
