#include "LoudestStretchFinder.h"

#include "Decibels.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace prepmark {

LoudestStretchFinder::LoudestStretchFinder(const AnalysisThresholds &thresholds)
    : m_stretchSeconds(thresholds.pairStretchSeconds)
{
}

void LoudestStretchFinder::initialize(const AudioFormat &format)
{
    const qint64 windowFrames = std::max(1, format.sampleRate / 10);
    const size_t windows = size_t(std::max(1.0, std::round(m_stretchSeconds * 10.0)));
    m_ring.assign(windows, 0.0);
    m_starts.assign(windows, 0);
    m_lengths.assign(windows, 0);
    m_next = 0;
    m_filled = 0;
    m_bestEnergy = -1.0;
    m_bestStart = 0;
    m_bestFrames = 0;
    m_totalFrames = 0;
    m_totalEnergy = 0.0;
    m_windows.reset(
        windowFrames, [this](qint64 start, qint64 frames, double power) { addWindow(start, frames, power); });
}

void LoudestStretchFinder::process(const AudioBlock &block)
{
    m_windows.add(block);
}

void LoudestStretchFinder::addWindow(qint64 startFrame, qint64 frames, double power)
{
    const double energy = power * double(frames);
    m_totalFrames += frames;
    m_totalEnergy += energy;
    m_ring[m_next] = energy;
    m_starts[m_next] = startFrame;
    m_lengths[m_next] = frames;
    m_next = (m_next + 1) % m_ring.size();
    m_filled = std::min(m_filled + 1, m_ring.size());
    if (m_filled < m_ring.size())
        return;
    const double stretchEnergy = std::accumulate(m_ring.begin(), m_ring.end(), 0.0);
    if (stretchEnergy > m_bestEnergy) {
        m_bestEnergy = stretchEnergy;
        m_bestStart = m_starts[m_next]; // the oldest window of the ring
        m_bestFrames = std::accumulate(m_lengths.begin(), m_lengths.end(), qint64(0));
    }
}

void LoudestStretchFinder::finish(TrackAnalysis &result)
{
    m_windows.flush();
    if (m_bestEnergy < 0.0) {
        // Shorter than one stretch: the whole track.
        m_bestStart = 0;
        m_bestFrames = m_totalFrames;
        m_bestEnergy = m_totalEnergy;
    }
    result.loudestStretchStartFrame = m_bestStart;
    result.loudestStretchFrames = m_bestFrames;
    result.loudestStretchRmsDbfs = m_bestFrames > 0 ? powerToDb(m_bestEnergy / double(m_bestFrames)) : kMinusInfinity;
}

} // namespace prepmark
