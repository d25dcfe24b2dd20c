#include "FadesEditsCheck.h"

#include "grading/facts/EditFacts.h"

namespace prepmark {

CheckOutcome FadesEditsCheck::judge(const GradingContext &context) const
{
    const EditFacts edits = EditFacts::of(context);
    QStringList unfaded, unsized, evidence;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString name = context.displayName(track->id);
        const double in = context.framesToMs(track->fadeInSamples);
        const double out = context.framesToMs(track->fadeOutSamples);
        if (track->fadeInSamples <= 0 || track->fadeOutSamples <= 0)
            unfaded << name;
        else if (in < kMinFadeInMs || in > kMaxFadeInMs || out < kMinFadeOutMs || out > kMaxFadeOutMs)
            unsized << QStringLiteral("%1 (in %2 ms, out %3 ms)").arg(name).arg(in, 0, 'f', 1).arg(out, 0, 'f', 1);
    }
    QStringList unmatched;
    for (const ExpectedPair &pair : context.key().pairs) {
        const SessionTrack *a = context.preparedTrack(pair.a);
        const SessionTrack *b = context.preparedTrack(pair.b);
        if (a && b && !a->removed && !b->removed && a->cuts != b->cuts)
            unmatched << QStringLiteral("%1 / %2").arg(context.displayName(pair.a), context.displayName(pair.b));
    }
    const int audible = edits.audibleEdits();
    if (audible == 0)
        evidence << QStringLiteral("No audible edit found (clicks, or regions that start or stop on sound).");
    if (!edits.clickTracks.isEmpty())
        evidence << QStringLiteral("Clicks: %1.").arg(GradingContext::listNames(edits.clickTracks));
    if (!edits.edgeTracks.isEmpty())
        evidence << QStringLiteral("Hard region edges: %1.").arg(GradingContext::listNames(edits.edgeTracks));
    if (!unfaded.isEmpty())
        evidence << QStringLiteral("%1 tracks without a fade-in or fade-out: %2.")
                        .arg(unfaded.size())
                        .arg(GradingContext::listNames(unfaded));
    if (!unsized.isEmpty())
        evidence << QStringLiteral("Fades longer or shorter than their place allows: %1.")
                        .arg(GradingContext::listNames(unsized));
    if (!unmatched.isEmpty())
        evidence << QStringLiteral("Related tracks edited at different points: %1.")
                        .arg(unmatched.join(QStringLiteral(", ")));

    int level = 5;
    if (audible >= 4)
        level = 1;
    else if (audible >= 2 || !unfaded.isEmpty())
        level = 2;
    else if (audible == 1)
        level = 3;
    else if (!unsized.isEmpty())
        level = 3;
    else if (!unmatched.isEmpty())
        level = 4;
    if (level >= 3)
        evidence << QStringLiteral("For the lecturer: listen that no fade cuts a note or a decay short.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
