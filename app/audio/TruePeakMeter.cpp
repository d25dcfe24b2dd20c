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
    // Phase 0 of the interpolator is the sample itself: its peak is the sample peak.
    const float samplePeak = maxAbs(samples, count);
    channel.peak = std::max(channel.peak, samplePeak);
    // Interpolate only where it can find a higher peak: no interpolated value
    // exceeds the largest input around it times the filter's gain. Once a track's
    // peak is known, its quieter blocks cost nothing more.
    const float localPeak = std::max(samplePeak, maxAbs(buffer.data(), kHistory));
    if (m_phases > 1 && localPeak * m_maxGain > channel.peak)
        channel.peak = std::max(channel.peak, truepeak::maxAbsInterpolated(m_kernel, buffer.data(), count, m_phases));
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
