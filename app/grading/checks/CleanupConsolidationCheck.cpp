#include "CleanupConsolidationCheck.h"

#include <algorithm>

namespace prepmark {

CheckOutcome CleanupConsolidationCheck::levelFor(const Facts &facts)
{
    QStringList evidence = facts.evidence();
    int level = 5;
    if (facts.misplaced.size() >= 2 || facts.leftIn.size() >= 4)
        level = 1;
    else if (facts.misplaced.size() == 1 || facts.leftIn.size() >= 2)
        level = 2;
    else if (facts.leftIn.size() == 1)
        level = 3;
    else if (!facts.lengthIssues.isEmpty())
        level = 3;
    if (!facts.lost.isEmpty())
        level = std::min(level, 2);
    if (level == 5)
        evidence << QStringLiteral(
            "Nothing left to delete; every file starts at the session start with the same length, "
            "named after its track.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
