#include "ClickDetector.h"

#include "Decibels.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

// Samples on each side of a centre excluded from its neighbourhood: a step spreads
// over two samples of e, a one-sample spike over three.
constexpr qint64 kCore = 2;

float largest(const float *x, qint64 count)
{
    return count > 0 ? *std::max_element(x, x + count) : 0.0f;
}

double meanSquare(const float *x, qint64 count)
{
    double sum = 0.0;
    for (qint64 i = 0; i < count; ++i)
        sum += double(x[i]) * x[i];
    return count > 0 ? sum / double(count) : 0.0;
}

} // namespace

ClickDetector::ClickDetector(const AnalysisThresholds &thresholds) : m_thresholds(thresholds)
{
}

void ClickDetector::initialize(const AudioFormat &format)
{
    m_halfWidth = std::max<qint64>(8, qRound64(m_thresholds.clickWindowMs * format.sampleRate / 1000.0));
    m_minJump = float(dbToAmplitude(m_thresholds.clickMinLevelDbfs));
    m_relative = dbToAmplitude(m_thresholds.clickMinRelativeDb);
    m_channels.assign(size_t(format.channels), Channel{});
    for (Channel &channel : m_channels)
        channel.nextCentre = m_halfWidth + kCore;
}

void ClickDetector::process(const AudioBlock &block)
{
    for (int c = 0; c < block.channelCount(); ++c) {
        Channel &channel = m_channels[size_t(c)];
        const size_t kept = channel.samples.size();
        channel.samples.insert(channel.samples.end(), block.channels[c], block.channels[c] + block.frames);
        channel.jump.resize(channel.samples.size());
        channel.prefix.resize(channel.samples.size() + 1);
        // Recompute e from two frames before the new ones (the kept history has them).
        const float *x = channel.samples.data();
        float *jump = channel.jump.data();
        const size_t from = kept >= 2 ? kept : 0;
        for (size_t j = from; j < channel.samples.size(); ++j) {
            const bool defined = channel.start + qint64(j) >= 2 && j >= 2;
            jump[j] = defined ? std::fabs(x[j] - 2.0f * x[j - 1] + x[j - 2]) : 0.0f;
        }
        double *prefix = channel.prefix.data();
        for (size_t j = from; j < channel.samples.size(); ++j)
            prefix[j + 1] = prefix[j] + jump[j];
        examine(channel, c);
    }
}

void ClickDetector::examine(Channel &channel, int index)
{
    const qint64 w = m_halfWidth;
    const qint64 end = channel.start + qint64(channel.samples.size());   // exclusive
    const float *x = channel.samples.data();
    const float *jump = channel.jump.data();
    const double *prefix = channel.prefix.data();
    const double sideLength = double(w - kCore);
    qint64 centre = channel.nextCentre;
    for (; centre + w < end; ++centre) {
        const qint64 j = centre - channel.start;
        const float size = jump[j];
        if (size < m_minJump)
            continue;
        if (size < jump[j - 1] || size < jump[j - 2] || size <= jump[j + 1] || size <= jump[j + 2])
            continue;
        if (channel.lastClick >= 0 && centre - channel.lastClick < w)
            continue;
        // Sides: [j-w, j-kCore) and (j+kCore, j+w].
        const double left = (prefix[j - kCore] - prefix[j - w]) / sideLength;
        const double right = (prefix[j + w + 1] - prefix[j + kCore + 1]) / sideLength;
        if (size < m_thresholds.clickLocalRatio * std::max(left, right))
            continue;
        const float sidePeak = std::max(largest(jump + j - w, w - kCore), largest(jump + j + kCore + 1, w - kCore));
        if (size < m_thresholds.clickPeakRatio * sidePeak)
            continue;
        const double rmsLeft = std::sqrt(meanSquare(x + j - w, w - kCore));
        const double rmsRight = std::sqrt(meanSquare(x + j + kCore + 1, w - kCore));
        if (size < m_relative * std::max(rmsLeft, rmsRight))
            continue;
        channel.lastClick = centre;
        ++channel.count;
        if (channel.stored.size() < m_thresholds.maxReportedClicks)
            channel.stored.append(Click{centre, index, amplitudeToDb(size)});
    }
    channel.nextCentre = centre;

    // Keep what the next centres need: w + kCore frames before the next centre.
    const qint64 keepFrom = std::max(channel.start, channel.nextCentre - w - kCore);
    const size_t drop = size_t(keepFrom - channel.start);
    if (drop > 0) {
        channel.samples.erase(channel.samples.begin(), channel.samples.begin() + qsizetype(drop));
        channel.jump.erase(channel.jump.begin(), channel.jump.begin() + qsizetype(drop));
        const double base = channel.prefix[drop];
        channel.prefix.erase(channel.prefix.begin(), channel.prefix.begin() + qsizetype(drop));
        for (double &p : channel.prefix)
            p -= base;
        channel.start = keepFrom;
    }
}

void ClickDetector::finish(TrackAnalysis &result)
{
    QList<Click> all;
    qint64 count = 0;
    for (const Channel &channel : m_channels) {
        all.append(channel.stored);
        count += channel.count;
    }
    std::sort(all.begin(), all.end(), [](const Click &a, const Click &b) { return a.frame < b.frame; });
    QList<Click> merged;
    for (const Click &click : all) {
        if (!merged.isEmpty() && click.frame - merged.last().frame < m_halfWidth) {
            --count;
            if (click.jumpDbfs > merged.last().jumpDbfs)
                merged.last().jumpDbfs = click.jumpDbfs;
            continue;
        }
        merged.append(click);
    }
    if (merged.size() > m_thresholds.maxReportedClicks)
        merged.resize(m_thresholds.maxReportedClicks);
    result.clicks = merged;
    result.clickCount = count;
}

} // namespace prepmark
