#include "Resampler.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace prepmark {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kKaiserBeta = 9.0;
constexpr int kZeroCrossings = 32;

double besselI0(double x)
{
    double sum = 1.0;
    double term = 1.0;
    for (int k = 1; k < 50; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return sum;
}

} // namespace

Resampler::Resampler(int fromRate, int toRate)
{
    const int divisor = std::gcd(fromRate, toRate);
    m_up = toRate / divisor;
    m_down = fromRate / divisor;
    // Cut off a little below the lower Nyquist frequency, in cycles per input sample.
    const double ratio = std::min(1.0, double(m_up) / double(m_down));
    const double cutoff = 0.5 * ratio * 0.94;
    m_halfWidth = int(std::ceil(kZeroCrossings / ratio));
    const int taps = 2 * m_halfWidth;
    m_table.assign(std::size_t(m_up) * std::size_t(taps), 0.0f);
    const double norm = besselI0(kKaiserBeta);
    for (int phase = 0; phase < m_up; ++phase) {
        const double fraction = double(phase) / m_up;
        for (int t = 0; t < taps; ++t) {
            // distance (input samples) from the output instant to input sample t
            const double x = double(t - m_halfWidth + 1) - fraction;
            const double arg = 2.0 * cutoff * x;
            const double sinc = std::abs(arg) < 1e-12 ? 1.0 : std::sin(kPi * arg) / (kPi * arg);
            const double w = x / double(m_halfWidth);
            const double window = std::abs(w) >= 1.0 ? 0.0 : besselI0(kKaiserBeta * std::sqrt(1.0 - w * w)) / norm;
            m_table[std::size_t(phase) * taps + t] = float(2.0 * cutoff * sinc * window);
        }
    }
}

std::vector<float> Resampler::process(const std::vector<float> &input, qint64 outputFrames) const
{
    std::vector<float> output(std::size_t(std::max<qint64>(0, outputFrames)), 0.0f);
    const int taps = 2 * m_halfWidth;
    const qint64 inputFrames = qint64(input.size());
    for (qint64 n = 0; n < outputFrames; ++n) {
        const qint64 position = n * m_down;
        const qint64 base = position / m_up;
        const int phase = int(position % m_up);
        const float *coefficients = &m_table[std::size_t(phase) * taps];
        const qint64 first = base - m_halfWidth + 1;
        double sum = 0.0;
        const int from = int(std::max<qint64>(0, -first));
        const int to = int(std::min<qint64>(taps, inputFrames - first));
        for (int t = from; t < to; ++t)
            sum += double(coefficients[t]) * input[std::size_t(first + t)];
        output[std::size_t(n)] = float(sum);
    }
    return output;
}

} // namespace prepmark
