#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <vector>

namespace prepmark {

// Planar float audio in memory: one vector per channel, full scale = 1.0.
struct AudioBuffer
{
    int sampleRate = 48000;
    std::vector<std::vector<float>> channels;

    AudioBuffer() = default;
    AudioBuffer(int channelCount, qint64 frames, int rate)
        : sampleRate(rate), channels(std::size_t(channelCount), std::vector<float>(std::size_t(frames), 0.0f))
    {
    }

    int channelCount() const { return int(channels.size()); }
    qint64 frames() const { return channels.empty() ? 0 : qint64(channels.front().size()); }
    bool isEmpty() const { return frames() == 0; }

    // Largest |sample| over every channel.
    float peak() const
    {
        float result = 0.0f;
        for (const std::vector<float> &channel : channels) {
            for (float sample : channel)
                result = std::max(result, std::abs(sample));
        }
        return result;
    }

    void scale(float factor)
    {
        for (std::vector<float> &channel : channels) {
            for (float &sample : channel)
                sample *= factor;
        }
    }

    // Adds gain * other (same rate; channels matched one to one, a mono other goes
    // to every channel; frames beyond either end are ignored).
    void mixIn(const AudioBuffer &other, float gain)
    {
        for (int c = 0; c < channelCount(); ++c) {
            const std::vector<float> &from = other.channels[std::size_t(std::min(c, other.channelCount() - 1))];
            std::vector<float> &to = channels[std::size_t(c)];
            const std::size_t n = std::min(from.size(), to.size());
            for (std::size_t i = 0; i < n; ++i)
                to[i] += gain * from[i];
        }
    }
};

// A smooth saturation curve, x / sqrt(1 + x^2): like tanh it bends towards +-1,
// but it never flattens, so a driven track has no flat-topped runs that would look
// like clipping. Cheaper than std::tanh and exact on every machine (IEEE sqrt).
inline float softClip(float x)
{
    return x / std::sqrt(1.0f + x * x);
}

inline float dbToGain(double db)
{
    return float(std::pow(10.0, db / 20.0));
}

} // namespace prepmark
