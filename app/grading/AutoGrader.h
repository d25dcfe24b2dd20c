#pragma once

#include "grading/facts/GradingInput.h"
#include "grading/facts/GradingReport.h"

#include "audio/SessionAnalyzer.h"

#include "core/Result.h"
#include "core/Rubric.h"

namespace prepmark {

// Grades a prepared session against a rubric. Each criterion whose rubric entry names a
// "check" (rubrics/*.json; the names are CheckCatalogue's) is judged by that check, which
// gives a provisional level following the criterion's level descriptors and evidence
// lines; every other criterion is lecturer only (level nullopt). Dimension scores are
// core's dimensionScore() over the judged criteria, the verdict VerdictEngine's
// conjunctive verdict over the judged dimensions (see GradingReport).
//
// A check's level is the highest level whose conditions it can verify. Conditions of a
// level that a machine cannot see (how a reference reads, whether a join is audible)
// are named in the evidence for the lecturer to confirm and do not lower the level.
//
// Pure: no I/O. Thread-safety: grade() is const and may run on any thread.
class AutoGrader
{
public:
    explicit AutoGrader(Rubric rubric);

    const Rubric &rubric() const { return m_rubric; }

    // Fails when the prepared session does not belong to the exercise (a track id the
    // exercise does not know, a missing track, another sample rate or length) or names
    // a stem the analysis does not have; the message names the track and the field.
    Result<GradingReport> grade(const GradingInput &input) const;

    // The analysis request grading expects: every stem, the answer key's pairs (a, b)
    // between the stems of their tracks, no pairs guessed from names.
    static AnalysisOptions analysisOptions(const Exercise &exercise, const PreparedStems &stems, int threads = 0);

private:
    Rubric m_rubric;
};

} // namespace prepmark
