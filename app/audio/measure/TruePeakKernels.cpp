#include "TruePeakKernels.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#if defined(__x86_64__) || defined(__i386__)
#define PREPMARK_X86 1
#include <immintrin.h>
#endif

namespace prepmark::truepeak {

namespace {

// Modified Bessel function of the first kind, order 0 (for the Kaiser window).
double besselI0(double x)
{
    double sum = 1.0;
    double term = 1.0;
    for (int k = 1; k < 50; ++k) {
        const double half = x / (2.0 * k);
        term *= half * half;
        sum += term;
    }
    return sum;
}

struct Filter
{
    Coefficients taps {};

    Filter()
    {
        constexpr double kBeta = 5.0;
        constexpr double kHalfWidth = 6.25; // input samples
        for (int p = 0; p < kPhases; ++p) {
            for (int k = 0; k < kTaps; ++k) {
                // distance from tap k to the interpolated point, in input samples
                const double d = 6.0 - k - p / double(kPhases);
                const double sinc
                    = std::fabs(d) < 1e-12 ? 1.0 : std::sin(std::numbers::pi * d) / (std::numbers::pi * d);
                const double r = d / kHalfWidth;
                const double window
                    = std::fabs(r) < 1.0 ? besselI0(kBeta * std::sqrt(1.0 - r * r)) / besselI0(kBeta) : 0.0;
                taps[p][k] = float(sinc * window);
            }
        }
    }
};

} // namespace

const Coefficients &coefficients()
{
    static const Filter filter;
    return filter.taps;
}

float maxGain()
{
    static const float gain = [] {
        float largest = 0.0f;
        for (const auto &phase : coefficients()) {
            float sum = 0.0f;
            for (float tap : phase)
                sum += std::fabs(tap);
            largest = std::max(largest, sum);
        }
        // Rounding in the kernels' float sums is far below this margin.
        return largest * 1.0001f;
    }();
    return gain;
}

namespace {

// The phases to compute for 4x (1, 2, 3) and 2x (2) oversampling. Phase 0 is the
// sample itself, whose peak the caller has.
int firstPhase(int phases)
{
    return phases >= 4 ? 1 : phases == 2 ? 2 : kPhases;
}

int phaseStep(int phases)
{
    return phases >= 4 ? 1 : 2;
}

float scalarPhase(const float *x, qint64 from, qint64 count, const float *h)
{
    float peak = 0.0f;
    for (qint64 n = from; n < count; ++n) {
        float y = 0.0f;
        for (int k = 0; k < kTaps; ++k)
            y += h[k] * x[n + kHistory - k];
        peak = std::max(peak, std::fabs(y));
    }
    return peak;
}

float maxAbsScalar(const float *x, qint64 count, int phases)
{
    const Coefficients &taps = coefficients();
    float peak = 0.0f;
    for (int p = firstPhase(phases); p < kPhases; p += phaseStep(phases))
        peak = std::max(peak, scalarPhase(x, 0, count, taps[p]));
    return peak;
}

#ifdef PREPMARK_X86

// Both SIMD kernels run one phase at a time so that its 12 coefficients stay in
// registers, and compute 4 or 8 consecutive outputs per step from unaligned loads of
// the input (every load hits L1: a block is a few kilobytes).

float maxAbsSse2(const float *x, qint64 count, int phases)
{
    const Coefficients &taps = coefficients();
    const __m128 signMask = _mm_set1_ps(-0.0f);
    __m128 peak = _mm_setzero_ps();
    const qint64 vectorEnd = count - count % 4;
    float tailPeak = 0.0f;
    for (int p = firstPhase(phases); p < kPhases; p += phaseStep(phases)) {
        __m128 h[kTaps];
        for (int k = 0; k < kTaps; ++k)
            h[k] = _mm_set1_ps(taps[p][k]);
        for (qint64 n = 0; n < vectorEnd; n += 4) {
            const float *window = x + n + kHistory;
            __m128 y = _mm_mul_ps(h[0], _mm_loadu_ps(window));
            for (int k = 1; k < kTaps; ++k)
                y = _mm_add_ps(y, _mm_mul_ps(h[k], _mm_loadu_ps(window - k)));
            peak = _mm_max_ps(peak, _mm_andnot_ps(signMask, y));
        }
        tailPeak = std::max(tailPeak, scalarPhase(x, vectorEnd, count, taps[p]));
    }
    alignas(16) float lanes[4];
    _mm_store_ps(lanes, peak);
    return std::max({lanes[0], lanes[1], lanes[2], lanes[3], tailPeak});
}

__attribute__((target("avx2,fma"))) float maxAbsAvx2(const float *x, qint64 count, int phases)
{
    const Coefficients &taps = coefficients();
    const __m256 signMask = _mm256_set1_ps(-0.0f);
    __m256 peakA = _mm256_setzero_ps();
    __m256 peakB = _mm256_setzero_ps();
    const qint64 vectorEnd = count - count % 16;
    float tailPeak = 0.0f;
    for (int p = firstPhase(phases); p < kPhases; p += phaseStep(phases)) {
        __m256 h[kTaps];
        for (int k = 0; k < kTaps; ++k)
            h[k] = _mm256_set1_ps(taps[p][k]);
        // Two independent accumulators hide the latency of the FMA chain.
        for (qint64 n = 0; n < vectorEnd; n += 16) {
            const float *window = x + n + kHistory;
            __m256 a = _mm256_mul_ps(h[0], _mm256_loadu_ps(window));
            __m256 b = _mm256_mul_ps(h[0], _mm256_loadu_ps(window + 8));
            for (int k = 1; k < kTaps; ++k) {
                a = _mm256_fmadd_ps(h[k], _mm256_loadu_ps(window - k), a);
                b = _mm256_fmadd_ps(h[k], _mm256_loadu_ps(window + 8 - k), b);
            }
            peakA = _mm256_max_ps(peakA, _mm256_andnot_ps(signMask, a));
            peakB = _mm256_max_ps(peakB, _mm256_andnot_ps(signMask, b));
        }
        tailPeak = std::max(tailPeak, scalarPhase(x, vectorEnd, count, taps[p]));
    }
    alignas(32) float lanes[8];
    _mm256_store_ps(lanes, _mm256_max_ps(peakA, peakB));
    return std::max(tailPeak, *std::max_element(lanes, lanes + 8));
}

#endif

} // namespace

float maxAbsInterpolated(Kernel kernel, const float *x, qint64 count, int phases)
{
    if (count <= 0)
        return 0.0f;
#ifdef PREPMARK_X86
    switch (supportedSimdKernel(kernel)) {
    case Kernel::Avx2Fma:
        return maxAbsAvx2(x, count, phases);
    case Kernel::Sse2:
        return maxAbsSse2(x, count, phases);
    case Kernel::Scalar:
        break;
    }
#else
    Q_UNUSED(kernel);
#endif
    return maxAbsScalar(x, count, phases);
}

} // namespace prepmark::truepeak
