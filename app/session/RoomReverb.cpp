#include "RoomReverb.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace prepmark {
namespace {

// Delay lengths in samples at 44.1 kHz (mutually prime-ish, as in Freeverb).
constexpr std::array<int, 8> kCombs {1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617};
constexpr std::array<int, 4> kAllPasses {556, 441, 341, 225};
constexpr int kStereoSpread = 23;
constexpr double kDamping = 0.3;
constexpr double kAllPassFeedback = 0.5;

double rms(const std::vector<float> &samples)
{
    double sum = 0.0;
    for (float s : samples)
        sum += double(s) * s;
    return samples.empty() ? 0.0 : std::sqrt(sum / double(samples.size()));
}

} // namespace

RoomReverb::RoomReverb(int sampleRate, double decaySeconds) : m_sampleRate(sampleRate), m_decaySeconds(decaySeconds) { }

void RoomReverb::processSide(const std::vector<float> &input, std::vector<float> &output, int spread) const
{
    const double scale = m_sampleRate / 44100.0;
    const std::size_t frames = input.size();
    output.assign(frames, 0.0f);
    // The eight combs run side by side, sample by sample: their feedback loops are
    // independent, so the processor overlaps them instead of waiting on each one.
    // Single precision is plenty for a reverb tail.
    constexpr std::size_t kCount = kCombs.size();
    std::array<std::vector<float>, kCount> lines;
    std::array<std::size_t, kCount> lengths {};
    std::array<std::size_t, kCount> indexes {};
    std::array<float, kCount> feedbacks {};
    std::array<float, kCount> states {};
    for (std::size_t c = 0; c < kCount; ++c) {
        lengths[c] = std::size_t(std::lround((kCombs[c] + spread) * scale));
        feedbacks[c] = float(std::pow(10.0, -3.0 * double(lengths[c]) / (m_decaySeconds * m_sampleRate)));
        lines[c].assign(lengths[c], 0.0f);
    }
    const float damp = float(kDamping);
    const float keep = 1.0f - damp;
    for (std::size_t i = 0; i < frames; ++i) {
        const float in = input[i];
        float sum = 0.0f;
        for (std::size_t c = 0; c < kCount; ++c) {
            float &cell = lines[c][indexes[c]];
            const float delayed = cell;
            states[c] = delayed * keep + states[c] * damp;
            cell = in + states[c] * feedbacks[c];
            sum += delayed;
            if (++indexes[c] == lengths[c])
                indexes[c] = 0;
        }
        output[i] = sum;
    }
    for (int base : kAllPasses) {
        const std::size_t length = std::size_t(std::lround((base + spread) * scale));
        const float gain = float(kAllPassFeedback);
        std::vector<float> line(length, 0.0f);
        std::size_t index = 0;
        for (std::size_t i = 0; i < frames;) {
            const std::size_t run = std::min(length - index, frames - i);
            float *cell = line.data() + index;
            float *out = output.data() + i;
            for (std::size_t k = 0; k < run; ++k) {
                const float delayed = cell[k];
                const float in = out[k];
                cell[k] = in + delayed * gain;
                out[k] = delayed - in;
            }
            i += run;
            index = (index + run) % length;
        }
    }
}

void RoomReverb::process(const std::vector<float> &input, std::vector<float> &left, std::vector<float> &right) const
{
    processSide(input, left, 0);
    processSide(input, right, kStereoSpread);
    const double target = rms(input);
    for (std::vector<float> *side : {&left, &right}) {
        const double level = rms(*side);
        if (level <= 0.0)
            continue;
        const float gain = float(target / level);
        for (float &sample : *side)
            sample *= gain;
    }
}

} // namespace prepmark
