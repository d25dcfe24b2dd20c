#include "EditFacts.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

// Clicks the analysis found away from the region's edges: a click within a fade (plus
// kEdgeGuardMs) of where the region starts or ends is the edge itself, which the hard
// edge test judges. Only the listed clicks have positions; the unlisted rest count as
// inside.
qint64 clicksInside(const GradingContext &context, const SessionTrack &track, const TrackAnalysis &analysis)
{
    const int rate = analysis.format.sampleRate > 0 ? analysis.format.sampleRate : context.prepared().sampleRate;
    const double scale = double(rate) / context.prepared().sampleRate; // session frames -> stem frames
    const qint64 fileFrames = track.fileSampleRate > 0
        ? std::llround(double(track.fileFrames) * context.prepared().sampleRate / track.fileSampleRate)
        : track.fileFrames;
    const double guard = EditFacts::kEdgeGuardMs * context.prepared().sampleRate / 1000.0;
    const double start = double(track.offsetSamples);
    const double end = double(track.offsetSamples + fileFrames);
    qint64 atEdges = 0;
    for (const Click &click : analysis.clicks) {
        const double at = double(click.frame) / scale;
        if ((at >= start && at < start + double(track.fadeInSamples) + guard)
            || (at < end && at >= end - double(track.fadeOutSamples) - guard))
            ++atEdges;
    }
    return std::max<qint64>(0, analysis.clickCount - atEdges);
}

} // namespace

EditFacts EditFacts::of(const GradingContext &context)
{
    EditFacts facts;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString name = context.displayName(track->id);
        // A kept crackle, clicks, clipping or distortion is full of sharp edges the
        // click detector cannot tell from edits: those tracks are left out.
        bool keptEdges = false;
        for (FaultKind kind :
            {FaultKind::Crackle, FaultKind::Clicks, FaultKind::Clipping, FaultKind::Distortion, FaultKind::Lofi}) {
            const PlantedFault *fault = context.fault(track->id, kind);
            keptEdges = keptEdges || (fault && fault->intent == FaultIntent::Keep);
        }
        const TrackAnalysis *analysis = context.analysisOf(track->id);
        const qint64 inside = analysis && !keptEdges ? clicksInside(context, *track, *analysis) : 0;
        if (inside > 0) {
            facts.insideClicks += int(inside);
            facts.clickTracks << QStringLiteral("%1 (%2)").arg(name).arg(inside);
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
