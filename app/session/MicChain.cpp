#include "MicChain.h"

#include "Biquad.h"
#include "RoomReverb.h"

#include <cmath>

namespace prepmark {
namespace {
constexpr double kDcBlockHz = 8.0;
}

void delayBuffer(AudioBuffer &buffer, qint64 frames)
{
    if (frames <= 0)
        return;
    for (std::vector<float> &channel : buffer.channels) {
        const std::size_t n = channel.size();
        const std::size_t shift = std::size_t(std::min<qint64>(frames, qint64(n)));
        std::copy_backward(channel.begin(), channel.end() - std::ptrdiff_t(shift), channel.end());
        std::fill(channel.begin(), channel.begin() + std::ptrdiff_t(shift), 0.0f);
    }
}

AudioBuffer MicChain::mixFeeds(
    const DeliveredTrack &track, const RenderedSources &sources, int sampleRate, qint64 frames)
{
    AudioBuffer mix(track.channels, frames, sampleRate);
    for (const SourceFeed &feed : track.feeds) {
        const QMap<QString, AudioBuffer> pieces = sources.value(feed.source);
        const float gain = dbToGain(feed.gainDb);
        for (auto it = pieces.constBegin(); it != pieces.constEnd(); ++it) {
            if (!feed.piece.isEmpty() && it.key() != feed.piece)
                continue;
            const AudioBuffer &stereo = it.value();
            if (track.channels == 2) {
                mix.mixIn(stereo, gain);
                continue;
            }
            std::vector<float> &to = mix.channels[0];
            const std::size_t n = std::size_t(std::min(frames, stereo.frames()));
            for (std::size_t i = 0; i < n; ++i)
                to[i] += gain * 0.5f
                    * (stereo.channels[0][i] + stereo.channels[std::size_t(stereo.channelCount() - 1)][i]);
        }
    }
    return mix;
}

void MicChain::applyFilters(AudioBuffer &buffer, const MicSpec &mic)
{
    const double rate = buffer.sampleRate;
    // Zero-phase: the chain runs forwards and backwards, so shelves get half their gain
    // per pass. Every input has a DC-blocking high-pass, as every interface does, so a
    // clean track carries no offset of its own (a DcOffset fault is then unambiguous).
    std::vector<Biquad> chain {Biquad::highPass(std::max(mic.highpassHz, kDcBlockHz), rate)};
    if (mic.lowpassHz > 0.0)
        chain.push_back(Biquad::lowPass(mic.lowpassHz, rate));
    if (mic.lowShelfDb != 0.0)
        chain.push_back(Biquad::lowShelf(mic.lowShelfHz, rate, mic.lowShelfDb / 2.0));
    if (mic.highShelfDb != 0.0)
        chain.push_back(Biquad::highShelf(mic.highShelfHz, rate, mic.highShelfDb / 2.0));
    for (std::vector<float> &channel : buffer.channels)
        Biquad::filterZeroPhase(chain, channel);
}

void MicChain::applyRoom(AudioBuffer &buffer, const MicSpec &mic)
{
    if (mic.room <= 0.0)
        return;
    std::vector<float> mono(std::size_t(buffer.frames()), 0.0f);
    for (const std::vector<float> &channel : buffer.channels) {
        for (std::size_t i = 0; i < mono.size(); ++i)
            mono[i] += channel[i] / float(buffer.channelCount());
    }
    std::vector<float> left;
    std::vector<float> right;
    RoomReverb(buffer.sampleRate, mic.roomSeconds).process(mono, left, right);
    const float dry = float(1.0 - mic.room);
    const float wet = float(mic.room);
    for (int c = 0; c < buffer.channelCount(); ++c) {
        const std::vector<float> &reverb = c == 0 ? left : right;
        std::vector<float> &channel = buffer.channels[std::size_t(c)];
        for (std::size_t i = 0; i < channel.size(); ++i)
            channel[i] = dry * channel[i] + wet * reverb[i];
    }
}

AudioBuffer MicChain::record(const DeliveredTrack &track, const RenderedSources &sources, int sampleRate, qint64 frames)
{
    AudioBuffer buffer = mixFeeds(track, sources, sampleRate, frames);
    const MicSpec &mic = track.mic;
    if (mic.drive > 0.0) {
        const float peak = buffer.peak();
        if (peak > 0.0f) {
            const float drive = float(mic.drive) / peak;
            const float norm = softClip(float(mic.drive));
            for (std::vector<float> &channel : buffer.channels) {
                for (float &sample : channel)
                    sample = softClip(drive * sample) / norm;
            }
        }
    }
    applyFilters(buffer, mic);
    applyRoom(buffer, mic);
    delayBuffer(buffer, std::llround(mic.delayMs * sampleRate / 1000.0));
    const float peak = buffer.peak();
    if (peak > 0.0f)
        buffer.scale(dbToGain(track.peakDbfs) / peak);
    return buffer;
}

} // namespace prepmark
