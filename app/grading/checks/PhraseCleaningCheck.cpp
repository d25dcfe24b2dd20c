#include "PhraseCleaningCheck.h"

#include "grading/facts/FaultAssessor.h"

namespace prepmark {

CheckOutcome PhraseCleaningCheck::judge(const GradingContext &context) const
{
    const FaultAssessor assessor(context);
    QStringList damaged, left, cleanedUnnamed, evidence;
    int needing = 0;
    int cleaned = 0;
    for (const SessionTrack *track : context.activeTracks()) {
        const QString name = context.displayName(track->id);
        const qint64 outside = assessor.framesCutFromMusic(track->id);
        if (context.framesToMs(outside) > kDamageMs)
            damaged << QStringLiteral("%1 (%2 s)").arg(name).arg(context.framesToMs(outside) / 1000.0, 0, 'f', 2);
        const PlantedFault *fault = context.fault(track->id, FaultKind::PhraseNoise);
        if (!fault || fault->intent != FaultIntent::Fix)
            continue;
        ++needing;
        const FixStatus status = assessor.assessFix(FaultLocation {track->id, {}, {track->id}, 0, *fault});
        evidence << status.evidence;
        if (status.fixed) {
            ++cleaned;
            if (!context.notesMention(track->id))
                cleanedUnnamed << name;
        } else {
            left << name;
        }
    }
    // planted phrase noise on removed tracks is not cleaned either
    for (const SessionTrack &track : context.prepared().tracks) {
        const PlantedFault *fault = context.fault(track.id, FaultKind::PhraseNoise);
        if (track.removed && fault && fault->intent == FaultIntent::Fix && context.expected(track.id)
            && !context.expected(track.id)->remove) {
            ++needing;
            left << context.displayName(track.id);
        }
    }
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
