#pragma once

#include "grading/facts/GradingCheck.h"

namespace prepmark {

// "take_choice" (mr_comp_takes): the takes the answer key rejects (a source with a
// planted pitch or timing fault to fix whose every track the key removes) against the
// session. 1 a rejected take still in the session; 4 every rejected take out (removed
// tracks stay in session.json, so the other takes are kept); 5 as 4, with the choice
// of take stated in the notes. Joins inside a comp are for the lecturer to hear.
// Nothing to judge when the answer key rejects no take.
class TakeChoiceCheck final : public GradingCheck
{
public:
    CheckOutcome judge(const GradingContext &context) const override;
};

} // namespace prepmark
