#include "IntentJustificationCheck.h"

#include "grading/facts/FaultAssessor.h"

namespace prepmark {

IntentJustificationCheck::Reasons IntentJustificationCheck::reasons(const GradingContext &context)
{
    Reasons result;
    const FaultAssessor assessor(context);
    int keptTopicsCovered = 0;
    for (const NoteTopic &topic : context.key().topics) {
        if (topic.kind == NoteTopic::Kind::Kept && context.notesCover(topic))
            ++keptTopicsCovered;
        if (topic.kind == NoteTopic::Kind::Fixed) {
            ++result.decisions;
            if (context.notesCover(topic))
                ++result.justified;
            else
                result.missing << topic.text;
        }
    }
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Keep)) {
        const KeepStatus status = assessor.assessKeep(location);
        ++result.decisions;
        if (status.lost())
            ++result.keepsLost;
        if (!status.flagged)
            ++result.keepsUnflagged;
        if (status.flagged) {
            ++result.justified;
        } else if (keptTopicsCovered > 0) {
            --keptTopicsCovered;
            ++result.justified;
        } else {
            result.missing << QStringLiteral("why the %1 is kept").arg(describeFault(location.fault));
        }
    }
    return result;
}

CheckOutcome IntentJustificationCheck::levelFor(const Facts &found)
{
    if (found.decisions == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("No keep or fix decision in the answer key to justify."));
    QStringList evidence;
    evidence << QStringLiteral("Reasons given for %1 of %2 keep and fix decisions.")
                    .arg(found.justified)
                    .arg(found.decisions);
    if (!found.missing.isEmpty())
        evidence << QStringLiteral("No reason found for: %1").arg(GradingContext::listNames(found.missing, 3));
    if (found.keepsLost > 0)
        evidence << QStringLiteral(
            "%1 deliberate feature(s) the brief keeps were removed or changed: a decision against the brief.")
                        .arg(found.keepsLost);
    const double share = found.share();
    int level = 5;
    if (found.justified == 0)
        level = 1;
    else if (share < 0.75 || found.keepsLost > 0)
        level = 2;
    else if (share < 1.0)
        level = 3;
    else if (found.keepsUnflagged > 0)
        level = 4;
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: that each reason points to the brief or the artist's notes.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
