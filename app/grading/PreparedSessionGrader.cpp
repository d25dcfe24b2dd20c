#include "PreparedSessionGrader.h"

#include "AutoGrader.h"

#include "audio/SessionAnalyzer.h"
#include "session/PreparedStemRenderer.h"

namespace prepmark {
namespace {

// Maps a stage's 0..100 onto from..to of the caller's reporter.
class StageProgress : public ProgressReporter
{
public:
    StageProgress(ProgressReporter &outer, int from, int to) : m_outer(outer), m_from(from), m_to(to) { }
    void setProgress(int percent) override
    {
        m_outer.setProgress(m_from + (m_to - m_from) * std::clamp(percent, 0, 100) / 100);
    }
    void setMessage(const QString &message) override { m_outer.setMessage(message); }
    bool wasCancelled() const override { return m_outer.wasCancelled(); }

private:
    ProgressReporter &m_outer;
    int m_from;
    int m_to;
};

} // namespace

Result<GradingReport> PreparedSessionGrader::grade(const GradingRequest &request, ProgressReporter &progress)
{
    progress.setMessage(QStringLiteral("rendering the prepared stems"));
    StageProgress rendering(progress, 0, 50);
    const Result<PreparedStems> stems
        = PreparedStemRenderer(PreparedStemOptions {request.threads})
              .render(request.prepared, request.audioDirectory, request.outputDirectory, &rendering);
    if (!stems)
        return stems.error();

    progress.setMessage(QStringLiteral("analysing the prepared stems"));
    StageProgress analysing(progress, 50, 98);
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
