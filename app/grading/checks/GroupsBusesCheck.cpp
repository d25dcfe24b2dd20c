#include "GroupsBusesCheck.h"

#include <QSet>

namespace prepmark {

GroupsBusesCheck::Membership GroupsBusesCheck::compare(const QStringList &tracks,
    const QHash<QString, QString> &keyLabel, const QHash<QString, QString> &studentLabel, const GradingContext &context)
{
    Membership result;
    QHash<QString, QStringList> members; // key label -> tracks
    for (const QString &id : tracks) {
        if (!keyLabel.value(id).isEmpty())
            members[keyLabel.value(id)] << id;
    }
    QHash<QString, QString> realised; // key label -> student label
    QSet<QString> claimed;
    QStringList keys = members.keys();
    // larger groups claim their label first; ties in key order
    std::sort(keys.begin(), keys.end(), [&](const QString &a, const QString &b) {
        return members[a].size() != members[b].size()
            ? members[a].size() > members[b].size()
            : tracks.indexOf(members[a].first()) < tracks.indexOf(members[b].first());
    });
    for (const QString &key : keys) {
        QHash<QString, int> votes;
        for (const QString &id : members[key]) {
            const QString label = studentLabel.value(id);
            if (!label.isEmpty() && !claimed.contains(label))
                ++votes[label];
        }
        QString best;
        for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
            if (it.value() > votes.value(best) || (it.value() == votes.value(best) && it.key() < best))
                best = it.key();
        }
        if (best.isEmpty()) {
            if (members[key].size() >= 2)
                result.ungrouped << key;
        } else {
            claimed.insert(best);
            realised.insert(key, best);
            if (best != key.trimmed().toLower())
                result.renamed << key;
        }
    }
    for (const QString &id : tracks) {
        const QString key = keyLabel.value(id);
        const QString mine = studentLabel.value(id);
        bool wrong = false;
        if (!key.isEmpty())
            wrong = realised.contains(key) ? mine != realised.value(key) : (!mine.isEmpty() && claimed.contains(mine));
        else
            wrong = !mine.isEmpty() && claimed.contains(mine);
        if (wrong) {
            ++result.misplaced;
            result.misplacedNames << context.displayName(id);
        }
    }
    return result;
}

GroupsBusesCheck::Facts GroupsBusesCheck::collect(const GradingContext &context)
{
    Facts facts;
    facts.keyHasLabels = !context.key().groups().isEmpty() || !context.key().buses().isEmpty();
    QStringList tracks;
    QHash<QString, QString> keyGroup, keyBus, group, bus;
    for (const SessionTrack *track : context.activeTracks()) {
        const ExpectedTrack *expected = context.expected(track->id);
        if (!expected || expected->remove)
            continue;
        tracks << track->id;
        keyGroup.insert(track->id, expected->group);
        keyBus.insert(track->id, expected->bus);
        group.insert(track->id, track->group.trimmed().toLower());
        bus.insert(track->id, track->bus.trimmed().toLower());
        facts.anyLabel = facts.anyLabel || !track->group.trimmed().isEmpty() || !track->bus.trimmed().isEmpty();
    }
    if (!facts.keyHasLabels)
        return facts;
    facts.groups = compare(tracks, keyGroup, group, context);
    facts.buses = compare(tracks, keyBus, bus, context);
    for (const ExpectedPair &pair : context.key().pairs) {
        if (!tracks.contains(pair.a) || !tracks.contains(pair.b) || keyGroup.value(pair.a).isEmpty()
            || keyGroup.value(pair.a) != keyGroup.value(pair.b))
            continue;
        if (group.value(pair.a).isEmpty() || group.value(pair.a) != group.value(pair.b))
            facts.unlinkedPairs << QStringLiteral("%1 / %2").arg(
                context.displayName(pair.a), context.displayName(pair.b));
    }
    return facts;
}

CheckOutcome GroupsBusesCheck::levelFor(const Facts &facts)
{
    if (!facts.keyHasLabels)
        return CheckOutcome::nothingToJudge(QStringLiteral("The answer key has no groups or buses to compare with."));
    const Membership &groups = facts.groups;
    const Membership &buses = facts.buses;
    QStringList evidence;
    if (!facts.anyLabel)
        evidence << QStringLiteral("No track is in a group, folder or bus.");
    if (!groups.ungrouped.isEmpty())
        evidence << QStringLiteral("Left ungrouped: %1.").arg(groups.ungrouped.join(QStringLiteral(", ")));
    if (groups.misplaced > 0)
        evidence << QStringLiteral("In the wrong group: %1.").arg(GradingContext::listNames(groups.misplacedNames));
    if (!buses.ungrouped.isEmpty())
        evidence << QStringLiteral("Buses missing: %1.").arg(buses.ungrouped.join(QStringLiteral(", ")));
    if (buses.misplaced > 0)
        evidence << QStringLiteral("On the wrong bus: %1.").arg(GradingContext::listNames(buses.misplacedNames));
    const bool keyNames = groups.renamed.isEmpty() && buses.renamed.isEmpty();
    if (groups.misplaced == 0 && groups.ungrouped.isEmpty() && buses.misplaced == 0 && buses.ungrouped.isEmpty())
        evidence << QStringLiteral("Groups and buses hold the answer key's tracks.");
    if (!facts.unlinkedPairs.isEmpty())
        evidence << QStringLiteral("Related pairs not in one group: %1.")
                        .arg(facts.unlinkedPairs.join(QStringLiteral(", ")));
    if (!keyNames)
        evidence << QStringLiteral("Named differently from the answer key: %1.")
                        .arg((groups.renamed + buses.renamed).join(QStringLiteral(", ")));

    int level = 5;
    if (!facts.anyLabel)
        level = 1;
    else if (!groups.ungrouped.isEmpty() || groups.misplaced >= 2)
        level = 2;
    else if (groups.misplaced == 1)
        level = 3;
    else if (buses.misplaced > 0 || !buses.ungrouped.isEmpty())
        level = 3;
    else if (!facts.unlinkedPairs.isEmpty() || !keyNames)
        level = 4;
    evidence << QStringLiteral("For the lecturer: that buses are left unprocessed at unity.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
