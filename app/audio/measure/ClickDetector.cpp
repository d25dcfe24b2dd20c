#include "ClickDetector.h"

#include "Decibels.h"
#include "SampleMath.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

// Samples on each side of a centre excluded from its neighbourhood: a step spreads
// over two samples of e, a one-sample spike over three.
constexpr qint64 kCore = 2;

// Frames per chunk of the per-chunk bounds.
constexpr qint64 kChunk = 8;

double sum(const float *x, qint64 count)
{
    double total = 0.0;
    for (qint64 i = 0; i < count; ++i)
        total += x[i];
    return total;
}

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

ClickDetector::ClickDetector(const AnalysisThresholds &thresholds) : m_thresholds(thresholds) { }

void ClickDetector::initialize(const AudioFormat &format)
{
    m_halfWidth = std::max<qint64>(8, qRound64(m_thresholds.clickWindowMs * format.sampleRate / 1000.0));
    m_minJump = float(dbToAmplitude(m_thresholds.clickMinLevelDbfs));
    m_relative = dbToAmplitude(m_thresholds.clickMinRelativeDb);
    m_channels.assign(size_t(format.channels), Channel {});
    for (Channel &channel : m_channels)
        channel.nextCentre = m_halfWidth + kCore;
}

void ClickDetector::process(const AudioBlock &block)
{
    for (int c = 0; c < block.channelCount(); ++c) {
        Channel &channel = m_channels[size_t(c)];
        const size_t kept = channel.samples.size();
        channel.samples.insert(channel.samples.end(), block.channels[c], block.channels[c] + block.frames);
        const size_t size = channel.samples.size();
        channel.jump.resize(size);
        const float *x = channel.samples.data();
        float *jump = channel.jump.data();
        // e of the new frames (the kept history holds the two frames before them);
        // e is not defined for the first two frames of the file.
        const size_t from = std::max<size_t>(kept, 2);
        for (size_t j = kept; j < from && j < size; ++j)
            jump[j] = 0.0f;
        for (size_t j = from; j < size; ++j)
            jump[j] = std::fabs(x[j] - 2.0f * x[j - 1] + x[j - 2]);

        static_assert(kChunk == 8, "peaksAndSumsOf8() makes the chunks");
        const size_t chunks = (size + size_t(kChunk) - 1) / size_t(kChunk);
        channel.chunkMax.resize(chunks);
        channel.chunkSum.resize(chunks);
        channel.chunkPrefix.resize(chunks + 1);
        peaksAndSumsOf8(jump, qint64(size), channel.chunkMax.data(), channel.chunkSum.data());
        channel.chunkPrefix[0] = 0.0;
        for (size_t k = 0; k < chunks; ++k)
            channel.chunkPrefix[k + 1] = channel.chunkPrefix[k] + channel.chunkSum[k];
        examine(channel, c);
    }
}

bool ClickDetector::isClick(const Channel &channel, qint64 j) const
{
    const qint64 w = m_halfWidth;
    const float *x = channel.samples.data();
    const float *jump = channel.jump.data();
    const float size = jump[j];
    if (size < jump[j - 1] || size < jump[j - 2] || size <= jump[j + 1] || size <= jump[j + 2])
        return false;
    // Sides: [j-w, j-kCore) and (j+kCore, j+w].
    const qint64 side = w - kCore;
    const double left = sum(jump + j - w, side) / double(side);
    const double right = sum(jump + j + kCore + 1, side) / double(side);
    if (size < m_thresholds.clickLocalRatio * std::max(left, right))
        return false;
    const float sidePeak = std::max(largest(jump + j - w, side), largest(jump + j + kCore + 1, side));
    if (size < m_thresholds.clickPeakRatio * sidePeak)
        return false;
    const double rmsLeft = std::sqrt(meanSquare(x + j - w, side));
    const double rmsRight = std::sqrt(meanSquare(x + j + kCore + 1, side));
    return size >= m_relative * std::max(rmsLeft, rmsRight);
}

void ClickDetector::chunkThresholds(const Channel &channel, qint64 first, qint64 last)
{
    // Chunks [c - span, c - 2] and [c + 2, c + span] lie inside both sides of the
    // neighbourhood of every centre in chunk c (see the class comment); near the ends
    // of the buffer only the absolute level applies. The loop in the middle has no
    // branch, for the vectoriser.
    const qint64 chunks = qint64(channel.chunkMax.size());
    const qint64 span = (m_halfWidth - kChunk + 1) / kChunk;
    const double sideLength = double(m_halfWidth - kCore);
    const double ratio = m_thresholds.clickLocalRatio;
    const double *prefix = channel.chunkPrefix.data();
    m_chunkThreshold.assign(size_t(last - first + 1), m_minJump);
    if (span < 2)
        return;
    const qint64 from = std::max(first, span);
    const qint64 to = std::min(last, chunks - span - 1); // inclusive
    float *threshold = m_chunkThreshold.data() - first;
    const float minJump = m_minJump;
    for (qint64 chunk = from; chunk <= to; ++chunk) {
        const double left = prefix[chunk - 1] - prefix[chunk - span];
        const double right = prefix[chunk + span + 1] - prefix[chunk + 2];
        const float local = float(ratio * (left > right ? left : right) / sideLength);
        threshold[chunk] = local > minJump ? local : minJump;
    }
}

void ClickDetector::examine(Channel &channel, int index)
{
    const qint64 w = m_halfWidth;
    const qint64 end = channel.start + qint64(channel.samples.size()); // exclusive
    qint64 centre = channel.nextCentre;
    if (centre + w >= end)
        return;
    // The chunks of the centres to examine now, [first, last], and their thresholds.
    const qint64 first = (centre - channel.start) / kChunk;
    const qint64 last = (end - w - 1 - channel.start) / kChunk;
    chunkThresholds(channel, first, last);
    const float *chunkMax = channel.chunkMax.data();
    const float *thresholds = m_chunkThreshold.data() - first;
    while (centre + w < end) {
        qint64 chunk = (centre - channel.start) / kChunk;
        if (chunkMax[chunk] < thresholds[chunk]) {
            // Most chunks: skip to the next one that may hold a click.
            do
                ++chunk;
            while (chunk <= last && chunkMax[chunk] < thresholds[chunk]);
            centre = std::min(channel.start + chunk * kChunk, end - w);
            continue;
        }
        const float threshold = thresholds[chunk];
        const qint64 chunkEnd = std::min(channel.start + (chunk + 1) * kChunk, end - w);
        for (; centre < chunkEnd; ++centre) {
            const qint64 at = centre - channel.start;
            if (channel.jump[size_t(at)] < threshold)
                continue;
            if (channel.lastClick >= 0 && centre - channel.lastClick < w)
                continue;
            if (!isClick(channel, at))
                continue;
            channel.lastClick = centre;
            ++channel.count;
            if (channel.stored.size() < m_thresholds.maxReportedClicks)
                channel.stored.append(Click {centre, index, amplitudeToDb(channel.jump[size_t(at)])});
        }
    }
    channel.nextCentre = centre;

    // Keep what the next centres need: w + kCore frames before the next centre.
    const qint64 keepFrom = std::max(channel.start, channel.nextCentre - w - kCore);
    const auto drop = qsizetype(keepFrom - channel.start);
    if (drop > 0) {
        channel.samples.erase(channel.samples.begin(), channel.samples.begin() + drop);
        channel.jump.erase(channel.jump.begin(), channel.jump.begin() + drop);
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
