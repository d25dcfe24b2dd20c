#pragma once

#include "AudioBlock.h"

#include <functional>

namespace prepmark {

// Cuts a stream of blocks into consecutive windows of a fixed number of frames,
// aligned to frame 0 of the file, and reports the mean power of each (mean of x^2
// over its frames and channels; full-scale sine = 0.5). A helper of the level-based
// measurements, not a measurement itself.
//
// Call order: reset(), then add() for consecutive blocks, then flush() once to
// report the last, shorter window (if any frames are left).
class WindowedPower
{
public:
    // startFrame of the window, its length in frames, its mean power.
    using Sink = std::function<void(qint64 startFrame, qint64 frames, double meanPower)>;

    void reset(qint64 windowFrames, Sink sink);
    void add(const AudioBlock &block);
    void flush();

private:
    qint64 m_windowFrames = 1;
    qint64 m_windowStart = 0;
    qint64 m_filled = 0; // frames in the current window
    double m_sum = 0.0; // sum of x^2 over the current window's frames and channels
    int m_channels = 1;
    Sink m_sink;
};

} // namespace prepmark
