#include "TruePeakMeter.h"

#include "Decibels.h"
#include "SampleMath.h"
#include "TrackAnalysis.h"

#include <algorithm>
#include <cstring>

namespace prepmark {

using truepeak::kHistory;

void TruePeakMeter::initialize(const AudioFormat &format)
{
    m_phases = format.sampleRate < 96000 ? 4 : format.sampleRate < 192000 ? 2 : 1;
    m_maxGain = truepeak::maxGain();
    m_channels.assign(size_t(format.channels), Channel {});
    for (Channel &channel : m_channels)
        channel.buffer.assign(kHistory, 0.0f);
}

void TruePeakMeter::measure(Channel &channel, const float *samples, qint64 count)
{
    std::vector<float> &buffer = channel.buffer;
    buffer.resize(size_t(kHistory + count));
    std::memcpy(buffer.data() + kHistory, samples, size_t(count) * sizeof(float));
    // Interpolate only where it can find a higher peak: no interpolated value
    // exceeds the largest input around it times the filter's gain. The test is made
    // per chunk of kSkipChunk samples, with the previous chunk's peak standing for
    // the history (a superset of it), so that once a track's peak is known only the
    // chunks near its loudest samples cost more than a pass of maxAbs().
    float previousPeak = maxAbs(buffer.data(), kHistory);
    for (qint64 start = 0; start < count; start += kSkipChunk) {
        const qint64 length = std::min(kSkipChunk, count - start);
        // Phase 0 of the interpolator is the sample itself: its peak is the sample peak.
        const float chunkPeak = maxAbs(samples + start, length);
        channel.peak = std::max(channel.peak, chunkPeak);
        if (m_phases > 1 && std::max(chunkPeak, previousPeak) * m_maxGain > channel.peak) {
            channel.peak = std::max(
                channel.peak, truepeak::maxAbsInterpolated(m_kernel, buffer.data() + start, length, m_phases));
        }
        previousPeak = chunkPeak;
    }
    std::memmove(buffer.data(), buffer.data() + count, kHistory * sizeof(float));
}

void TruePeakMeter::process(const AudioBlock &block)
{
    for (int c = 0; c < block.channelCount(); ++c)
        measure(m_channels[size_t(c)], block.channels[c], block.frames);
}

void TruePeakMeter::finish(TrackAnalysis &result)
{
    // The last kHistory / 2 samples have not yet been at the centre of the filter:
    // let them pass as if silence followed the file.
    const std::vector<float> silence(kHistory, 0.0f);
    if (result.channels.size() < qsizetype(m_channels.size()))
        result.channels.resize(qsizetype(m_channels.size()));
    float peak = 0.0f;
    for (size_t c = 0; c < m_channels.size(); ++c) {
        measure(m_channels[c], silence.data(), kHistory);
        result.channels[qsizetype(c)].truePeakDbtp = amplitudeToDb(m_channels[c].peak);
        peak = std::max(peak, m_channels[c].peak);
    }
    result.truePeakDbtp = amplitudeToDb(peak);
}

} // namespace prepmark
