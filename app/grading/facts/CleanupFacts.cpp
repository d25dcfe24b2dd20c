#include "CleanupFacts.h"

#include <cmath>

namespace prepmark {

CleanupFacts CleanupFacts::of(const GradingContext &context)
{
    CleanupFacts facts;
    for (const SessionTrack &track : context.prepared().tracks) {
        const ExpectedTrack *expected = context.expected(track.id);
        const QString name = context.displayName(track.id);
        if (!expected)
            continue;
        if (expected->remove && !track.removed) {
            facts.leftIn << QStringLiteral("%1 (%2)").arg(name, expected->removeReason);
            continue;
        }
        if (!expected->remove && track.removed) {
            facts.lost << name;
            continue;
        }
        if (track.removed)
            continue;
        if (const TrackAnalysis *analysis = context.analysisOf(track.id); analysis && analysis->silent)
            facts.leftIn << QStringLiteral("%1 (silent after preparation)").arg(name);
        if (context.fault(track.id, FaultKind::Unconsolidated)) {
            const SessionTrack *reference = context.reference().track(track.id);
            const double errorMs = context.framesToMs(track.offsetSamples - reference->offsetSamples);
            if (std::fabs(errorMs) > kPlacementToleranceMs)
                facts.misplaced
                    << QStringLiteral("%1 (%2 s from where it belongs)").arg(name).arg(errorMs / 1000.0, 0, 'f', 2);
        }
    }
    for (const AnalysisIssue &issue : context.analysis().issues) {
        if (issue.kind == IssueKind::LengthMismatch || issue.kind == IssueKind::StartMismatch)
            facts.lengthIssues << issue.message;
    }
    return facts;
}

QStringList CleanupFacts::evidence() const
{
    QStringList lines;
    if (!leftIn.isEmpty())
        lines << QStringLiteral("Still in the session but not wanted: %1.").arg(GradingContext::listNames(leftIn, 4));
    if (!misplaced.isEmpty())
        lines << QStringLiteral(
            "Not placed where they belong, so the session cannot be rebuilt from files at zero: %1.")
                     .arg(GradingContext::listNames(misplaced));
    if (!lost.isEmpty())
        lines << QStringLiteral("Removed although the mix needs them: %1.").arg(GradingContext::listNames(lost));
    for (const QString &issue : lengthIssues)
        lines << issue;
    return lines;
}

} // namespace prepmark
