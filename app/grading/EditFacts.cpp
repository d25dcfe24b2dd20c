#include "EditFacts.h"

namespace prepmark {

EditFacts EditFacts::of(const GradingContext &context)
{
    EditFacts facts;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString name = context.displayName(track->id);
        bool keptClicks = false;
        for (FaultKind kind : {FaultKind::Crackle, FaultKind::Clicks}) {
            const PlantedFault *fault = context.fault(track->id, kind);
            keptClicks = keptClicks || (fault && fault->intent == FaultIntent::Keep);
        }
        const TrackAnalysis *analysis = context.analysisOf(track->id);
        if (analysis && !keptClicks && analysis->clickCount > 0) {
            facts.insideClicks += int(analysis->clickCount);
            facts.clickTracks << QStringLiteral("%1 (%2)").arg(name).arg(analysis->clickCount);
        }
        const PreparedStem *stem = context.stemOf(track->id);
        if (!stem)
            continue;
        if (stem->startEdgeDbfs > kHardEdgeDbfs && stem->fadeInMs < kMinFadeMs) {
            ++facts.hardEdges;
            facts.edgeTracks << QStringLiteral("%1 (start, %2 dBFS)").arg(name).arg(stem->startEdgeDbfs, 0, 'f', 0);
        }
        if (stem->endEdgeDbfs > kHardEdgeDbfs && stem->fadeOutMs < kMinFadeMs) {
            ++facts.hardEdges;
            facts.edgeTracks << QStringLiteral("%1 (end, %2 dBFS)").arg(name).arg(stem->endEdgeDbfs, 0, 'f', 0);
        }
    }
    return facts;
}

} // namespace prepmark
