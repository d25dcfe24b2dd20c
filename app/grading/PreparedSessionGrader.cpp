#include "PreparedSessionGrader.h"

#include "AutoGrader.h"

#include "audio/SessionAnalyzer.h"
#include "core/ProgressRange.h"
#include "session/PreparedStemRenderer.h"

namespace prepmark {

Result<GradingReport> PreparedSessionGrader::grade(const GradingRequest &request, ProgressReporter &progress)
{
    progress.setMessage(QStringLiteral("rendering the prepared stems"));
    ProgressRange rendering(progress, 0, 50);
    const Result<PreparedStems> stems
        = PreparedStemRenderer(PreparedStemOptions {request.threads})
              .render(request.prepared, request.audioDirectory, request.outputDirectory, rendering);
    if (!stems)
        return stems.error();

    progress.setMessage(QStringLiteral("analysing the prepared stems"));
    ProgressRange analysing(progress, 50, 98);
    const Result<SessionAnalysis> analysis = SessionAnalyzer().analyse(
        stems->paths(), AutoGrader::analysisOptions(request.exercise, *stems, request.threads), analysing);
    if (!analysis)
        return analysis.error();
    if (progress.wasCancelled())
        return makeError(QStringLiteral("cancelled"));

    progress.setMessage(QStringLiteral("grading"));
    const GradingInput input {request.exercise, request.delivered, request.prepared, *stems, *analysis};
    Result<GradingReport> report = AutoGrader(request.rubric).grade(input);
    progress.setProgress(100);
    return report;
}

} // namespace prepmark
