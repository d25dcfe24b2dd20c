#pragma once

#include "SectionMarkersCheck.h"
#include "grading/facts/CleanupFacts.h"
#include "grading/facts/GradingCheck.h"

namespace prepmark {

// "markers_tidy_foundation" (f_wf_markers_tidy): SectionMarkersCheck's facts and
// CleanupFacts together. 1 no markers, or 3+ unwanted tracks left in, or 2+ files not
// placed where they belong; 2 a main section missing, or 1-2 unwanted tracks, or 1
// such file; 3 every main section marked, nothing unwanted, every file placed; 4 every
// section marked within 1 beat; 5 as 4 with the sections' names (unused takes stay in
// session.json as removed tracks, never deleted).
class MarkersTidyFoundationCheck final : public GradingCheck
{
public:
    struct Facts
    {
        SectionMarkersCheck::Facts markers;
        CleanupFacts cleanup;
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
