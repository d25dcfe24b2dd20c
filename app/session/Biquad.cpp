#include "Biquad.h"

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

constexpr double kPi = 3.14159265358979323846;

double omega(double frequencyHz, double sampleRate)
{
    // keep designs stable when a mic preset asks for more than the rate allows
    return 2.0 * kPi * std::min(frequencyHz, 0.45 * sampleRate) / sampleRate;
}

} // namespace

Biquad::Biquad(double b0, double b1, double b2, double a0, double a1, double a2)
    : m_b0(b0 / a0), m_b1(b1 / a0), m_b2(b2 / a0), m_a1(a1 / a0), m_a2(a2 / a0)
{
}

Biquad Biquad::lowPass(double frequencyHz, double sampleRate, double q)
{
    const double w = omega(frequencyHz, sampleRate);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad((1 - c) / 2, 1 - c, (1 - c) / 2, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::highPass(double frequencyHz, double sampleRate, double q)
{
    const double w = omega(frequencyHz, sampleRate);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad((1 + c) / 2, -(1 + c), (1 + c) / 2, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::bandPass(double frequencyHz, double sampleRate, double q)
{
    const double w = omega(frequencyHz, sampleRate);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad(alpha, 0, -alpha, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::notch(double frequencyHz, double sampleRate, double q)
{
    const double w = omega(frequencyHz, sampleRate);
    const double alpha = std::sin(w) / (2.0 * q);
    const double c = std::cos(w);
    return Biquad(1, -2 * c, 1, 1 + alpha, -2 * c, 1 - alpha);
}

Biquad Biquad::lowShelf(double frequencyHz, double sampleRate, double gainDb)
{
    const double a = std::pow(10.0, gainDb / 40.0);
    const double w = omega(frequencyHz, sampleRate);
    const double c = std::cos(w);
    const double alpha = std::sin(w) / 2.0 * std::sqrt(2.0); // shelf slope 1
    const double k = 2.0 * std::sqrt(a) * alpha;
    return Biquad(a * ((a + 1) - (a - 1) * c + k), 2 * a * ((a - 1) - (a + 1) * c), a * ((a + 1) - (a - 1) * c - k),
        (a + 1) + (a - 1) * c + k, -2 * ((a - 1) + (a + 1) * c), (a + 1) + (a - 1) * c - k);
}

Biquad Biquad::highShelf(double frequencyHz, double sampleRate, double gainDb)
{
    const double a = std::pow(10.0, gainDb / 40.0);
    const double w = omega(frequencyHz, sampleRate);
    const double c = std::cos(w);
    const double alpha = std::sin(w) / 2.0 * std::sqrt(2.0);
    const double k = 2.0 * std::sqrt(a) * alpha;
    return Biquad(a * ((a + 1) + (a - 1) * c + k), -2 * a * ((a - 1) + (a + 1) * c), a * ((a + 1) + (a - 1) * c - k),
        (a + 1) - (a - 1) * c + k, 2 * ((a - 1) - (a + 1) * c), (a + 1) - (a - 1) * c - k);
}

void Biquad::filter(std::vector<float> &samples) const
{
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (float &sample : samples) {
        const double x = sample;
        const double y = m_b0 * x + m_b1 * x1 + m_b2 * x2 - m_a1 * y1 - m_a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        sample = float(y);
    }
}

void Biquad::filterZeroPhase(std::vector<float> &samples) const
{
    filterZeroPhase(std::vector<Biquad> {*this}, samples);
}

void Biquad::filterZeroPhase(const std::vector<Biquad> &sections, std::vector<float> &samples)
{
    struct State
    {
        double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    };
    std::vector<State> states(sections.size());
    auto run = [&](float &sample) {
        double x = sample;
        for (std::size_t k = 0; k < sections.size(); ++k) {
            const Biquad &b = sections[k];
            State &st = states[k];
            const double y = b.m_b0 * x + b.m_b1 * st.x1 + b.m_b2 * st.x2 - b.m_a1 * st.y1 - b.m_a2 * st.y2;
            st.x2 = st.x1;
            st.x1 = x;
            st.y2 = st.y1;
            st.y1 = y;
            x = y;
        }
        sample = float(x);
    };
    for (float &sample : samples)
        run(sample);
    std::fill(states.begin(), states.end(), State());
    for (auto it = samples.rbegin(); it != samples.rend(); ++it)
        run(*it);
}

} // namespace prepmark
