#pragma once

#include "grading/facts/GradingCheck.h"

namespace prepmark {

// "format_clicks" (si_format_edit_clicks): the format of every prepared stem against
// the session's, and the clicks of EditFacts.
//   1: a file left at another sample rate (plays at the wrong speed), or 5+ clicks;
//   2: a file below the session's bit depth, or 3-4 clicks;
//   3: every file in the session format; at most 2 clicks;
//   4: no click inside the song, at most 1 hard region edge;
//   5: no click at all, and every converted file named in the notes.
class FormatClicksCheck final : public GradingCheck
{
public:
    CheckOutcome judge(const GradingContext &context) const override;
};

} // namespace prepmark
