#include "SpectralDenoiser.h"

#include <algorithm>
#include <cmath>
#include <complex>

namespace prepmark {
namespace {

constexpr double kPi = 3.14159265358979323846;
using Complex = std::complex<double>;

// In-place iterative radix-2 FFT; size a power of two. inverse: unscaled inverse.
void fft(std::vector<Complex> &a, bool inverse)
{
    const std::size_t n = a.size();
    for (std::size_t i = 1, j = 0; i < n; ++i) {
        std::size_t bit = n >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(a[i], a[j]);
    }
    for (std::size_t length = 2; length <= n; length <<= 1) {
        const double angle = 2.0 * kPi / double(length) * (inverse ? 1.0 : -1.0);
        const Complex step(std::cos(angle), std::sin(angle));
        for (std::size_t i = 0; i < n; i += length) {
            Complex w(1.0, 0.0);
            for (std::size_t k = 0; k < length / 2; ++k) {
                const Complex u = a[i + k];
                const Complex v = a[i + k + length / 2] * w;
                a[i + k] = u + v;
                a[i + k + length / 2] = u - v;
                w *= step;
            }
        }
    }
}

} // namespace

void SpectralDenoiser::process(std::vector<float> &channel)
{
    const qint64 size = qint64(channel.size());
    const int n = kFrameSize;
    const int hop = n / 4;
    const int bins = n / 2 + 1;
    if (size < n)
        return;
    std::vector<double> window(std::size_t(n), 0.0);
    for (int i = 0; i < n; ++i)
        window[std::size_t(i)] = 0.5 - 0.5 * std::cos(2.0 * kPi * i / n);
    // Frames start at -n + hop so that every sample is covered by four frames.
    const qint64 first = -qint64(n) + hop;
    const qint64 frames = (size - first + hop - 1) / hop;
    std::vector<Complex> frame(std::size_t(n), Complex(0.0, 0.0));
    auto analyse = [&](qint64 f) {
        const qint64 start = first + f * hop;
        for (int i = 0; i < n; ++i) {
            const qint64 at = start + i;
            const double x = at >= 0 && at < size ? channel[std::size_t(at)] : 0.0;
            frame[std::size_t(i)] = Complex(x * window[std::size_t(i)], 0.0);
        }
        fft(frame, false);
    };

    // The noise profile, from every fourth frame (frames that do not overlap), so the
    // memory is bins x frames / 4 floats.
    const qint64 profileFrames = (frames + 3) / 4;
    std::vector<float> magnitudes(std::size_t(profileFrames) * std::size_t(bins));
    for (qint64 p = 0; p < profileFrames; ++p) {
        analyse(p * 4);
        for (int b = 0; b < bins; ++b)
            magnitudes[std::size_t(b) * std::size_t(profileFrames) + std::size_t(p)]
                = float(std::abs(frame[std::size_t(b)]));
    }
    std::vector<double> noise(std::size_t(bins), 0.0);
    const std::size_t rank = std::size_t(std::floor(kNoisePercentile / 100.0 * double(profileFrames - 1)));
    for (int b = 0; b < bins; ++b) {
        const auto begin = magnitudes.begin() + std::ptrdiff_t(std::size_t(b) * std::size_t(profileFrames));
        std::nth_element(begin, begin + std::ptrdiff_t(rank), begin + std::ptrdiff_t(profileFrames));
        noise[std::size_t(b)] = *(begin + std::ptrdiff_t(rank));
    }
    magnitudes = {};

    const double floor = std::pow(10.0, kFloorDb / 20.0);
    const double release = std::pow(10.0, kReleaseDb / 20.0);
    std::vector<double> previous(std::size_t(bins), 1.0);
    std::vector<double> output(std::size_t(size), 0.0);
    // sum of squared Hann windows at a hop of n/4 is 1.5
    const double norm = 1.0 / (1.5 * n);
    for (qint64 f = 0; f < frames; ++f) {
        analyse(f);
        for (int b = 0; b < bins; ++b) {
            const double power = std::norm(frame[std::size_t(b)]);
            const double noisePower = noise[std::size_t(b)] * noise[std::size_t(b)];
            double gain = power > 0.0 ? 1.0 - kOverSubtraction * noisePower / power : floor;
            gain = std::clamp(gain, floor, 1.0);
            gain = std::min(gain, previous[std::size_t(b)] * release);
            previous[std::size_t(b)] = gain;
            frame[std::size_t(b)] *= gain;
            if (b > 0 && b < n / 2)
                frame[std::size_t(n - b)] = std::conj(frame[std::size_t(b)]);
        }
        fft(frame, true);
        const qint64 start = first + f * hop;
        for (int i = 0; i < n; ++i) {
            const qint64 at = start + i;
            if (at >= 0 && at < size)
                output[std::size_t(at)] += frame[std::size_t(i)].real() * window[std::size_t(i)] * norm;
        }
    }
    for (qint64 i = 0; i < size; ++i)
        channel[std::size_t(i)] = float(output[std::size_t(i)]);
}

} // namespace prepmark
