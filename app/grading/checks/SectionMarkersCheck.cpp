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

} // namespace

SectionMarkersCheck::Facts SectionMarkersCheck::compare(const GradingContext &context)
{
    Facts facts;
    const Exercise &exercise = context.exercise();
    const QVector<SessionMarker> &markers = context.prepared().markers;
    facts.markers = int(markers.size());
    facts.sections = int(exercise.sections.size());
    const double beat = context.beatFrames();
    const bool anyMain = std::any_of(
        exercise.sections.begin(), exercise.sections.end(), [](const Section &s) { return isMain(s.name); });
    QSet<int> used;
    for (const Section &section : exercise.sections) {
        const double at
            = exercise.secondsAtTick(double(exercise.barStartTick(section.firstBar))) * context.prepared().sampleRate;
        int named = -1;
        for (int i = 0; i < markers.size(); ++i) {
            if (!used.contains(i) && simplified(markers[i].name) == simplified(section.name)
                && (named < 0
                    || std::fabs(markers[i].positionSamples - at) < std::fabs(markers[named].positionSamples - at)))
                named = i;
        }
        if (named >= 0) {
            used.insert(named);
            const double beats = (markers[named].positionSamples - at) / beat;
            if (std::fabs(beats) <= 1.0 + 1e-9) {
                ++facts.exact;
            } else {
                ++facts.misplaced;
                facts.wrong << QStringLiteral("%1 (%2 beats %3)")
                                   .arg(section.name)
                                   .arg(std::fabs(beats), 0, 'f', 1)
                                   .arg(beats > 0 ? QStringLiteral("late") : QStringLiteral("early"));
            }
            continue;
        }
        int near = -1;
        for (int i = 0; i < markers.size(); ++i) {
            if (!used.contains(i) && std::fabs(markers[i].positionSamples - at) <= beat
                && (near < 0
                    || std::fabs(markers[i].positionSamples - at) < std::fabs(markers[near].positionSamples - at)))
                near = i;
        }
        if (near >= 0) {
            used.insert(near);
            ++facts.misnamed;
            facts.wrong << QStringLiteral("%1 (marked \"%2\")").arg(section.name, markers[near].name);
            continue;
        }
        facts.missing << section.name;
        if (!anyMain || isMain(section.name))
            facts.missingMain << section.name;
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

CheckOutcome SectionMarkersCheck::judge(const GradingContext &context) const
{
    const Facts facts = compare(context);
    if (facts.sections == 0)
        return CheckOutcome::nothingToJudge(QStringLiteral("The exercise has no sections to mark."));
    QStringList evidence = describe(facts);
    const bool grid = std::fabs(context.prepared().tempo - context.exercise().tempo) < 0.01
        && context.prepared().meter == context.exercise().meter.toString();
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
                        .arg(context.prepared().tempo)
                        .arg(context.prepared().meter)
                        .arg(context.exercise().tempo)
                        .arg(context.exercise().meter.toString());
    if (level >= 4)
        evidence << QStringLiteral("For the lecturer: markers for solos, stops and other mix events.");
    return CheckOutcome {level, evidence};
}

} // namespace prepmark
