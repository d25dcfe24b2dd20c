#include "MarkersTidyFoundationCheck.h"

#include "SectionMarkersCheck.h"
#include "grading/facts/CleanupFacts.h"

namespace prepmark {

CheckOutcome MarkersTidyFoundationCheck::judge(const GradingContext &context) const
{
    const SectionMarkersCheck::Facts markers = SectionMarkersCheck::compare(context);
    const CleanupFacts cleanup = CleanupFacts::of(context);
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
