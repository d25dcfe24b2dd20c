#include "SilenceDetector.h"

#include "Decibels.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

SilenceDetector::SilenceDetector(const AnalysisThresholds &thresholds)
    : m_level(float(dbToAmplitude(thresholds.silenceLevelDbfs)))
{
}

void SilenceDetector::initialize(const AudioFormat &)
{
    m_firstSound = -1;
    m_lastSound = -1;
    m_frames = 0;
}

void SilenceDetector::process(const AudioBlock &block)
{
    for (int c = 0; c < block.channelCount(); ++c) {
        const float *x = block.channels[c];
        // Only the first and the last sound matter: search forwards until the first
        // is found, and backwards for the last of this block.
        if (m_firstSound < 0 || m_firstSound > block.firstFrame) {
            for (qint64 i = 0; i < block.frames; ++i) {
                if (std::fabs(x[i]) > m_level) {
                    const qint64 frame = block.firstFrame + i;
                    m_firstSound = m_firstSound < 0 ? frame : std::min(m_firstSound, frame);
                    break;
                }
            }
        }
        for (qint64 i = block.frames - 1; i >= 0; --i) {
            if (std::fabs(x[i]) > m_level) {
                m_lastSound = std::max(m_lastSound, block.firstFrame + i);
                break;
            }
        }
    }
    m_frames += block.frames;
}

void SilenceDetector::finish(TrackAnalysis &result)
{
    result.silent = m_firstSound < 0;
    result.leadingSilenceFrames = result.silent ? m_frames : m_firstSound;
    result.trailingSilenceFrames = result.silent ? 0 : m_frames - 1 - m_lastSound;
}

} // namespace prepmark
