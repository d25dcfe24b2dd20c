#include "FixAgainstBriefCheck.h"

namespace prepmark {
namespace {

struct Tally
{
    int unaddressed = 0; // neither fixed nor named
    int onlyNamed = 0; // named in the notes, not fixed
    QStringList open; // their evidence
    QStringList lost; // evidence of the deliberate features removed or cleaned
};

Tally tally(const FixAgainstBriefCheck::Facts &facts)
{
    Tally result;
    for (const FixStatus &status : facts.fixes) {
        // a fault PrepMark's session cannot edit counts as fixed when named
        const bool fixed = status.fixed || (!status.fixable && status.mentioned);
        if (!fixed && !status.mentioned) {
            ++result.unaddressed;
            result.open << status.evidence;
        } else if (!fixed) {
            ++result.onlyNamed;
            result.open << status.evidence + QStringLiteral(" (named in the notes)");
        }
    }
    for (const KeepStatus &status : facts.keeps) {
        if (status.removed || status.cleaned)
            result.lost << status.evidence;
    }
    return result;
}

} // namespace

FixAgainstBriefCheck::Facts FixAgainstBriefCheck::collect(const GradingContext &context)
{
    const FaultAssessor assessor(context);
    Facts facts;
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Fix))
        facts.fixes << assessor.assessFix(location);
    for (const FaultLocation &location : context.exercise().faultsWithIntent(FaultIntent::Keep))
        facts.keeps << assessor.assessKeep(location);
    for (const NoteTopic &topic : context.key().topics) {
        if (topic.kind == NoteTopic::Kind::Question && !context.notesCover(topic))
            facts.questionsRaised = false;
    }
    facts.reasons = IntentJustificationCheck::reasons(context);
    return facts;
}

CheckOutcome FixAgainstBriefCheck::levelFor(const Facts &facts, Variant variant)
{
    const int total = int(facts.fixes.size());
    const Tally found = tally(facts);
    const int unaddressed = found.unaddressed;
    const int onlyNamed = found.onlyNamed;
    const bool lost = !found.lost.isEmpty();
    if (total == 0 && !lost)
        return CheckOutcome::nothingToJudge(QStringLiteral("The brief asks for no fix."));
    QStringList evidence {QStringLiteral("%1 of %2 faults that work against the brief fixed.")
                              .arg(total - unaddressed - onlyNamed)
                              .arg(total)};
    evidence << found.lost;
    if (!found.open.isEmpty())
        evidence << GradingContext::listNames(found.open, 4);

    int level = 5;
    if (variant == Variant::Default) {
        if (unaddressed >= 2)
            level = 1;
        else if (unaddressed == 1 || lost)
            level = 2;
        else if (onlyNamed > 0)
            level = 3;
        else if (!facts.questionsRaised)
            level = 4;
    } else {
        const double share = facts.reasons.share();
        evidence << QStringLiteral("Reasons given for %1 of %2 keep and fix decisions.")
                        .arg(facts.reasons.justified)
                        .arg(facts.reasons.decisions);
        if (unaddressed >= 2 || lost)
            level = 1;
        else if (unaddressed == 1 || share < 0.5)
            level = 2;
        else if (onlyNamed > 0 || share < 1.0)
            level = 3;
        else if (!facts.questionsRaised)
            level = 4;
    }
    if (level == 4)
        evidence << QStringLiteral("Not every open point is raised with the artist.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
