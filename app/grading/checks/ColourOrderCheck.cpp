#include "ColourOrderCheck.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace prepmark {

int ColourOrderCheck::longestCommonSubsequence(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> table(std::size_t(a.size()) + 1, std::vector<int>(std::size_t(b.size()) + 1, 0));
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            table[std::size_t(i)][std::size_t(j)] = a[i - 1] == b[j - 1]
                ? table[std::size_t(i - 1)][std::size_t(j - 1)] + 1
                : std::max(table[std::size_t(i - 1)][std::size_t(j)], table[std::size_t(i)][std::size_t(j - 1)]);
        }
    }
    return table[std::size_t(a.size())][std::size_t(b.size())];
}

CheckOutcome ColourOrderCheck::judge(const GradingContext &context) const
{
    QStringList order; // the student's order of the tracks the key keeps
    // Colours are judged per colour group: the tracks the answer key gives one colour
    // (normally a family; an exercise may override a track's colour).
    QHash<QString, QString> familyOf, colourOf, groupOf;
    for (const SessionTrack *track : context.activeTracks()) {
        const ExpectedTrack *expected = context.expected(track->id);
        if (!expected || expected->remove)
            continue;
        order << track->id;
        familyOf.insert(track->id, expected->family);
        colourOf.insert(track->id, track->colour.toLower());
        groupOf.insert(track->id, expected->colour.toLower());
    }
    if (order.isEmpty())
        return CheckOutcome::nothingToJudge(QStringLiteral("No kept track to judge colours and order on."));
    QStringList expectedOrder, deliveredOrder;
    for (const QString &id : context.key().expectedOrder()) {
        if (order.contains(id))
            expectedOrder << id;
    }
    for (const SessionTrack &track : context.delivered().tracks) {
        if (order.contains(track.id))
            deliveredOrder << track.id;
    }

    // the colour most of a colour group's tracks have
    QHash<QString, QString> familyColour;
    QHash<QString, QHash<QString, int>> votes;
    for (const QString &id : order) {
        if (!colourOf[id].isEmpty())
            ++votes[groupOf[id]][colourOf[id]];
    }
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        int best = 0;
        for (auto c = it->constBegin(); c != it->constEnd(); ++c) {
            if (c.value() > best || (c.value() == best && c.key() < familyColour.value(it.key()))) {
                best = c.value();
                familyColour.insert(it.key(), c.key());
            }
        }
    }
    QHash<QString, int> familiesPerColour;
    for (const QString &colour : familyColour)
        ++familiesPerColour[colour];

    QStringList offColour, inexactColour;
    QSet<QString> colours;
    for (const QString &id : order) {
        const QString &colour = colourOf[id];
        colours.insert(colour);
        if (colour.isEmpty() || colour != familyColour.value(groupOf[id]) || familiesPerColour.value(colour) > 1)
            offColour << context.displayName(id);
        if (colour != context.expected(id)->colour.toLower())
            inexactColour << context.displayName(id);
    }
    // families whose tracks are not next to each other; the answer key may split one
    // on purpose (a lead vocal at the top, its doubles with the backing vocals)
    auto splitFamilies = [&](const QStringList &ids) {
        QStringList split;
        QSet<QString> closed;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const QString family = familyOf[ids[i]];
            if (i > 0 && familyOf[ids[i - 1]] != family)
                closed.insert(familyOf[ids[i - 1]]);
            if (closed.contains(family) && !split.contains(family))
                split << family;
        }
        return split;
    };
    QStringList split = splitFamilies(order);
    for (const QString &family : splitFamilies(expectedOrder))
        split.removeAll(family);
    const int outOfPlace = int(order.size()) - longestCommonSubsequence(order, expectedOrder);
    const bool noColours = colours.size() == 1;
    const bool importOrder = order == deliveredOrder;

    QStringList ungrouped;
    QHash<QString, QStringList> membersOf;
    for (const QString &id : order)
        membersOf[familyOf[id]] << id;
    for (auto it = membersOf.constBegin(); it != membersOf.constEnd(); ++it) {
        if (it->size() < 2)
            continue;
        // only a family the answer key puts in one group must be in one
        QSet<QString> keyGroups;
        for (const QString &id : *it)
            keyGroups.insert(context.expected(id)->group.trimmed().toLower());
        if (keyGroups.size() != 1 || keyGroups.contains(QString()))
            continue;
        QSet<QString> groups;
        for (const QString &id : *it)
            groups.insert(context.preparedTrack(id)->group.trimmed().toLower());
        if (groups.size() != 1 || groups.contains(QString()))
            ungrouped << it.key();
    }

    QStringList evidence;
    if (noColours)
        evidence << QStringLiteral("No colour scheme: every track has the same colour%1.")
                        .arg(colours.contains(QString()) ? QStringLiteral(" (none)") : QString());
    else if (!offColour.isEmpty())
        evidence << QStringLiteral("%1 of %2 tracks are coloured outside their family: %3.")
                        .arg(offColour.size())
                        .arg(order.size())
                        .arg(GradingContext::listNames(offColour));
    if (!split.isEmpty())
        evidence << QStringLiteral("Families split across the track list: %1.").arg(split.join(QStringLiteral(", ")));
    if (importOrder)
        evidence << QStringLiteral("The tracks are still in the order they were delivered.");
    else if (outOfPlace > 0)
        evidence << QStringLiteral("%1 tracks are out of the answer key's order.").arg(outOfPlace);
    if (offColour.isEmpty() && outOfPlace == 0)
        evidence << QStringLiteral("Every track coloured by family, in the answer key's order.");
    if (offColour.isEmpty() && !inexactColour.isEmpty())
        evidence << QStringLiteral("Colours differ from the house palette on %1.")
                        .arg(GradingContext::listNames(inexactColour));

    int level = 5;
    if (m_variant == Variant::Default) {
        if (noColours && importOrder)
            level = 1;
        else if (offColour.size() >= 3 || !split.isEmpty() || offColour.size() + outOfPlace > 2)
            level = 2;
        else if (!offColour.isEmpty() || outOfPlace > 0)
            level = 3;
        else if (!inexactColour.isEmpty())
            level = 4;
    } else {
        if (noColours && importOrder)
            level = 1;
        else if (offColour.size() + outOfPlace >= 3 || !split.isEmpty())
            level = 2;
        else if (!offColour.isEmpty() || outOfPlace > 0 || !ungrouped.isEmpty())
            level = 3;
        else if (!inexactColour.isEmpty())
            level = 4;
        if (level == 3 && !ungrouped.isEmpty() && offColour.isEmpty() && outOfPlace == 0)
            evidence
                << QStringLiteral("Families not in one folder or group: %1.").arg(ungrouped.join(QStringLiteral(", ")));
    }
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
