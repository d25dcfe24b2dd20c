#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace prepmark {

// One source recorded on several microphones or paths, recognised by name: a token
// naming the source ("kick", "kik", "bd") and a token naming the mic or path ("in",
// "out", "sub"). Tokens are the words of a file's base name, split at non-letters
// and at lower-to-upper case changes, lower-cased ("01_KickIn.wav" -> 01, kick, in).
struct PairNameRule
{
    QString source; // what the tracks are, for messages: "kick"
    QStringList names; // tokens naming the source
    QStringList roles; // tokens naming a mic or path; the first present is the reference
    // Whether a lag between the tracks is a fault. Spaced pairs (overheads, room
    // mics) are deliberately apart: only their polarity is checked.
    bool checkTimeOffset = true;
};

// Two tracks to compare for polarity and time offset, by index into a track list.
struct NamedPair
{
    int reference = 0; // the track the other is compared with
    int other = 0;
    QString source; // rule source, for messages
    bool checkTimeOffset = true;
};

// The table of related-track names (configurable: AnalysisConfig "pairNames").
// Two tracks are related when a name token of one rule is in both names, each has a
// role token of that rule, the role tokens differ, and the names are otherwise the
// same once a leading track number is dropped ("01 Kick In" / "02 Kick Out",
// "Snare Top" / "Snr Btm"; not "Gtr L DI" / "Gtr R DI", two guitars).
class PairNameTable
{
public:
    explicit PairNameTable(QList<PairNameRule> rules = defaultRules()) : m_rules(std::move(rules)) { }

    // Kick in/out/sub, snare top/bottom, overheads L/R, room L/R, bass DI/amp,
    // electric and acoustic guitar mics.
    static QList<PairNameRule> defaultRules();

    const QList<PairNameRule> &rules() const { return m_rules; }

    // The related pairs among these file names: every other member of a group is
    // paired with the group's reference (the member whose role comes first in the
    // rule), in the order of fileNames.
    QList<NamedPair> findPairs(const QStringList &fileNames) const;

    // "01_KickIn.wav" -> {"01", "kick", "in"}
    static QStringList tokens(const QString &fileName);

private:
    QList<PairNameRule> m_rules;
};

} // namespace prepmark
