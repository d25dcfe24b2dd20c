#pragma once

#include "grading/facts/CleanupFacts.h"
#include "grading/facts/GradingCheck.h"

namespace prepmark {

// "cleanup_consolidation" (wf_cleanup_consolidation), from CleanupFacts:
// 1 two or more files not placed where they belong, or 4+ unwanted tracks left in;
// 2 one such file, or 2-3 unwanted tracks; 3 every file placed, at most 1 unwanted;
// 4 none left in, every stem the session's length; 5 as 4 (the prepared stems are
// named after their tracks, one file per track). A track the mix needs that was
// removed caps the level at 2 (the delivery is missing a part).
class CleanupConsolidationCheck final : public GradingCheck
{
public:
    using Facts = CleanupFacts;

    static Facts collect(const GradingContext &context) { return CleanupFacts::of(context); }
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
