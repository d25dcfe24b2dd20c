#pragma once

#include "grading/facts/FaultAssessor.h"
#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "keep_deliberate" (ci_keep_deliberate, f_ci_keep): every planted fault the brief wants
// kept (FaultAssessor::assessKeep). Lost: its track removed, a step that would remove
// it applied (denoise on wanted hiss, declip on intended distortion, ...), gated
// between phrases, measurably gone from the prepared stem (noise floor 10 dB under the
// planted level, no clipping or crackle left), or turned down more than 3 dB against
// the answer key. 1 two or more lost; 2 one lost, or two or more changed slightly; 3 at
// most one changed slightly (level within 3 dB); 4 every one intact (level within
// 1 dB, no such step); 5 as 4, each flagged "keep" with a reason on its track, so later
// work leaves it alone. Nothing to judge when the brief keeps nothing.
class KeepDeliberateCheck final : public GradingCheck
{
public:
    struct Facts
    {
        QVector<KeepStatus> keeps; // every planted fault the brief keeps; none: nothing to judge
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
