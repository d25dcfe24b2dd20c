#include "TakeChoiceCheck.h"

#include <QSet>

#include <algorithm>

namespace prepmark {

CheckOutcome TakeChoiceCheck::judge(const GradingContext &context) const
{
    QStringList kept, rejected, evidence;
    bool stated = false;
    QSet<QString> seen;
    for (const FaultLocation &location : context.exercise().plantedFaults()) {
        if (location.sourceId.isEmpty() || location.fault.intent != FaultIntent::Fix
            || location.affectedTracks.isEmpty())
            continue;
        const bool keyRejects
            = std::all_of(location.affectedTracks.begin(), location.affectedTracks.end(), [&](const QString &id) {
                  const ExpectedTrack *expected = context.expected(id);
                  return expected && expected->remove;
              });
        if (!keyRejects)
            continue;
        for (const QString &id : location.affectedTracks) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const QString name = QStringLiteral("%1 (%2)").arg(context.displayName(id), describeFault(location.fault));
            (context.isActive(id) ? kept : rejected) << name;
            stated = stated || context.notesMention(id);
        }
    }
    if (kept.isEmpty() && rejected.isEmpty())
        return CheckOutcome::nothingToJudge(
            QStringLiteral("The answer key rejects no take; the lecturer judges any comp."));
    stated = stated || GradingContext::containsWord(context.notesText(), QStringLiteral("take"))
        || GradingContext::containsWord(context.notesText(), QStringLiteral("comp"));
    if (!kept.isEmpty())
        evidence << QStringLiteral(
            "A take with an obvious fault is still in the session where a better one exists: %1.")
                        .arg(GradingContext::listNames(kept));
    if (!rejected.isEmpty())
        evidence << QStringLiteral("Faulty takes set aside: %1.").arg(GradingContext::listNames(rejected));
    if (!context.key().comp.isEmpty())
        evidence << QStringLiteral("Answer key: %1").arg(context.key().comp);
    int level = 5;
    if (!kept.isEmpty())
        level = 1;
    else if (!stated)
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("The notes do not say which take was used.");
    evidence << QStringLiteral("For the lecturer: listen to the joins of any comp.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
