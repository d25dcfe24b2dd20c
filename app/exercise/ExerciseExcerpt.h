#pragma once

#include "Exercise.h"

namespace prepmark {

// A short version of an exercise for quick renders (tests, previews): the first
// barsPerSection bars of every section, in order, so every part and every section
// still plays. Notes, spoken lines and performance faults outside the kept bars are
// dropped and the rest move with their bars; notes are cut where a kept stretch
// ends. Positioned track faults (click edits, consolidation bars) move to the same
// place in their section's kept bars, clamped to its last kept bar, so every planted
// fault is still in the excerpt. Tracks, microphones and the answer key are kept.
class ExerciseExcerpt
{
public:
    // barsPerSection >= 1. The result's contentHash differs from the original's.
    static Exercise of(const Exercise &exercise, int barsPerSection);

    // Where a bar of the original lands in an excerpt keeping barsPerSection bars of
    // every section (clamped into its section's kept bars).
    static int mapBar(const Exercise &exercise, int bar, int barsPerSection);
};

} // namespace prepmark
