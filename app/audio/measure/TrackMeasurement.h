#pragma once

#include "AudioBlock.h"
#include "AudioFormat.h"

namespace prepmark {

struct TrackAnalysis;

// One measurement of a track (peak, loudness, clicks, ...), fed the file block by
// block so that a file is read once and memory stays constant whatever its length
// (docs/CONVENTIONS.md, "Measurements and units").
//
// Call order, for each file:
//   1. initialize(format)   once, before the first block;
//   2. process(block)       for consecutive blocks in file order, every frame once;
//   3. finish(result)       once after the last block: writes this measurement's
//                           fields of the TrackAnalysis and nothing else.
// After finish() the object may be initialised again for another file. If reading
// fails half-way, the caller stops calling process() and never calls finish().
//
// Thread-safety: none. One instance per track, used by the thread analysing it.
class TrackMeasurement
{
public:
    virtual ~TrackMeasurement() = default;

    virtual void initialize(const AudioFormat &format) = 0;
    virtual void process(const AudioBlock &block) = 0;
    virtual void finish(TrackAnalysis &result) = 0;
};

} // namespace prepmark
