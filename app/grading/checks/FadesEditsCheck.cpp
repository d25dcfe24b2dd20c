#include "FadesEditsCheck.h"

namespace prepmark {
namespace {

QStringList describe(const FadesEditsCheck::Facts &facts, const QStringList &unfaded, const QStringList &unsized)
{
    QStringList evidence;
    if (facts.edits.audibleEdits() == 0)
        evidence << QStringLiteral("No audible edit found (clicks, or regions that start or stop on sound).");
    if (!facts.edits.clickTracks.isEmpty())
        evidence << QStringLiteral("Clicks: %1.").arg(GradingContext::listNames(facts.edits.clickTracks));
    if (!facts.edits.edgeTracks.isEmpty())
        evidence << QStringLiteral("Hard region edges: %1.").arg(GradingContext::listNames(facts.edits.edgeTracks));
    if (!unfaded.isEmpty())
        evidence << QStringLiteral("%1 tracks without a fade-in or fade-out: %2.")
                        .arg(unfaded.size())
                        .arg(GradingContext::listNames(unfaded));
    if (!unsized.isEmpty())
        evidence << QStringLiteral("Fades longer or shorter than their place allows: %1.")
                        .arg(GradingContext::listNames(unsized));
    if (!facts.unmatchedPairs.isEmpty())
        evidence << QStringLiteral("Related tracks edited at different points: %1.")
                        .arg(facts.unmatchedPairs.join(QStringLiteral(", ")));
    return evidence;
}

} // namespace

FadesEditsCheck::Facts FadesEditsCheck::collect(const GradingContext &context)
{
    Facts facts;
    facts.edits = EditFacts::of(context);
    for (const SessionTrack *track : context.activeTracks())
        facts.fades << Fades {context.displayName(track->id), context.framesToMs(track->fadeInSamples),
            context.framesToMs(track->fadeOutSamples)};
    for (const ExpectedPair &pair : context.key().pairs) {
        const SessionTrack *a = context.preparedTrack(pair.a);
        const SessionTrack *b = context.preparedTrack(pair.b);
        if (a && b && !a->removed && !b->removed && a->cuts != b->cuts)
            facts.unmatchedPairs << QStringLiteral("%1 / %2").arg(
                context.displayName(pair.a), context.displayName(pair.b));
    }
    return facts;
}

CheckOutcome FadesEditsCheck::levelFor(const Facts &facts)
{
    QStringList unfaded, unsized;
    for (const Fades &fades : facts.fades) {
        if (fades.inMs <= 0.0 || fades.outMs <= 0.0)
            unfaded << fades.track;
        else if (fades.inMs < kMinFadeInMs || fades.inMs > kMaxFadeInMs || fades.outMs < kMinFadeOutMs
            || fades.outMs > kMaxFadeOutMs)
            unsized << QStringLiteral("%1 (in %2 ms, out %3 ms)")
                           .arg(fades.track)
                           .arg(fades.inMs, 0, 'f', 1)
                           .arg(fades.outMs, 0, 'f', 1);
    }
    QStringList evidence = describe(facts, unfaded, unsized);
    const int audible = facts.edits.audibleEdits();
    int level = 5;
    if (audible >= 4)
        level = 1;
    else if (audible >= 2 || !unfaded.isEmpty())
        level = 2;
    else if (audible == 1)
        level = 3;
    else if (!unsized.isEmpty())
        level = 3;
    else if (!facts.unmatchedPairs.isEmpty())
        level = 4;
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: listen that no fade cuts a note or a decay short.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
