#include "ClippingHeadroomCheck.h"

#include <cmath>
#include <limits>

namespace prepmark {
namespace {

using Track = ClippingHeadroomCheck::Track;

QString db(double value)
{
    return std::isfinite(value) ? QString::number(value, 'f', 1) : QStringLiteral("-inf");
}

// The judged tracks sorted by what they show, as "Name (detail)".
struct Findings
{
    int judged = 0;
    QStringList newClips, unaddressed, repairedUnnamed, unrepaired;
    QStringList outOfRange, aboveZero, aboveOne, aboveThree;
    double loudest = -std::numeric_limits<double>::infinity(); // dBTP
    QString loudestName;
};

bool atKeyGain(const Track &track)
{
    return track.gainFromKeyDb && std::fabs(*track.gainFromKeyDb) <= ClippingHeadroomCheck::kKeyGainToleranceDb
        && !track.plantedClipping && !track.plantedHot;
}

void sortTrack(const Track &track, bool foundation, Findings &found)
{
    ++found.judged;
    const bool runs = track.clipRuns > 0;
    if (track.plantedClipping) {
        if (runs)
            found.unrepaired << track.name;
        if (runs && !track.named)
            found.unaddressed << track.name;
        if (!runs && !track.named)
            found.repairedUnnamed << track.name;
    } else if (runs) {
        found.newClips << QStringLiteral("%1 (%2 runs)").arg(track.name).arg(track.clipRuns);
    }
    if (track.truePeakDbtp > found.loudest) {
        found.loudest = track.truePeakDbtp;
        found.loudestName = track.name;
    }
    const double peak = foundation ? track.samplePeakDbfs : track.truePeakDbtp;
    const QString shown = QStringLiteral("%1 (%2 %3)")
                              .arg(track.name, db(peak), foundation ? QStringLiteral("dBFS") : QStringLiteral("dBTP"));
    if (peak > 0.0)
        found.aboveZero << shown;
    if (peak > -1.0)
        found.aboveOne << shown;
    if (peak > -3.0)
        found.aboveThree << shown;
    const double sample = track.samplePeakDbfs;
    const bool inRange = sample >= ClippingHeadroomCheck::kTargetLow - ClippingHeadroomCheck::kRangeSlackDb
        && sample <= ClippingHeadroomCheck::kTargetHigh + ClippingHeadroomCheck::kRangeSlackDb;
    if (!inRange && !atKeyGain(track))
        found.outOfRange << QStringLiteral("%1 (%2 dBFS)").arg(track.name, db(sample));
}

QStringList describe(const Findings &found)
{
    QStringList evidence;
    if (!found.newClips.isEmpty())
        evidence
            << QStringLiteral("New clipping after preparation on %1.").arg(GradingContext::listNames(found.newClips));
    if (!found.unaddressed.isEmpty())
        evidence << QStringLiteral("Clipped in the source and neither repaired nor named in the notes: %1.")
                        .arg(GradingContext::listNames(found.unaddressed));
    else if (!found.unrepaired.isEmpty())
        evidence << QStringLiteral("Still clipped but named in the notes: %1.")
                        .arg(GradingContext::listNames(found.unrepaired));
    if (!found.aboveOne.isEmpty())
        evidence << QStringLiteral("Peaks above -1: %1.").arg(GradingContext::listNames(found.aboveOne));
    if (!found.outOfRange.isEmpty())
        evidence << QStringLiteral("Outside the -12 to -6 dBFS target range (and not at the answer key's gain): %1.")
                        .arg(GradingContext::listNames(found.outOfRange));
    evidence << QStringLiteral("Loudest true peak: %1 dBTP on %2.").arg(db(found.loudest), found.loudestName);
    return evidence;
}

int defaultLevel(const Findings &found, QStringList &evidence)
{
    int level = 5;
    if (!found.newClips.isEmpty() || !found.aboveZero.isEmpty() || found.unaddressed.size() >= 3)
        level = 1;
    else if (!found.unaddressed.isEmpty() || !found.aboveOne.isEmpty())
        level = 2;
    else if (found.outOfRange.size() > 2)
        level = 2;
    else if (!found.outOfRange.isEmpty() || !found.aboveThree.isEmpty())
        level = 3;
    else if (!found.repairedUnnamed.isEmpty() || !found.unrepaired.isEmpty())
        level = 4;
    if (level == 2 && found.unaddressed.isEmpty() && found.aboveOne.isEmpty())
        evidence << QStringLiteral("More than 2 tracks outside the target range.");
    if (level == 4 && !found.repairedUnnamed.isEmpty())
        evidence << QStringLiteral("Repaired but not listed in the notes: %1.")
                        .arg(GradingContext::listNames(found.repairedUnnamed));
    return level;
}

int foundationLevel(const Findings &found)
{
    if (!found.newClips.isEmpty())
        return 1;
    if (!found.unaddressed.isEmpty() || !found.aboveOne.isEmpty())
        return 2;
    if (!found.outOfRange.isEmpty())
        return 3;
    if (!found.unrepaired.isEmpty() || !found.repairedUnnamed.isEmpty())
        return 4;
    return 5;
}

} // namespace

ClippingHeadroomCheck::Facts ClippingHeadroomCheck::collect(const GradingContext &context)
{
    Facts facts;
    for (const SessionTrack *track : context.activeTracks()) {
        const PlantedFault *clipping = context.fault(track->id, FaultKind::Clipping);
        Track judged;
        judged.name = context.displayName(track->id);
        if (clipping && clipping->intent == FaultIntent::Keep) {
            judged.keptClipping = true;
            facts.tracks << judged;
            continue;
        }
        const TrackAnalysis *analysis = context.analysisOf(track->id);
        if (!analysis)
            continue;
        judged.plantedClipping = clipping;
        judged.plantedHot = context.fault(track->id, FaultKind::Hot);
        judged.named = context.notesMention(track->id);
        judged.clipRuns = analysis->clipping.runCount;
        judged.truePeakDbtp = analysis->truePeakDbtp;
        judged.samplePeakDbfs = analysis->samplePeakDbfs;
        if (const SessionTrack *reference = context.reference().track(track->id))
            judged.gainFromKeyDb = track->gainDb - reference->gainDb;
        facts.tracks << judged;
    }
    return facts;
}

CheckOutcome ClippingHeadroomCheck::levelFor(const Facts &facts, Variant variant)
{
    const bool foundation = variant == Variant::Foundation;
    QStringList evidence;
    Findings found;
    for (const Track &track : facts.tracks) {
        if (track.keptClipping)
            evidence << QStringLiteral("%1 is clipped on purpose (the brief keeps it): not judged for headroom.")
                            .arg(track.name);
        else
            sortTrack(track, foundation, found);
    }
    if (found.judged == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("No track to judge for clipping and headroom."));
    evidence << describe(found);
    const int level = foundation ? foundationLevel(found) : defaultLevel(found, evidence);
    if (level >= 4)
        evidence << QStringLiteral("For the lecturer: the positions of repaired clip runs in the notes.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
