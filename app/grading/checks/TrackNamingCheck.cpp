#include "TrackNamingCheck.h"

#include "grading/facts/TrackWords.h"

#include <QHash>

#include <algorithm>

namespace prepmark {
namespace {

QString normalised(const QString &name)
{
    return name.trimmed().toLower();
}

struct Compared
{
    TrackNamingCheck::Name name;
    QSet<QString> expectedWords;
};

// Whether a name names another track's source: another track's key name, or a source
// word of another track's key name that its own key name lacks.
bool namesAnotherSource(const Compared &track, const QVector<Compared> &all, int index)
{
    const QSet<QString> mine = TrackWords::of(track.name.name);
    bool wrong = false;
    for (int i = 0; i < all.size(); ++i) {
        if (i == index)
            continue;
        const Compared &other = all[i];
        if (normalised(track.name.name) == normalised(other.name.expected)
            && normalised(track.name.expected) != normalised(other.name.expected))
            return true;
        for (const QString &word : mine) {
            if (!TrackWords::isPositionWord(word) && other.expectedWords.contains(word)
                && !track.expectedWords.contains(word))
                wrong = true;
        }
    }
    return wrong;
}

// The names sorted by what is wrong with them, as shown in the evidence.
struct Findings
{
    QStringList unclear, wrong, incomplete, inexact, tooLong, duplicates;
};

Findings sortNames(const TrackNamingCheck::Facts &facts)
{
    Findings found;
    QHash<QString, int> seen;
    for (const TrackNamingCheck::Name &track : facts.tracks)
        ++seen[normalised(track.name)];
    for (const TrackNamingCheck::Name &track : facts.tracks) {
        const QString shown = track.name.isEmpty() ? QStringLiteral("(no name)") : track.name;
        if (track.wrong)
            found.wrong << QStringLiteral("%1 (should be %2)").arg(shown, track.expected);
        else if (!track.recognisable)
            found.unclear << shown;
        if (!track.complete || track.wrong)
            found.incomplete << QStringLiteral("%1 (%2)").arg(shown, track.expected);
        if (normalised(track.name) != normalised(track.expected))
            found.inexact << shown;
        // the answer key's own name is never too long
        if (track.name.size() > std::max<qsizetype>(TrackNamingCheck::kMaxLength, track.expected.size()))
            found.tooLong << shown;
        if (seen.value(normalised(track.name)) > 1 && !found.duplicates.contains(shown))
            found.duplicates << shown;
    }
    return found;
}

QStringList describe(const Findings &found, int tracks, bool checkLength)
{
    QStringList evidence;
    if (!found.unclear.isEmpty())
        evidence << QStringLiteral("%1 of %2 tracks still have default or unclear names: %3.")
                        .arg(found.unclear.size())
                        .arg(tracks)
                        .arg(GradingContext::listNames(found.unclear));
    if (!found.wrong.isEmpty())
        evidence << QStringLiteral("Named as another source: %1.").arg(GradingContext::listNames(found.wrong));
    if (!found.duplicates.isEmpty())
        evidence << QStringLiteral("Duplicate names: %1.").arg(GradingContext::listNames(found.duplicates));
    if (checkLength && !found.tooLong.isEmpty())
        evidence << QStringLiteral("Longer than %1 characters: %2.")
                        .arg(TrackNamingCheck::kMaxLength)
                        .arg(GradingContext::listNames(found.tooLong));
    if (found.unclear.isEmpty() && found.wrong.isEmpty() && !found.incomplete.isEmpty())
        evidence << QStringLiteral("Missing the source or mic position the answer key gives: %1.")
                        .arg(GradingContext::listNames(found.incomplete));
    if (found.incomplete.isEmpty() && !found.inexact.isEmpty())
        evidence << QStringLiteral("Clear, but spelt differently from the answer key's names: %1.")
                        .arg(GradingContext::listNames(found.inexact));
    if (found.inexact.isEmpty())
        evidence << QStringLiteral("All %1 track names match the answer key.").arg(tracks);
    return evidence;
}

} // namespace

TrackNamingCheck::Facts TrackNamingCheck::collect(const GradingContext &context)
{
    QVector<Compared> all;
    for (const SessionTrack *track : context.activeTracks()) {
        const ExpectedTrack *expected = context.expected(track->id);
        if (!expected || expected->remove)
            continue; // a track that should be gone is Cleanup's business
        Compared compared;
        compared.name.name = track->name.trimmed();
        compared.name.expected = expected->name;
        compared.expectedWords = TrackWords::of(expected->name);
        all << compared;
    }
    Facts facts;
    for (int i = 0; i < all.size(); ++i) {
        Name name = all[i].name;
        const QSet<QString> mine = TrackWords::of(name.name);
        name.wrong = namesAnotherSource(all[i], all, i);
        name.complete = !all[i].expectedWords.isEmpty() && mine.contains(all[i].expectedWords);
        name.recognisable = mine.intersects(all[i].expectedWords);
        facts.tracks << name;
    }
    return facts;
}

CheckOutcome TrackNamingCheck::levelFor(const Facts &facts, Variant variant)
{
    if (facts.tracks.isEmpty())
        return CheckOutcome::nothingToJudge(QStringLiteral("No kept track to judge the names of."));
    const Findings found = sortNames(facts);
    const int n = int(facts.tracks.size());
    const bool checkLength = variant == Variant::Default;
    const QStringList evidence = describe(found, n, checkLength);
    const int unclear = int(found.unclear.size());
    const int tooLong = checkLength ? int(found.tooLong.size()) : 0;
    int level = 5;
    if (unclear * 2 > n)
        level = 1;
    else if (unclear >= 3 || !found.wrong.isEmpty() || unclear + tooLong > 2)
        level = 2;
    else if (!found.incomplete.isEmpty() || !found.duplicates.isEmpty() || tooLong > 0)
        level = 3;
    else if (!found.inexact.isEmpty())
        level = 4;
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
