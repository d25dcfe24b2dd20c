#include "ClippingHeadroomCheck.h"

#include <cmath>

namespace prepmark {
namespace {

QString db(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : QStringLiteral("-inf");
}

} // namespace

CheckOutcome ClippingHeadroomCheck::judge(const GradingContext &context) const
{
    QStringList newClips, unaddressed, repairedUnnamed, outOfRange, aboveZero, aboveOne, aboveThree, unrepaired;
    QStringList evidence;
    int judged = 0;
    double loudest = -std::numeric_limits<double>::infinity();
    QString loudestName;
    for (const SessionTrack *track : context.activeTracks()) {
        const PlantedFault *clipping = context.fault(track->id, FaultKind::Clipping);
        const QString name = context.displayName(track->id);
        if (clipping && clipping->intent == FaultIntent::Keep) {
            evidence
                << QStringLiteral("%1 is clipped on purpose (the brief keeps it): not judged for headroom.").arg(name);
            continue;
        }
        const TrackAnalysis *analysis = context.analysisOf(track->id);
        if (!analysis)
            continue;
        ++judged;
        const bool runs = analysis->clipping.runCount > 0;
        if (clipping) {
            const bool named = context.notesMention(track->id);
            if (runs)
                unrepaired << name;
            if (runs && !named)
                unaddressed << name;
            if (!runs && !named)
                repairedUnnamed << name;
        } else if (runs) {
            newClips << QStringLiteral("%1 (%2 runs)").arg(name).arg(analysis->clipping.runCount);
        }
        const double truePeak = analysis->truePeakDbtp;
        const double samplePeak = analysis->samplePeakDbfs;
        if (truePeak > loudest) {
            loudest = truePeak;
            loudestName = name;
        }
        const bool foundation = m_variant == Variant::Foundation;
        const double peak = foundation ? samplePeak : truePeak;
        const QString shown = QStringLiteral("%1 (%2 %3)")
                                  .arg(name, db(peak), foundation ? QStringLiteral("dBFS") : QStringLiteral("dBTP"));
        if (peak > 0.0)
            aboveZero << shown;
        if (peak > -1.0)
            aboveOne << shown;
        if (peak > -3.0)
            aboveThree << shown;
        const SessionTrack *reference = context.reference().track(track->id);
        const bool keyStaging = reference && std::fabs(track->gainDb - reference->gainDb) <= 1.0 && !clipping
            && !context.fault(track->id, FaultKind::Hot);
        const bool inRange = samplePeak >= kTargetLow - kRangeSlackDb && samplePeak <= kTargetHigh + kRangeSlackDb;
        if (!inRange && !keyStaging)
            outOfRange << QStringLiteral("%1 (%2 dBFS)").arg(name, db(samplePeak));
    }
    if (judged == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("No track to judge for clipping and headroom."));

    if (!newClips.isEmpty())
        evidence << QStringLiteral("New clipping after preparation on %1.").arg(GradingContext::listNames(newClips));
    if (!unaddressed.isEmpty())
        evidence << QStringLiteral("Clipped in the source and neither repaired nor named in the notes: %1.")
                        .arg(GradingContext::listNames(unaddressed));
    else if (!unrepaired.isEmpty())
        evidence
            << QStringLiteral("Still clipped but named in the notes: %1.").arg(GradingContext::listNames(unrepaired));
    if (!aboveOne.isEmpty())
        evidence << QStringLiteral("Peaks above -1: %1.").arg(GradingContext::listNames(aboveOne));
    if (!outOfRange.isEmpty())
        evidence << QStringLiteral("Outside the -12 to -6 dBFS target range (and not at the answer key's gain): %1.")
                        .arg(GradingContext::listNames(outOfRange));
    evidence << QStringLiteral("Loudest true peak: %1 dBTP on %2.").arg(db(loudest), loudestName);

    int level = 5;
    if (m_variant == Variant::Default) {
        if (!newClips.isEmpty() || !aboveZero.isEmpty() || unaddressed.size() >= 3)
            level = 1;
        else if (!unaddressed.isEmpty() || !aboveOne.isEmpty())
            level = 2;
        else if (outOfRange.size() > 2)
            level = 2;
        else if (!outOfRange.isEmpty() || !aboveThree.isEmpty())
            level = 3;
        else if (!repairedUnnamed.isEmpty() || !unrepaired.isEmpty())
            level = 4;
        if (level == 2 && unaddressed.isEmpty() && aboveOne.isEmpty())
            evidence << QStringLiteral("More than 2 tracks outside the target range.");
        if (level == 4 && !repairedUnnamed.isEmpty())
            evidence << QStringLiteral("Repaired but not listed in the notes: %1.")
                            .arg(GradingContext::listNames(repairedUnnamed));
    } else {
        if (!newClips.isEmpty())
            level = 1;
        else if (!unaddressed.isEmpty() || !aboveOne.isEmpty())
            level = 2;
        else if (!outOfRange.isEmpty())
            level = 3;
        else if (!unrepaired.isEmpty() || !repairedUnnamed.isEmpty())
            level = 4;
    }
    if (level >= 4)
        evidence << QStringLiteral("For the lecturer: the positions of repaired clip runs in the notes.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
