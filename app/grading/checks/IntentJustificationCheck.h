#pragma once

#include "grading/facts/GradingCheck.h"

namespace prepmark {

// "intent_justification" (ci_intent_justification): reasons for the keep and fix
// decisions. A keep decision has a reason when its track carries "keep" with a reason,
// or a kept topic of the answer key is covered by the notes; fix decisions are counted
// by the answer key's fixed topics the notes cover. 1 no reason at all; 2 under three
// quarters, or a deliberate feature lost (a decision against the brief); 3 at least
// three quarters; 4 all (PrepMark's session is non-destructive, so every decision can
// be undone); 5 as 4 with every keep flagged on its track and nothing deliberate lost.
class IntentJustificationCheck final : public GradingCheck
{
public:
    struct Reasons
    {
        int decisions = 0;
        int justified = 0;
        int keepsLost = 0;
        int keepsUnflagged = 0;
        QStringList missing; // what has no reason
        double share() const { return decisions > 0 ? double(justified) / decisions : 1.0; }
    };
    using Facts = Reasons;
    // Shared with FixAgainstBriefCheck's foundation variant.
    static Reasons reasons(const GradingContext &context);
    static Facts collect(const GradingContext &context) { return reasons(context); }
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
