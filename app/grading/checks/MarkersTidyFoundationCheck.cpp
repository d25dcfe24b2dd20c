#include "MarkersTidyFoundationCheck.h"

namespace prepmark {

MarkersTidyFoundationCheck::Facts MarkersTidyFoundationCheck::collect(const GradingContext &context)
{
    return Facts {SectionMarkersCheck::collect(context), CleanupFacts::of(context)};
}

CheckOutcome MarkersTidyFoundationCheck::levelFor(const Facts &facts)
{
    const SectionMarkersCheck::Facts &markers = facts.markers;
    const CleanupFacts &cleanup = facts.cleanup;
    QStringList evidence = SectionMarkersCheck::describe(markers) + cleanup.evidence();
    int level = 5;
    if (markers.markers == 0 || cleanup.leftIn.size() >= 3 || cleanup.misplaced.size() >= 2)
        level = 1;
    else if (!markers.missingMain.isEmpty() || !cleanup.leftIn.isEmpty() || !cleanup.misplaced.isEmpty()
        || !cleanup.lost.isEmpty())
        level = 2;
    else if (markers.exact + markers.misnamed < markers.sections)
        level = 3;
    else if (markers.misnamed > 0 || !cleanup.lengthIssues.isEmpty())
        level = 4;
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
