#pragma once

#include <QtGlobal>

#include <span>

namespace prepmark {

// One block of a file as every TrackMeasurement sees it, in two layouts of the same
// samples: interleaved (what libsndfile and libebur128 use) and one contiguous array
// per channel (what vectorised loops want). Samples are floats, full scale = 1.0.
// The block owns nothing: its pointers are valid only during process().
struct AudioBlock
{
    const float *interleaved = nullptr; // frames * channels.size() samples
    std::span<const float *const> channels; // channels[c][i] is frame i of channel c
    qint64 frames = 0; // frames in this block, > 0
    qint64 firstFrame = 0; // position of frame 0 of the block in the file

    int channelCount() const { return int(channels.size()); }
};

} // namespace prepmark
