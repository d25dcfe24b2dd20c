#include "HumRemover.h"

#include "Biquad.h"

#include <cmath>

namespace prepmark {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Power of one frequency over a whole channel (Goertzel).
double goertzel(const std::vector<float> &x, double frequencyHz, int rate)
{
    const double coefficient = 2.0 * std::cos(2.0 * kPi * frequencyHz / rate);
    double s1 = 0.0;
    double s2 = 0.0;
    for (float sample : x) {
        const double s0 = sample + coefficient * s1 - s2;
        s2 = s1;
        s1 = s0;
    }
    return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

} // namespace

double HumRemover::mainsFrequency(const AudioBuffer &buffer)
{
    double power50 = 0.0;
    double power60 = 0.0;
    for (const std::vector<float> &channel : buffer.channels) {
        for (int h = 1; h <= 3; ++h) {
            power50 += goertzel(channel, 50.0 * h, buffer.sampleRate);
            power60 += goertzel(channel, 60.0 * h, buffer.sampleRate);
        }
    }
    return power60 > power50 ? 60.0 : 50.0;
}

double HumRemover::process(AudioBuffer &buffer)
{
    const double mains = mainsFrequency(buffer);
    std::vector<Biquad> notches;
    for (int h = 1; h <= kHarmonics && mains * h < 0.45 * buffer.sampleRate; ++h)
        notches.push_back(Biquad::notch(mains * h, buffer.sampleRate, kQ));
    for (std::vector<float> &channel : buffer.channels)
        Biquad::filterZeroPhase(notches, channel);
    return mains;
}

} // namespace prepmark
