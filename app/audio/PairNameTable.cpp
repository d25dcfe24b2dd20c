#include "PairNameTable.h"

#include <QFileInfo>
#include <QMap>

#include <algorithm>

namespace prepmark {

QList<PairNameRule> PairNameTable::defaultRules()
{
    using L = QStringList;
    return {
        {QStringLiteral("kick"), L {"kick", "kik", "kck", "bd", "bassdrum"},
            L {"in", "inside", "beater", "out", "outside", "front", "reso", "sub", "subkick"}, true},
        {QStringLiteral("snare"), L {"snare", "snr", "sn", "sd"},
            L {"top", "up", "upper", "bottom", "bot", "btm", "under", "down", "lower"}, true},
        {QStringLiteral("overheads"), L {"oh", "ohs", "overhead", "overheads"}, L {"l", "left", "r", "right"}, false},
        {QStringLiteral("room"), L {"room", "rooms", "rm", "amb", "ambience"}, L {"l", "left", "r", "right"}, false},
        {QStringLiteral("bass"), L {"bass", "bs", "bas"}, L {"di", "direct", "line", "amp", "cab", "mic"}, true},
        {QStringLiteral("guitar"), L {"gtr", "guitar", "gtrs", "guit", "elecgtr", "eg"},
            L {"57", "sm57", "421", "md421", "906", "e906", "121", "r121", "ribbon", "dyn", "cond", "close", "far",
                "front", "back", "di", "amp", "cab", "mic1", "mic2"},
            true},
        {QStringLiteral("acoustic guitar"), L {"ag", "acgtr", "acoustic", "acousticgtr", "acguitar"},
            L {"neck", "body", "bridge", "di", "pickup", "pu", "mic", "sdc", "ldc", "close", "far"}, true},
    };
}

QStringList PairNameTable::tokens(const QString &fileName)
{
    const QString base = QFileInfo(fileName).completeBaseName();
    QStringList result;
    QString current;
    auto flush = [&] {
        if (!current.isEmpty())
            result << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < base.size(); ++i) {
        const QChar c = base[i];
        if (!c.isLetterOrNumber()) {
            flush();
            continue;
        }
        // "KickIn" -> Kick, In; "BassDI" -> Bass, DI (an upper-case run stays whole)
        if (c.isUpper() && i > 0 && base[i - 1].isLower())
            flush();
        current += c;
    }
    flush();
    return result;
}

QList<NamedPair> PairNameTable::findPairs(const QStringList &fileNames) const
{
    struct Member
    {
        int track = 0;
        qsizetype roleRank = 0;
        QStringList roles;
    };
    // (rule, stem) -> members, in track order
    QMap<QPair<int, QString>, QList<Member>> groups;
    for (int track = 0; track < fileNames.size(); ++track) {
        QStringList words = tokens(fileNames[track]);
        if (!words.isEmpty()
            && std::all_of(words.first().begin(), words.first().end(), [](QChar c) { return c.isDigit(); }))
            words.removeFirst(); // a track number
        for (int r = 0; r < m_rules.size(); ++r) {
            const PairNameRule &rule = m_rules[r];
            if (std::none_of(words.begin(), words.end(), [&](const QString &w) { return rule.names.contains(w); }))
                continue;
            Member member {track, rule.roles.size(), {}};
            QStringList stem;
            for (const QString &word : words) {
                const qsizetype rank = rule.roles.indexOf(word);
                if (rank >= 0) {
                    member.roles << word;
                    member.roleRank = std::min(member.roleRank, rank);
                } else if (!rule.names.contains(word)) {
                    stem << word; // the source's own name may be spelt differently
                }
            }
            if (!member.roles.isEmpty())
                groups[{r, stem.join(QLatin1Char(' '))}].append(member);
            break; // the first rule naming the source decides
        }
    }
    QList<NamedPair> pairs;
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QList<Member> &members = it.value();
        if (members.size() < 2)
            continue;
        const PairNameRule &rule = m_rules[it.key().first];
        const Member reference
            = *std::min_element(members.begin(), members.end(), [](const Member &a, const Member &b) {
                  return a.roleRank < b.roleRank || (a.roleRank == b.roleRank && a.track < b.track);
              });
        for (const Member &member : members) {
            if (member.track != reference.track && member.roles != reference.roles)
                pairs.append(NamedPair {reference.track, member.track, rule.source, rule.checkTimeOffset});
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const NamedPair &a, const NamedPair &b) {
        return std::min(a.reference, a.other) < std::min(b.reference, b.other)
            || (std::min(a.reference, a.other) == std::min(b.reference, b.other) && a.other < b.other);
    });
    return pairs;
}

} // namespace prepmark
