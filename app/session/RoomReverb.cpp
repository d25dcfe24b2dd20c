#include "RoomReverb.h"

#include <array>
#include <cmath>

namespace prepmark {
namespace {

// Delay lengths in samples at 44.1 kHz (mutually prime-ish, as in Freeverb).
constexpr std::array<int, 8> kCombs{1116, 1188, 1277, 1356, 1422, 1491, 1557, 1617};
constexpr std::array<int, 4> kAllPasses{556, 441, 341, 225};
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

RoomReverb::RoomReverb(int sampleRate, double decaySeconds) : m_sampleRate(sampleRate), m_decaySeconds(decaySeconds)
{
}

void RoomReverb::processSide(const std::vector<float> &input, std::vector<float> &output, int spread) const
{
    const double scale = m_sampleRate / 44100.0;
    output.assign(input.size(), 0.0f);
    for (int base : kCombs) {
        const std::size_t length = std::size_t(std::lround((base + spread) * scale));
        const double feedback = std::pow(10.0, -3.0 * double(length) / (m_decaySeconds * m_sampleRate));
        std::vector<double> line(length, 0.0);
        std::size_t index = 0;
        double filterState = 0.0;
        for (std::size_t i = 0; i < input.size(); ++i) {
            const double delayed = line[index];
            filterState = delayed * (1.0 - kDamping) + filterState * kDamping;
            line[index] = input[i] + filterState * feedback;
            output[i] += float(delayed);
            if (++index == length)
                index = 0;
        }
    }
    for (int base : kAllPasses) {
        const std::size_t length = std::size_t(std::lround((base + spread) * scale));
        std::vector<double> line(length, 0.0);
        std::size_t index = 0;
        for (float &sample : output) {
            const double delayed = line[index];
            const double in = sample;
            line[index] = in + delayed * kAllPassFeedback;
            sample = float(delayed - in);
            if (++index == length)
                index = 0;
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
