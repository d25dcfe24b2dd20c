#include "LoudnessMeter.h"

#include "TrackAnalysis.h"

#include <algorithm>
#include <cstring>

namespace prepmark {

namespace {

constexpr int kGatingBlockSubBlocks = 4; // 400 ms
constexpr int kShortTermSubBlocks = 30; // 3 s
constexpr double kIntegratedRelativeGateLu = 10.0;
constexpr double kRangeRelativeGateLu = 20.0;
constexpr double kRangeLowPercentile = 0.10;
constexpr double kRangeHighPercentile = 0.95;

} // namespace

double LoudnessMeter::channelWeight(int channel, int channels)
{
    constexpr double kSurround = 1.41; // +1.5 dB
    if (channels == 4)
        return channel < 2 ? 1.0 : kSurround; // L R Ls Rs
    if (channels == 5)
        return channel < 3 ? 1.0 : kSurround; // L R C Ls Rs
    switch (channel) { // L R C LFE Ls Rs, then unused
    case 0:
    case 1:
    case 2:
        return 1.0;
    case 4:
    case 5:
        return kSurround;
    default:
        return 0.0;
    }
}

void LoudnessMeter::initialize(const AudioFormat &format)
{
    m_filter.reset();
    m_channels.clear();
    m_buffered = 0;
    m_subBlockSum = 0.0;
    m_subBlockFilled = 0;
    m_subBlocks = 0;
    m_gatingBlocks.clear();
    m_shortTermWindows.clear();
    if (format.sampleRate <= 0 || format.channels <= 0)
        return;
    m_subBlockFrames = std::max(1, (format.sampleRate + 5) / 10);
    m_filter.emplace(format.sampleRate, m_subBlockFrames);
    for (int c = 0; c < format.channels; ++c) {
        const double weight = channelWeight(c, format.channels);
        if (weight > 0.0)
            m_channels.push_back(Channel {c, weight, {}, std::vector<float>(size_t(m_filter->runLength()))});
    }
}

void LoudnessMeter::process(const AudioBlock &block)
{
    if (!m_filter)
        return;
    const qint64 runLength = m_filter->runLength();
    for (qint64 done = 0; done < block.frames;) {
        const qint64 take = std::min(block.frames - done, runLength - m_buffered);
        for (Channel &channel : m_channels)
            std::memcpy(
                channel.run.data() + m_buffered, block.channels[channel.index] + done, size_t(take) * sizeof(float));
        m_buffered += take;
        done += take;
        if (m_buffered == runLength) {
            filterRun();
            m_buffered = 0;
        }
    }
}

void LoudnessMeter::filterRun()
{
    double segments[KWeightingFilter::kLanes] = {};
    for (Channel &channel : m_channels) {
        double sums[KWeightingFilter::kLanes];
        m_filter->runSumsOfSquares(m_kernel, channel.run.data(), channel.state, sums);
        for (int i = 0; i < KWeightingFilter::kLanes; ++i)
            segments[i] += channel.weight * sums[i];
    }
    for (double segment : segments)
        addSegment(segment);
}

void LoudnessMeter::addSegment(double weightedSumOfSquares)
{
    // Segments divide sub-blocks exactly (KWeightingFilter's contract).
    m_subBlockSum += weightedSumOfSquares;
    m_subBlockFilled += m_filter->segmentLength();
    if (m_subBlockFilled == m_subBlockFrames) {
        addSubBlock(m_subBlockSum / double(m_subBlockFrames));
        m_subBlockSum = 0.0;
        m_subBlockFilled = 0;
    }
}

void LoudnessMeter::addSubBlock(double energy)
{
    m_recent[size_t(m_subBlocks % kShortTermSubBlocks)] = energy;
    ++m_subBlocks;
    // Sums over the ring, oldest first: the last n sub-blocks.
    const auto meanOfLast = [&](int n) {
        double sum = 0.0;
        for (qint64 k = m_subBlocks - n; k < m_subBlocks; ++k)
            sum += m_recent[size_t(k % kShortTermSubBlocks)];
        return sum / n;
    };
    if (m_subBlocks >= kGatingBlockSubBlocks)
        m_gatingBlocks.add(meanOfLast(kGatingBlockSubBlocks));
    if (m_subBlocks >= kShortTermSubBlocks)
        m_shortTermWindows.add(meanOfLast(kShortTermSubBlocks));
}

void LoudnessMeter::finish(TrackAnalysis &result)
{
    if (!m_filter)
        return;
    // The complete segments of the last, partial run, serially; a partial segment
    // belongs to a partial sub-block, which is not measured.
    const qint64 length = m_filter->segmentLength();
    for (qint64 start = 0; start + length <= m_buffered; start += length) {
        double segment = 0.0;
        for (Channel &channel : m_channels)
            segment += channel.weight * m_filter->sumOfSquares(channel.run.data() + start, length, channel.state);
        addSegment(segment);
    }
    m_buffered = 0;
    result.loudnessLufs = m_gatingBlocks.gatedLoudness(kIntegratedRelativeGateLu);
    result.loudnessRangeLu
        = m_shortTermWindows.loudnessRange(kRangeRelativeGateLu, kRangeLowPercentile, kRangeHighPercentile);
}

} // namespace prepmark
