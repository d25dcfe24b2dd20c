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

} // namespace

CheckOutcome TrackNamingCheck::judge(const GradingContext &context) const
{
    struct Named
    {
        QString id;
        QString name;
        QSet<QString> expectedWords;
        QString expectedName;
    };
    QVector<Named> tracks;
    for (const SessionTrack *track : context.activeTracks()) {
        const ExpectedTrack *expected = context.expected(track->id);
        if (!expected || expected->remove)
            continue; // a track that should be gone is Cleanup's business
        tracks << Named {track->id, track->name.trimmed(), TrackWords::of(expected->name), expected->name};
    }
    if (tracks.isEmpty())
        return CheckOutcome::nothingToJudge(QStringLiteral("No kept track to judge the names of."));

    QStringList unclear, wrong, incomplete, inexact, tooLong, duplicates;
    QHash<QString, int> seen;
    for (const Named &track : tracks)
        ++seen[normalised(track.name)];
    for (const Named &track : tracks) {
        const QSet<QString> mine = TrackWords::of(track.name);
        const QString shown = track.name.isEmpty() ? QStringLiteral("(no name)") : track.name;
        bool isWrong = false;
        for (const Named &other : tracks) {
            if (other.id == track.id)
                continue;
            if (normalised(track.name) == normalised(other.expectedName)
                && normalised(track.expectedName) != normalised(other.expectedName)) {
                isWrong = true;
                break;
            }
            for (const QString &word : mine) {
                if (!TrackWords::isPositionWord(word) && other.expectedWords.contains(word)
                    && !track.expectedWords.contains(word))
                    isWrong = true;
            }
        }
        const bool complete = !track.expectedWords.isEmpty() && mine.contains(track.expectedWords);
        const bool recognisable = mine.intersects(track.expectedWords);
        if (isWrong)
            wrong << QStringLiteral("%1 (should be %2)").arg(shown, track.expectedName);
        else if (!recognisable)
            unclear << shown;
        if (!complete || isWrong)
            incomplete << QStringLiteral("%1 (%2)").arg(shown, track.expectedName);
        if (normalised(track.name) != normalised(track.expectedName))
            inexact << shown;
        // the answer key's own name is never too long
        if (track.name.size() > std::max<qsizetype>(kMaxLength, track.expectedName.size()))
            tooLong << shown;
        if (seen.value(normalised(track.name)) > 1 && !duplicates.contains(shown))
            duplicates << shown;
    }
    const int n = int(tracks.size());
    QStringList evidence;
    if (!unclear.isEmpty())
        evidence << QStringLiteral("%1 of %2 tracks still have default or unclear names: %3.")
                        .arg(unclear.size())
                        .arg(n)
                        .arg(GradingContext::listNames(unclear));
    if (!wrong.isEmpty())
        evidence << QStringLiteral("Named as another source: %1.").arg(GradingContext::listNames(wrong));
    if (!duplicates.isEmpty())
        evidence << QStringLiteral("Duplicate names: %1.").arg(GradingContext::listNames(duplicates));
    const bool checkLength = m_variant == Variant::Default;
    if (checkLength && !tooLong.isEmpty())
        evidence
            << QStringLiteral("Longer than %1 characters: %2.").arg(kMaxLength).arg(GradingContext::listNames(tooLong));
    if (unclear.isEmpty() && wrong.isEmpty() && !incomplete.isEmpty())
        evidence << QStringLiteral("Missing the source or mic position the answer key gives: %1.")
                        .arg(GradingContext::listNames(incomplete));
    if (incomplete.isEmpty() && !inexact.isEmpty())
        evidence << QStringLiteral("Clear, but spelt differently from the answer key's names: %1.")
                        .arg(GradingContext::listNames(inexact));
    if (inexact.isEmpty())
        evidence << QStringLiteral("All %1 track names match the answer key.").arg(n);

    int level = 5;
    const int unclearOrLong = int(unclear.size()) + (checkLength ? int(tooLong.size()) : 0);
    if (unclear.size() * 2 > n)
        level = 1;
    else if (unclear.size() >= 3 || !wrong.isEmpty() || unclearOrLong > 2)
        level = 2;
    else if (!incomplete.isEmpty() || !duplicates.isEmpty() || (checkLength && !tooLong.isEmpty()))
        level = 3;
    else if (!inexact.isEmpty())
        level = 4;
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
