#include "PhraseCleaningCheck.h"

#include "grading/facts/FaultAssessor.h"

namespace prepmark {
namespace {

const PlantedFault *phraseNoiseToFix(const GradingContext &context, const QString &trackId)
{
    const PlantedFault *fault = context.fault(trackId, FaultKind::PhraseNoise);
    return fault && fault->intent == FaultIntent::Fix ? fault : nullptr;
}

} // namespace

PhraseCleaningCheck::Facts PhraseCleaningCheck::collect(const GradingContext &context)
{
    const FaultAssessor assessor(context);
    Facts facts;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString name = context.displayName(track->id);
        const qint64 outside = assessor.framesCutFromMusic(track->id);
        if (outside > 0)
            facts.cuts << CutDamage {name, context.framesToMs(outside)};
        const PlantedFault *fault = phraseNoiseToFix(context, track->id);
        if (!fault)
            continue;
        const FixStatus status = assessor.assessFix(FaultLocation {track->id, {}, {track->id}, 0, *fault});
        facts.cleanings << Cleaning {name, status.fixed, context.notesMention(track->id), status.evidence};
    }
    // planted phrase noise on removed tracks is not cleaned either
    for (const SessionTrack &track : context.prepared().tracks) {
        const ExpectedTrack *expected = context.expected(track.id);
        if (track.removed && phraseNoiseToFix(context, track.id) && expected && !expected->remove)
            facts.removedUncleaned << context.displayName(track.id);
    }
    return facts;
}

CheckOutcome PhraseCleaningCheck::levelFor(const Facts &facts)
{
    QStringList damaged, left, cleanedUnnamed, evidence;
    for (const CutDamage &cut : facts.cuts) {
        if (cut.outsideMs > kDamageMs)
            damaged << QStringLiteral("%1 (%2 s)").arg(cut.track).arg(cut.outsideMs / 1000.0, 0, 'f', 2);
    }
    int cleaned = 0;
    for (const Cleaning &cleaning : facts.cleanings) {
        evidence << cleaning.evidence;
        if (!cleaning.cleaned) {
            left << cleaning.track;
            continue;
        }
        ++cleaned;
        if (!cleaning.named)
            cleanedUnnamed << cleaning.track;
    }
    left << facts.removedUncleaned;
    const int needing = facts.needing();
    if (needing == 0 && damaged.isEmpty())
        return CheckOutcome::nothingToJudge(
            QStringLiteral("The answer key plants no noise, breaths or bleed between phrases; "
                           "the lecturer listens for anything else."));
    if (!damaged.isEmpty())
        evidence << QStringLiteral("Cuts reach into the music on %1.").arg(GradingContext::listNames(damaged));
    if (!left.isEmpty())
        evidence << QStringLiteral("Still to clean between phrases: %1.").arg(GradingContext::listNames(left));
    int level = 5;
    if (!damaged.isEmpty() || (needing >= 3 && cleaned == 0))
        level = 1;
    else if (left.size() >= 2)
        level = 2;
    else if (left.size() == 1)
        level = 3;
    else if (!cleanedUnnamed.isEmpty())
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("Cleaned but not explained in the notes: %1.")
                        .arg(GradingContext::listNames(cleanedUnnamed));
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
