#include "TakeChoiceCheck.h"

#include <QSet>

#include <algorithm>

namespace prepmark {

TakeChoiceCheck::Facts TakeChoiceCheck::collect(const GradingContext &context)
{
    Facts facts;
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
            (context.isActive(id) ? facts.keptTakes : facts.setAside) << name;
            facts.choiceStated = facts.choiceStated || context.notesMention(id);
        }
    }
    facts.choiceStated = facts.choiceStated || GradingContext::containsWord(context.notesText(), QStringLiteral("take"))
        || GradingContext::containsWord(context.notesText(), QStringLiteral("comp"));
    facts.keyComp = context.key().comp;
    return facts;
}

CheckOutcome TakeChoiceCheck::levelFor(const Facts &facts)
{
    if (facts.keptTakes.isEmpty() && facts.setAside.isEmpty())
        return CheckOutcome::nothingToJudge(
            QStringLiteral("The answer key rejects no take; the lecturer judges any comp."));
    QStringList evidence;
    if (!facts.keptTakes.isEmpty())
        evidence << QStringLiteral(
            "A take with an obvious fault is still in the session where a better one exists: %1.")
                        .arg(GradingContext::listNames(facts.keptTakes));
    if (!facts.setAside.isEmpty())
        evidence << QStringLiteral("Faulty takes set aside: %1.").arg(GradingContext::listNames(facts.setAside));
    if (!facts.keyComp.isEmpty())
        evidence << QStringLiteral("Answer key: %1").arg(facts.keyComp);
    int level = 5;
    if (!facts.keptTakes.isEmpty())
        level = 1;
    else if (!facts.choiceStated)
        level = 4;
    if (level == 4)
        evidence << QStringLiteral("The notes do not say which take was used.");
    evidence << QStringLiteral("For the lecturer: listen to the joins of any comp.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
