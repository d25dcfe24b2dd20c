#pragma once

#include "audio/SessionAnalysis.h"
#include "session/PreparedStemRenderer.h"
#include "session/Session.h"

#include "exercise/Exercise.h"

namespace prepmark {

// Everything a grade is computed from. The grader compares the prepared session and
// the analysis of its rendered stems with the exercise's answer key; the delivered
// session gives the starting point (what the student changed), and the answer key's
// own preparation of it (ReferencePreparation) the model answer.
struct GradingInput
{
    Exercise exercise; // as rendered: pass the ExerciseExcerpt when an excerpt was rendered
    Session delivered; // the delivered session.json of that render
    Session prepared; // the student's session (same track ids)
    PreparedStems stems; // PreparedStemRenderer's output for `prepared`
    // SessionAnalyzer's analysis of stems.paths(), with the answer key's pairs requested
    // (AutoGrader::analysisOptions() builds the request).
    SessionAnalysis analysis;
};

} // namespace prepmark
