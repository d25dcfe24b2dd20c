#include "ClippingDetector.h"

#include "Decibels.h"
#include "SampleMath.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

// Flat-run levels remembered per channel; the lowest is dropped when full.
constexpr size_t kMaxFlatLevels = 32;
constexpr int kMaxRunsPerLevel = 16;

void addStoredRun(QList<ClippedRun> &runs, const ClippedRun &run, int limit)
{
    if (runs.size() < limit)
        runs.append(run);
}

} // namespace

ClippingDetector::ClippingDetector(const AnalysisThresholds &thresholds)
    : m_clipLevel(float(dbToAmplitude(thresholds.clipLevelDbfs))),
      m_flatMinLevel(float(dbToAmplitude(thresholds.flatTopMinLevelDbfs))),
      m_clipMinRun(std::max(1, thresholds.clipMinRunSamples)),
      m_flatMinRun(std::max(2, thresholds.flatTopMinRunSamples)),
      m_flatMinRuns(std::max(1, thresholds.flatTopMinRuns)),
      m_flatMarginFactor(dbToAmplitude(-std::fabs(thresholds.flatTopPeakMarginDb)))
{
}

void ClippingDetector::initialize(const AudioFormat &format)
{
    m_channels.assign(size_t(format.channels), Channel {});
    m_result = ClippingResult {};
    m_frames = 0;
    const bool coarse = !format.floatingPoint && format.bitDepth > 0 && format.bitDepth <= 16;
    m_flatMinRunForFormat = coarse ? 2 * m_flatMinRun : m_flatMinRun;
}

void ClippingDetector::closeFullRun(Channel &channel, int index, qint64 end)
{
    const qint64 length = end - channel.fullRunStart;
    if (length >= m_clipMinRun) {
        m_result.fullScaleSamples += length;
        ++m_result.runCount;
        if (m_result.firstFrame < 0 || channel.fullRunStart < m_result.firstFrame)
            m_result.firstFrame = channel.fullRunStart;
        m_result.lastFrame = std::max(m_result.lastFrame, end);
        addStoredRun(m_result.runs, {channel.fullRunStart, length, index, false, amplitudeToDb(m_clipLevel)},
            ClippingResult::kMaxStoredRuns);
    }
    channel.fullRunStart = -1;
}

void ClippingDetector::closeFlatRun(Channel &channel, int index, qint64 end)
{
    const qint64 length = end - channel.flatRunStart;
    const qint64 start = channel.flatRunStart;
    channel.flatRunStart = -1;
    if (length < m_flatMinRunForFormat)
        return;
    const float level = std::fabs(channel.previous);
    std::vector<FlatLevel> &levels = channel.flatLevels;
    auto it = std::find_if(levels.begin(), levels.end(), [&](const FlatLevel &l) { return l.level == level; });
    if (it == levels.end()) {
        if (levels.size() >= kMaxFlatLevels) {
            auto lowest = std::min_element(
                levels.begin(), levels.end(), [](const FlatLevel &a, const FlatLevel &b) { return a.level < b.level; });
            if (lowest->level >= level)
                return;
            levels.erase(lowest);
        }
        levels.push_back(FlatLevel {level, 0, 0, 0, {}});
        it = levels.end() - 1;
    }
    ++it->runs;
    it->samples += length;
    it->lastEnd = end;
    addStoredRun(it->firstRuns, {start, length, index, true, amplitudeToDb(level)}, kMaxRunsPerLevel);
}

void ClippingDetector::scan(Channel &channel, int index, const float *samples, qint64 count, qint64 firstFrame)
{
    for (qint64 i = 0; i < count; ++i) {
        const float value = samples[i];
        const float magnitude = std::fabs(value);
        const qint64 frame = firstFrame + i;
        const int sign = value < 0.0f ? -1 : 1;

        const bool atFullScale = magnitude >= m_clipLevel;
        if (channel.fullRunStart >= 0 && (!atFullScale || sign != channel.fullRunSign))
            closeFullRun(channel, index, frame);
        if (atFullScale && channel.fullRunStart < 0) {
            channel.fullRunStart = frame;
            channel.fullRunSign = sign;
        }

        const bool flat = frame > 0 && value == channel.previous && !atFullScale && magnitude >= m_flatMinLevel;
        if (channel.flatRunStart >= 0 && !flat)
            closeFlatRun(channel, index, frame);
        else if (flat && channel.flatRunStart < 0)
            channel.flatRunStart = frame - 1;
        channel.previous = value;
    }
}

void ClippingDetector::process(const AudioBlock &block)
{
    const float interesting = std::min(m_clipLevel, m_flatMinLevel);
    for (int c = 0; c < block.channelCount(); ++c) {
        Channel &channel = m_channels[size_t(c)];
        const float *samples = block.channels[c];
        const float blockPeak = maxAbs(samples, block.frames);
        channel.peak = std::max(channel.peak, blockPeak);
        // Most blocks hold neither a full-scale sample nor two equal loud samples in a
        // row: skip the per-sample scan.
        const bool quiet = blockPeak < interesting
            || (blockPeak < m_clipLevel && !hasLoudRepeat(samples, block.frames, channel.previous, m_flatMinLevel));
        if (quiet && channel.fullRunStart < 0 && channel.flatRunStart < 0) {
            channel.previous = samples[block.frames - 1];
            continue;
        }
        scan(channel, c, samples, block.frames, block.firstFrame);
    }
    m_frames += block.frames;
}

void ClippingDetector::finish(TrackAnalysis &result)
{
    for (size_t c = 0; c < m_channels.size(); ++c) {
        Channel &channel = m_channels[c];
        if (channel.fullRunStart >= 0)
            closeFullRun(channel, int(c), m_frames);
        if (channel.flatRunStart >= 0)
            closeFlatRun(channel, int(c), m_frames);
        const double nearPeak = channel.peak * m_flatMarginFactor;
        for (const FlatLevel &level : channel.flatLevels) {
            if (level.level < nearPeak || level.runs < m_flatMinRuns)
                continue;
            m_result.flatTopSamples += level.samples;
            m_result.runCount += level.runs;
            m_result.lastFrame = std::max(m_result.lastFrame, level.lastEnd);
            for (const ClippedRun &run : level.firstRuns) {
                if (m_result.firstFrame < 0 || run.startFrame < m_result.firstFrame)
                    m_result.firstFrame = run.startFrame;
                m_result.runs.append(run);
            }
        }
    }
    std::sort(m_result.runs.begin(), m_result.runs.end(),
        [](const ClippedRun &a, const ClippedRun &b) { return a.startFrame < b.startFrame; });
    if (m_result.runs.size() > ClippingResult::kMaxStoredRuns)
        m_result.runs.resize(ClippingResult::kMaxStoredRuns);
    result.clipping = m_result;
}

} // namespace prepmark
