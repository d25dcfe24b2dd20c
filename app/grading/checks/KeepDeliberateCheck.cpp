#include "KeepDeliberateCheck.h"

namespace prepmark {

KeepDeliberateCheck::Facts KeepDeliberateCheck::collect(const GradingContext &context)
{
    const FaultAssessor assessor(context);
    Facts facts;
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Keep))
        facts.keeps << assessor.assessKeep(location);
    return facts;
}

CheckOutcome KeepDeliberateCheck::levelFor(const Facts &facts)
{
    const int total = int(facts.keeps.size());
    if (total == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The brief asks to keep nothing deliberate."));
    int lost = 0, slight = 0, unflagged = 0;
    QStringList evidence;
    for (const KeepStatus &status : facts.keeps) {
        evidence << status.evidence;
        if (status.lost())
            ++lost;
        else if (!status.intact())
            ++slight;
        if (!status.flagged)
            ++unflagged;
    }
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
