#include "LevelMeter.h"

#include "Decibels.h"
#include "SampleMath.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cmath>

namespace prepmark {

void LevelMeter::initialize(const AudioFormat &format)
{
    m_channels.assign(size_t(format.channels), ChannelSums {});
    m_frames = 0;
}

void LevelMeter::process(const AudioBlock &block)
{
    for (int c = 0; c < block.channelCount(); ++c) {
        const SampleStatistics sums = sampleStatistics(block.channels[c], block.frames);
        ChannelSums &channel = m_channels[size_t(c)];
        channel.peak = std::max(channel.peak, sums.peak);
        channel.sum += sums.sum;
        channel.sumOfSquares += sums.sumOfSquares;
    }
    m_frames += block.frames;
}

void LevelMeter::finish(TrackAnalysis &result)
{
    result.channels.resize(qsizetype(m_channels.size()));
    float peak = 0.0f;
    double sumOfSquares = 0.0;
    for (size_t c = 0; c < m_channels.size(); ++c) {
        const ChannelSums &sums = m_channels[c];
        ChannelLevels &levels = result.channels[qsizetype(c)];
        levels.samplePeakDbfs = amplitudeToDb(sums.peak);
        levels.rmsDbfs = m_frames > 0 ? powerToDb(sums.sumOfSquares / double(m_frames)) : kMinusInfinity;
        levels.dcOffset = m_frames > 0 ? sums.sum / double(m_frames) : 0.0;
        peak = std::max(peak, sums.peak);
        sumOfSquares += sums.sumOfSquares;
    }
    result.samplePeakDbfs = amplitudeToDb(peak);
    const double samples = double(m_frames) * double(m_channels.size());
    result.rmsDbfs = samples > 0 ? powerToDb(sumOfSquares / samples) : kMinusInfinity;
}

} // namespace prepmark
