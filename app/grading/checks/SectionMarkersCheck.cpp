#include "SectionMarkersCheck.h"

#include <QSet>

#include <cmath>

namespace prepmark {
namespace {

QString simplified(const QString &name)
{
    return name.simplified().toLower();
}

bool isMain(const QString &name)
{
    for (const char *word : {"intro", "verse", "chorus", "bridge", "outro", "hook", "refrain"}) {
        if (GradingContext::containsWord(name, QString::fromLatin1(word))
            || simplified(name).startsWith(QLatin1String(word)))
            return true;
    }
    return false;
}

// The unused marker closest to `at` (frames) that `accept` takes, or -1.
template <typename Accept>
int closestMarker(const QVector<SessionMarker> &markers, const QSet<int> &used, double at, Accept accept)
{
    int best = -1;
    for (int i = 0; i < markers.size(); ++i) {
        if (!used.contains(i) && accept(markers[i])
            && (best < 0 || std::fabs(markers[i].positionSamples - at) < std::fabs(markers[best].positionSamples - at)))
            best = i;
    }
    return best;
}

// Counts a section starting at `at` (frames) as exact or misplaced (a marker with its
// name) or misnamed (another marker within a beat), taking that marker; false when
// neither is there.
bool matchSection(const QString &section, double at, double beat, const QVector<SessionMarker> &markers,
    QSet<int> &used, SectionMarkersCheck::Facts &facts)
{
    const int named = closestMarker(
        markers, used, at, [&](const SessionMarker &marker) { return simplified(marker.name) == simplified(section); });
    if (named >= 0) {
        used.insert(named);
        const double beats = (markers[named].positionSamples - at) / beat;
        if (std::fabs(beats) <= 1.0 + 1e-9) {
            ++facts.exact;
        } else {
            ++facts.misplaced;
            facts.wrong << QStringLiteral("%1 (%2 beats %3)")
                               .arg(section)
                               .arg(std::fabs(beats), 0, 'f', 1)
                               .arg(beats > 0 ? QStringLiteral("late") : QStringLiteral("early"));
        }
        return true;
    }
    const int near = closestMarker(
        markers, used, at, [&](const SessionMarker &marker) { return std::fabs(marker.positionSamples - at) <= beat; });
    if (near < 0)
        return false;
    used.insert(near);
    ++facts.misnamed;
    facts.wrong << QStringLiteral("%1 (marked \"%2\")").arg(section, markers[near].name);
    return true;
}

} // namespace

SectionMarkersCheck::Facts SectionMarkersCheck::collect(const GradingContext &context)
{
    Facts facts;
    const Exercise &exercise = context.exercise();
    const QVector<SessionMarker> &markers = context.prepared().markers;
    facts.markers = int(markers.size());
    facts.sections = int(exercise.sections.size());
    facts.sessionTempo = context.prepared().tempo;
    facts.songTempo = exercise.tempo;
    facts.sessionMeter = context.prepared().meter;
    facts.songMeter = exercise.meter.toString();
    const double beat = context.beatFrames();
    const bool anyMain = std::any_of(
        exercise.sections.begin(), exercise.sections.end(), [](const Section &s) { return isMain(s.name); });
    QSet<int> used;
    for (const Section &section : exercise.sections) {
        const double at
            = exercise.secondsAtTick(double(exercise.barStartTick(section.firstBar))) * context.prepared().sampleRate;
        if (!matchSection(section.name, at, beat, markers, used, facts)) {
            facts.missing << section.name;
            if (!anyMain || isMain(section.name))
                facts.missingMain << section.name;
        }
    }
    return facts;
}

QStringList SectionMarkersCheck::describe(const Facts &facts)
{
    QStringList lines;
    if (facts.markers == 0)
        lines << QStringLiteral("No markers in the session.");
    else
        lines << QStringLiteral("%1 of %2 sections marked at their downbeat with their name.")
                     .arg(facts.exact)
                     .arg(facts.sections);
    if (!facts.missing.isEmpty() && facts.markers > 0)
        lines << QStringLiteral("Sections without a marker: %1.").arg(GradingContext::listNames(facts.missing, 6));
    if (!facts.wrong.isEmpty())
        lines << QStringLiteral("Misnamed or misplaced: %1.").arg(GradingContext::listNames(facts.wrong, 4));
    return lines;
}

CheckOutcome SectionMarkersCheck::levelFor(const Facts &facts)
{
    if (facts.sections == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The exercise has no sections to mark."));
    QStringList evidence = describe(facts);
    const bool grid
        = std::fabs(facts.sessionTempo - facts.songTempo) < kTempoToleranceBpm && facts.sessionMeter == facts.songMeter;
    int level = 5;
    if (facts.markers == 0 || facts.marked() * 2 < facts.sections)
        level = 1;
    else if (!facts.missingMain.isEmpty() || facts.misplaced + facts.misnamed >= 3)
        level = 2;
    else if (facts.exact < facts.sections)
        level = 3;
    else if (!grid)
        level = 4;
    if (!grid)
        evidence << QStringLiteral("The session's tempo or meter (%1, %2) is not the song's (%3, %4).")
                        .arg(facts.sessionTempo)
                        .arg(facts.sessionMeter)
                        .arg(facts.songTempo)
                        .arg(facts.songMeter);
    if (level >= 4)
        evidence << QStringLiteral("For the lecturer: markers for solos, stops and other mix events.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
