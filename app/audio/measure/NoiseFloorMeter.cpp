#include "NoiseFloorMeter.h"

#include "Decibels.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

NoiseFloorMeter::NoiseFloorMeter(const AnalysisThresholds &thresholds) : m_thresholds(thresholds) { }

void NoiseFloorMeter::initialize(const AudioFormat &format)
{
    m_windowFrames = std::max<qint64>(1, qRound64(m_thresholds.noiseWindowSeconds * format.sampleRate));
    m_minStretchFrames
        = std::max<qint64>(m_windowFrames, qRound64(m_thresholds.noiseMinStretchSeconds * format.sampleRate));
    m_silencePower = dbToPower(m_thresholds.silenceLevelDbfs);
    m_stabilityRatio = dbToPower(std::fabs(m_thresholds.noiseStabilityDb));
    m_start = -1;
    m_bestPower = -1.0;
    m_bestStart = -1;
    m_bestFrames = 0;
    m_windows.reset(
        m_windowFrames, [this](qint64 start, qint64 frames, double power) { addWindow(start, frames, power); });
}

void NoiseFloorMeter::process(const AudioBlock &block)
{
    m_windows.add(block);
}

void NoiseFloorMeter::addWindow(qint64 startFrame, qint64 frames, double power)
{
    if (frames < m_windowFrames || power <= m_silencePower) {
        closeStretch();
        return;
    }
    if (m_start >= 0 && std::max(m_max, power) <= m_stabilityRatio * std::min(m_min, power)) {
        m_frames += frames;
        ++m_windowCount;
        m_sum += power;
        m_min = std::min(m_min, power);
        m_max = std::max(m_max, power);
        return;
    }
    closeStretch();
    m_start = startFrame;
    m_frames = frames;
    m_windowCount = 1;
    m_sum = m_min = m_max = power;
}

void NoiseFloorMeter::closeStretch()
{
    if (m_start >= 0 && m_frames >= m_minStretchFrames) {
        const double power = m_sum / m_windowCount;
        if (m_bestPower < 0.0 || power < m_bestPower) {
            m_bestPower = power;
            m_bestStart = m_start;
            m_bestFrames = m_frames;
        }
    }
    m_start = -1;
}

void NoiseFloorMeter::finish(TrackAnalysis &result)
{
    m_windows.flush();
    closeStretch();
    if (m_bestPower < 0.0)
        return;
    result.noiseFloorDbfs = powerToDb(m_bestPower);
    result.noiseFloorStartFrame = m_bestStart;
    result.noiseFloorFrames = m_bestFrames;
}

} // namespace prepmark
