#include "FormatClicksCheck.h"

namespace prepmark {

FormatClicksCheck::Facts FormatClicksCheck::collect(const GradingContext &context)
{
    Facts facts;
    facts.sessionRate = context.prepared().sampleRate;
    facts.sessionBitDepth = context.prepared().bitDepth;
    for (const SessionTrack *track : context.activeTracks()) {
        const PreparedStem *stem = context.stemOf(track->id);
        if (!stem)
            continue;
        const QString name = context.displayName(track->id);
        facts.stems << Stem {name, stem->sampleRate, stem->bitDepth};
        const bool converted
            = context.fault(track->id, FaultKind::SampleRate) || context.fault(track->id, FaultKind::BitDepth);
        if (converted && !context.notesMention(track->id))
            facts.unnamedConversions << name;
    }
    facts.edits = EditFacts::of(context);
    return facts;
}

CheckOutcome FormatClicksCheck::levelFor(const Facts &facts)
{
    const int rate = facts.sessionRate;
    const int depth = facts.sessionBitDepth;
    const EditFacts &edits = facts.edits;
    QStringList wrongRate, lowDepth, evidence;
    for (const Stem &stem : facts.stems) {
        if (stem.sampleRate != rate)
            wrongRate << QStringLiteral("%1 (%2 Hz)").arg(stem.track).arg(stem.sampleRate);
        if (stem.bitDepth < depth)
            lowDepth << QStringLiteral("%1 (%2-bit)").arg(stem.track).arg(stem.bitDepth);
    }
    if (!wrongRate.isEmpty())
        evidence << QStringLiteral(
            "Not converted to the session's %1 Hz (they would play at the wrong speed and pitch): %2.")
                        .arg(rate)
                        .arg(GradingContext::listNames(wrongRate));
    if (!lowDepth.isEmpty())
        evidence
            << QStringLiteral("Below the session's %1 bits: %2.").arg(depth).arg(GradingContext::listNames(lowDepth));
    if (wrongRate.isEmpty() && lowDepth.isEmpty())
        evidence << QStringLiteral("Every file is at %1 Hz, %2-bit.").arg(rate).arg(depth);
    if (!edits.clickTracks.isEmpty())
        evidence << QStringLiteral("Clicks inside the song: %1.").arg(GradingContext::listNames(edits.clickTracks));
    if (!edits.edgeTracks.isEmpty())
        evidence << QStringLiteral("Regions that start or stop on sound without a fade: %1.")
                        .arg(GradingContext::listNames(edits.edgeTracks));
    if (edits.audibleEdits() == 0)
        evidence << QStringLiteral("No clicks found in the prepared stems.");

    int level = 5;
    if (!wrongRate.isEmpty() || edits.audibleEdits() >= 5)
        level = 1;
    else if (!lowDepth.isEmpty() || edits.audibleEdits() >= 3)
        level = 2;
    else if (edits.insideClicks > 0 || edits.hardEdges > 1)
        level = 3;
    else if (edits.hardEdges > 0 || !facts.unnamedConversions.isEmpty())
        level = 4;
    if (level == 4 && !facts.unnamedConversions.isEmpty())
        evidence << QStringLiteral("Conversions not listed in the notes: %1.")
                        .arg(GradingContext::listNames(facts.unnamedConversions));
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
