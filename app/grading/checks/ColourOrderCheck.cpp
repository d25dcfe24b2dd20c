#include "ColourOrderCheck.h"

#include <QHash>
#include <QSet>

#include <vector>

namespace prepmark {
namespace {

// The tracks the answer key keeps, in the student's order, with what the key says of
// them. Colours are judged per colour group: the tracks the answer key gives one colour
// (normally a family; an exercise may override a track's colour).
struct KeptTracks
{
    QStringList order;
    QHash<QString, QString> familyOf;
    QHash<QString, QString> colourOf; // the student's colour, lower case
    QHash<QString, QString> colourGroupOf; // the answer key's colour, lower case
};

KeptTracks keptTracks(const GradingContext &context)
{
    KeptTracks kept;
    for (const SessionTrack *track : context.activeTracks()) {
        const ExpectedTrack *expected = context.expected(track->id);
        if (!expected || expected->remove)
            continue;
        kept.order << track->id;
        kept.familyOf.insert(track->id, expected->family);
        kept.colourOf.insert(track->id, track->colour.toLower());
        kept.colourGroupOf.insert(track->id, expected->colour.toLower());
    }
    return kept;
}

// The colour most of a colour group's tracks have (ties: the smallest name).
QHash<QString, QString> groupColours(const KeptTracks &kept)
{
    QHash<QString, QString> groupColour;
    QHash<QString, QHash<QString, int>> votes;
    for (const QString &id : kept.order) {
        if (!kept.colourOf[id].isEmpty())
            ++votes[kept.colourGroupOf[id]][kept.colourOf[id]];
    }
    for (auto it = votes.constBegin(); it != votes.constEnd(); ++it) {
        int best = 0;
        for (auto c = it->constBegin(); c != it->constEnd(); ++c) {
            if (c.value() > best || (c.value() == best && c.key() < groupColour.value(it.key()))) {
                best = c.value();
                groupColour.insert(it.key(), c.key());
            }
        }
    }
    return groupColour;
}

// Off-colour tracks (against their group's colour) and tracks off the key's palette.
void judgeColours(const GradingContext &context, const KeptTracks &kept, ColourOrderCheck::Facts &facts)
{
    const QHash<QString, QString> groupColour = groupColours(kept);
    QHash<QString, int> groupsPerColour;
    for (const QString &colour : groupColour)
        ++groupsPerColour[colour];
    QSet<QString> colours;
    for (const QString &id : kept.order) {
        const QString &colour = kept.colourOf[id];
        colours.insert(colour);
        if (colour.isEmpty() || colour != groupColour.value(kept.colourGroupOf[id])
            || groupsPerColour.value(colour) > 1)
            facts.offColour << context.displayName(id);
        if (colour != context.expected(id)->colour.toLower())
            facts.offPalette << context.displayName(id);
    }
    facts.oneColour = colours.size() == 1;
    facts.uncoloured = facts.oneColour && colours.contains(QString());
}

// Families whose tracks are not next to each other in an order.
QStringList splitFamilies(const QStringList &ids, const QHash<QString, QString> &familyOf)
{
    QStringList split;
    QSet<QString> closed;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const QString family = familyOf.value(ids[i]);
        if (i > 0 && familyOf.value(ids[i - 1]) != family)
            closed.insert(familyOf.value(ids[i - 1]));
        if (closed.contains(family) && !split.contains(family))
            split << family;
    }
    return split;
}

// Split families and tracks out of place, against the key's order; the answer key may
// split a family on purpose (a lead vocal at the top, its doubles with the backing vocals).
void judgeOrder(const GradingContext &context, const KeptTracks &kept, ColourOrderCheck::Facts &facts)
{
    QStringList expectedOrder, deliveredOrder;
    for (const QString &id : context.key().expectedOrder()) {
        if (kept.order.contains(id))
            expectedOrder << id;
    }
    for (const SessionTrack &track : context.delivered().tracks) {
        if (kept.order.contains(track.id))
            deliveredOrder << track.id;
    }
    facts.splitFamilies = splitFamilies(kept.order, kept.familyOf);
    for (const QString &family : splitFamilies(expectedOrder, kept.familyOf))
        facts.splitFamilies.removeAll(family);
    facts.outOfPlace = int(kept.order.size()) - ColourOrderCheck::longestCommonSubsequence(kept.order, expectedOrder);
    facts.importOrder = kept.order == deliveredOrder;
}

// Families of 2+ tracks that the answer key puts in one group but the student does not.
QStringList ungroupedFamilies(const GradingContext &context, const KeptTracks &kept)
{
    QStringList ungrouped;
    QHash<QString, QStringList> membersOf;
    for (const QString &id : kept.order)
        membersOf[kept.familyOf.value(id)] << id;
    for (auto it = membersOf.constBegin(); it != membersOf.constEnd(); ++it) {
        if (it->size() < 2)
            continue;
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
    return ungrouped;
}

QStringList describe(const ColourOrderCheck::Facts &facts)
{
    QStringList evidence;
    if (facts.oneColour)
        evidence << QStringLiteral("No colour scheme: every track has the same colour%1.")
                        .arg(facts.uncoloured ? QStringLiteral(" (none)") : QString());
    else if (!facts.offColour.isEmpty())
        evidence << QStringLiteral("%1 of %2 tracks are coloured outside their family: %3.")
                        .arg(facts.offColour.size())
                        .arg(facts.tracks)
                        .arg(GradingContext::listNames(facts.offColour));
    if (!facts.splitFamilies.isEmpty())
        evidence << QStringLiteral("Families split across the track list: %1.")
                        .arg(facts.splitFamilies.join(QStringLiteral(", ")));
    if (facts.importOrder)
        evidence << QStringLiteral("The tracks are still in the order they were delivered.");
    else if (facts.outOfPlace > 0)
        evidence << QStringLiteral("%1 tracks are out of the answer key's order.").arg(facts.outOfPlace);
    if (facts.offColour.isEmpty() && facts.outOfPlace == 0)
        evidence << QStringLiteral("Every track coloured by family, in the answer key's order.");
    if (facts.offColour.isEmpty() && !facts.offPalette.isEmpty())
        evidence << QStringLiteral("Colours differ from the house palette on %1.")
                        .arg(GradingContext::listNames(facts.offPalette));
    return evidence;
}

} // namespace

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

ColourOrderCheck::Facts ColourOrderCheck::collect(const GradingContext &context)
{
    Facts facts;
    const KeptTracks kept = keptTracks(context);
    facts.tracks = int(kept.order.size());
    if (kept.order.isEmpty())
        return facts;
    judgeColours(context, kept, facts);
    judgeOrder(context, kept, facts);
    facts.ungroupedFamilies = ungroupedFamilies(context, kept);
    return facts;
}

CheckOutcome ColourOrderCheck::levelFor(const Facts &facts, Variant variant)
{
    if (facts.tracks == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("No kept track to judge colours and order on."));
    QStringList evidence = describe(facts);
    const int offColour = int(facts.offColour.size());
    const bool split = !facts.splitFamilies.isEmpty();
    const bool noScheme = facts.oneColour && facts.importOrder;
    int level = 5;
    if (variant == Variant::Default) {
        if (noScheme)
            level = 1;
        else if (offColour >= 3 || split || offColour + facts.outOfPlace > 2)
            level = 2;
        else if (offColour > 0 || facts.outOfPlace > 0)
            level = 3;
        else if (!facts.offPalette.isEmpty())
            level = 4;
        return CheckOutcome {level, evidence};
    }
    const bool ungrouped = !facts.ungroupedFamilies.isEmpty();
    if (noScheme)
        level = 1;
    else if (offColour + facts.outOfPlace >= 3 || split)
        level = 2;
    else if (offColour > 0 || facts.outOfPlace > 0 || ungrouped)
        level = 3;
    else if (!facts.offPalette.isEmpty())
        level = 4;
    if (level == 3 && ungrouped && offColour == 0 && facts.outOfPlace == 0)
        evidence << QStringLiteral("Families not in one folder or group: %1.")
                        .arg(facts.ungroupedFamilies.join(QStringLiteral(", ")));
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
