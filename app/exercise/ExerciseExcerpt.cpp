#include "ExerciseExcerpt.h"

#include <QCryptographicHash>

#include <algorithm>

namespace prepmark {
namespace {

// The section holding a bar of the original (the last one for bars past the end).
const Section &sectionOf(const Exercise &exercise, int bar)
{
    for (const Section &section : exercise.sections) {
        if (bar < section.firstBar + section.bars)
            return section;
    }
    return exercise.sections.last();
}

int firstExcerptBar(const Exercise &exercise, const Section &target, int barsPerSection)
{
    int bar = 1;
    for (const Section &section : exercise.sections) {
        if (&section == &target)
            break;
        bar += std::min(section.bars, barsPerSection);
    }
    return bar;
}

// The kept bar an original bar is in, or 0 when the bar is not kept.
int keptBar(const Exercise &exercise, int bar, int barsPerSection)
{
    const Section &section = sectionOf(exercise, bar);
    const int offset = bar - section.firstBar;
    if (offset >= std::min(section.bars, barsPerSection))
        return 0;
    return firstExcerptBar(exercise, section, barsPerSection) + offset;
}

} // namespace

int ExerciseExcerpt::mapBar(const Exercise &exercise, int bar, int barsPerSection)
{
    const Section &section = sectionOf(exercise, bar);
    const int kept = std::min(section.bars, barsPerSection);
    return firstExcerptBar(exercise, section, barsPerSection) + std::clamp(bar - section.firstBar, 0, kept - 1);
}

Exercise ExerciseExcerpt::of(const Exercise &exercise, int barsPerSection)
{
    barsPerSection = std::max(1, barsPerSection);
    Exercise excerpt = exercise;
    const qint64 barTicks = exercise.meter.barTicks();
    excerpt.sections.clear();
    int bar = 1;
    for (const Section &section : exercise.sections) {
        excerpt.sections << Section {section.name, bar, std::min(section.bars, barsPerSection)};
        bar += excerpt.sections.last().bars;
    }

    for (Source &source : excerpt.sources) {
        QVector<NoteEvent> notes;
        for (const NoteEvent &note : source.notes) {
            const int originalBar = int(note.writtenTick / barTicks) + 1;
            const int target = keptBar(exercise, originalBar, barsPerSection);
            if (target == 0)
                continue;
            const qint64 shift = exercise.barStartTick(target) - exercise.barStartTick(originalBar);
            const Section &section = sectionOf(exercise, originalBar);
            const int keptEnd
                = firstExcerptBar(exercise, section, barsPerSection) + std::min(section.bars, barsPerSection);
            NoteEvent moved = note;
            moved.startTick += shift;
            moved.writtenTick += shift;
            moved.lengthTicks = std::min(moved.lengthTicks, exercise.barStartTick(keptEnd) - moved.startTick);
            if (moved.lengthTicks > 0)
                notes << moved;
        }
        source.notes = notes;
        QVector<Source::Line> lines;
        for (const Source::Line &line : source.lines) {
            const int originalBar = int(line.startTick / barTicks) + 1;
            const int target = keptBar(exercise, originalBar, barsPerSection);
            if (target != 0)
                lines << Source::Line {
                    line.startTick + exercise.barStartTick(target) - exercise.barStartTick(originalBar), line.text};
        }
        source.lines = lines;
        QVector<PlantedFault> faults;
        for (PlantedFault fault : source.faults) {
            if (fault.kind == FaultKind::Timing) {
                fault.position.bar = keptBar(exercise, fault.position.bar, barsPerSection);
                if (fault.position.bar == 0)
                    continue;
            } else {
                fault.fromBar = mapBar(exercise, fault.fromBar, barsPerSection);
                fault.toBar = mapBar(exercise, fault.toBar, barsPerSection);
            }
            faults << fault;
        }
        source.faults = faults;
    }

    for (DeliveredTrack &track : excerpt.tracks) {
        for (PlantedFault &fault : track.faults) {
            for (BarPosition &position : fault.at)
                position.bar = mapBar(exercise, position.bar, barsPerSection);
            if (fault.kind == FaultKind::Unconsolidated) {
                fault.startBar = mapBar(exercise, fault.startBar, barsPerSection);
                if (fault.endBar > 0)
                    fault.endBar = std::max(fault.startBar, mapBar(exercise, fault.endBar, barsPerSection));
            }
        }
    }
    excerpt.contentHash = QString::fromLatin1(QCryptographicHash::hash(
        (exercise.contentHash + QStringLiteral("/excerpt/%1").arg(barsPerSection)).toUtf8(), QCryptographicHash::Sha256)
                                                  .toHex());
    return excerpt;
}

} // namespace prepmark
