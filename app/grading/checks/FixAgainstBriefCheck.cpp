#include "FixAgainstBriefCheck.h"

#include "IntentJustificationCheck.h"
#include "grading/facts/FaultAssessor.h"

namespace prepmark {

CheckOutcome FixAgainstBriefCheck::judge(const GradingContext &context) const
{
    const FaultAssessor assessor(context);
    int total = 0, unaddressed = 0, onlyNamed = 0, lost = 0;
    QStringList evidence, open;
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Fix)) {
        const FixStatus status = assessor.assessFix(location);
        ++total;
        const bool fixed = status.fixed || (!status.fixable && status.mentioned);
        if (!fixed && !status.mentioned) {
            ++unaddressed;
            open << status.evidence;
        } else if (!fixed) {
            ++onlyNamed;
            open << status.evidence + QStringLiteral(" (named in the notes)");
        }
    }
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Keep)) {
        const KeepStatus status = assessor.assessKeep(location);
        if (status.removed || status.cleaned) {
            ++lost;
            evidence << status.evidence;
        }
    }
    if (total == 0 && lost == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The brief asks for no fix."));
    evidence.prepend(QStringLiteral("%1 of %2 faults that work against the brief fixed.")
                         .arg(total - unaddressed - onlyNamed)
                         .arg(total));
    if (!open.isEmpty())
        evidence << GradingContext::listNames(open, 4);
    bool allQuestions = true;
    for (const NoteTopic &topic : context.key().topics) {
        if (topic.kind == NoteTopic::Kind::Question && !context.notesCover(topic))
            allQuestions = false;
    }

    int level = 5;
    if (m_variant == Variant::Default) {
        if (unaddressed >= 2)
            level = 1;
        else if (unaddressed == 1 || lost > 0)
            level = 2;
        else if (onlyNamed > 0)
            level = 3;
        else if (!allQuestions)
            level = 4;
    } else {
        const IntentJustificationCheck::Reasons reasons = IntentJustificationCheck::reasons(context);
        evidence << QStringLiteral("Reasons given for %1 of %2 keep and fix decisions.")
                        .arg(reasons.justified)
                        .arg(reasons.decisions);
        if (unaddressed >= 2 || lost > 0)
            level = 1;
        else if (unaddressed == 1 || reasons.share() < 0.5)
            level = 2;
        else if (onlyNamed > 0 || reasons.share() < 1.0)
            level = 3;
        else if (!allQuestions)
            level = 4;
    }
    if (level == 4)
        evidence << QStringLiteral("Not every open point is raised with the artist.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
