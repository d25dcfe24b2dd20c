#pragma once

#include "grading/facts/GradingReport.h"

#include "session/Session.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"
#include "core/Rubric.h"
#include "exercise/Exercise.h"

#include <QString>

namespace prepmark {

struct GradingRequest
{
    Rubric rubric;
    Exercise exercise; // as rendered (an ExerciseExcerpt for an excerpt render)
    Session delivered; // the delivered session.json of that render
    Session prepared; // the student's preparation of it
    QString audioDirectory; // where prepared.tracks[].file resolve (the delivered session's folder)
    QString outputDirectory; // where the prepared stems are written (created; stems replaced)
    int threads = 0; // 0 = one per core
};

// The whole of "submit": renders the prepared stems (PreparedStemRenderer), analyses
// them (SessionAnalyzer, with the answer key's pairs), and grades them (AutoGrader).
// Progress: rendering 0-50, analysis 50-98, grading to 100; cancellation returns an
// Error ("cancelled"). Blocking; const and safe to run on a worker thread (e.g.
// QtConcurrent::run), with a ProgressReporter that accepts calls from any thread.
//
//   GradingRequest request{rubric, exercise, delivered, prepared,
//                          renderedSession.directory, draftDir + "/prepared-stems"};
//   const Result<GradingReport> report = PreparedSessionGrader::grade(request, progress);
//   if (!report) showError(report.errorMessage());   // names the file or field
//   for (const CriterionGrade &c : report->criteria) ... c.level (nullopt: lecturer only), c.evidence
//   report->verdict (adequate, blocking, dimensions), report->lecturerOnlyDimensions
class PreparedSessionGrader
{
public:
    static Result<GradingReport> grade(const GradingRequest &request, ProgressReporter &progress);
};

} // namespace prepmark
