#include "LevelMeter.h"

#include "Decibels.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

constexpr int kLanes = 8;

struct BlockSums
{
    float peak = 0.0f;
    float sum = 0.0f;
    float sumOfSquares = 0.0f;
};

// Eight independent lanes so that the compiler can keep them in one vector register
// without reordering floating-point additions (no -ffast-math needed). A block is
// at most a few thousand samples, well within float precision for these sums.
BlockSums sumBlock(const float *x, qint64 count)
{
    float peak[kLanes] = {};
    float sum[kLanes] = {};
    float squares[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane) {
            const float v = x[i + lane];
            const float magnitude = std::fabs(v);
            peak[lane] = magnitude > peak[lane] ? magnitude : peak[lane];
            sum[lane] += v;
            squares[lane] += v * v;
        }
    }
    BlockSums result;
    for (int lane = 0; lane < kLanes; ++lane) {
        result.peak = std::max(result.peak, peak[lane]);
        result.sum += sum[lane];
        result.sumOfSquares += squares[lane];
    }
    for (; i < count; ++i) {
        result.peak = std::max(result.peak, std::fabs(x[i]));
        result.sum += x[i];
        result.sumOfSquares += x[i] * x[i];
    }
    return result;
}

} // namespace

void LevelMeter::initialize(const AudioFormat &format)
{
    m_channels.assign(size_t(format.channels), ChannelSums {});
    m_frames = 0;
}

void LevelMeter::process(const AudioBlock &block)
{
    for (int c = 0; c < block.channelCount(); ++c) {
        const BlockSums sums = sumBlock(block.channels[c], block.frames);
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
