#include "KeepDeliberateCheck.h"

#include "grading/facts/FaultAssessor.h"

namespace prepmark {

CheckOutcome KeepDeliberateCheck::judge(const GradingContext &context) const
{
    const FaultAssessor assessor(context);
    int total = 0, lost = 0, slight = 0, unflagged = 0;
    QStringList evidence;
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Keep)) {
        const KeepStatus status = assessor.assessKeep(location);
        ++total;
        evidence << status.evidence;
        if (status.lost())
            ++lost;
        else if (!status.intact())
            ++slight;
        if (!status.flagged)
            ++unflagged;
    }
    if (total == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The brief asks to keep nothing deliberate."));
    int level = 5;
    if (lost >= 2)
        level = 1;
    else if (lost == 1 || slight >= 2)
        level = 2;
    else if (slight == 1)
        level = 3;
    else if (unflagged > 0)
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("Kept, but not flagged \"keep — this is intentional\" with a reason on %1 of %2.")
                        .arg(unflagged)
                        .arg(total);
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
