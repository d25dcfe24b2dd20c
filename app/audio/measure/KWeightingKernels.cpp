#include "KWeightingKernels.h"

#if defined(__x86_64__) || defined(__i386__)
#define PREPMARK_X86 1
#include <immintrin.h>
#endif

namespace prepmark::kweighting {

namespace {

// One sample through the cascade; returns the output. Every kernel computes exactly
// these operations, lane by lane (the SIMD ones fuse multiply and add where the CPU
// can, which changes only the rounding). The high-pass numerator is (1, -2, 1).
inline double step(const Biquad &p, const Biquad &h, double x, State &s)
{
    const double y1 = p.b0 * x + s[0];
    s[0] = p.b1 * x - p.a1 * y1 + s[1];
    s[1] = p.b2 * x - p.a2 * y1;
    const double y = y1 + s[2];
    s[2] = s[3] - 2.0 * y1 - h.a1 * y;
    s[3] = y1 - h.a2 * y;
    return y;
}

[[maybe_unused]] bool hasHighPassNumerator(const Biquad &h)
{
    return h.b0 == 1.0 && h.b1 == -2.0 && h.b2 == 1.0;
}

void filterSegmentsScalar(const Biquad &p, const Biquad &h, const float *x, qint64 length, State *states, double *sums)
{
    // Lane by lane inside each step: kLanes independent chains for the CPU to overlap.
    State s[kLanes];
    double sum[kLanes] = {};
    for (int i = 0; i < kLanes; ++i)
        s[i] = states[i];
    for (qint64 n = 0; n < length; ++n) {
        for (int i = 0; i < kLanes; ++i) {
            const double y = step(p, h, double(x[i * length + n]), s[i]);
            sum[i] += y * y;
        }
    }
    for (int i = 0; i < kLanes; ++i) {
        states[i] = s[i];
        sums[i] = sum[i];
    }
}

void restEndStatesScalar(
    const double *weights, const float *x, qint64 length, qint64 preFilterFrom, int segments, State *ends)
{
    for (int i = 0; i < segments; ++i) {
        const float *segment = x + i * length;
        for (int j = 0; j < 4; ++j) {
            const double *w = weights + j * length;
            double sum = 0.0;
            for (qint64 n = j < 2 ? preFilterFrom : 0; n < length; ++n)
                sum += w[n] * double(segment[n]);
            ends[i][j] = sum;
        }
    }
}

#ifdef PREPMARK_X86

// --- SSE2: kLanes / 2 vectors of 2 lanes ------------------------------------------

struct Sse2Coefficients
{
    explicit Sse2Coefficients(const Biquad &q)
        : b0(_mm_set1_pd(q.b0)),
          b1(_mm_set1_pd(q.b1)),
          b2(_mm_set1_pd(q.b2)),
          a1(_mm_set1_pd(q.a1)),
          a2(_mm_set1_pd(q.a2))
    {
    }
    __m128d b0, b1, b2, a1, a2;
};

// The SSE2 and AVX2 kernels keep a vector per state variable; lane k of a vector
// belongs to segment (vector * width + k).
struct Sse2Lanes
{
    __m128d s0, s1, s2, s3, sum;
};

inline void stepSse2(const Sse2Coefficients &p, const Sse2Coefficients &h, __m128d x, Sse2Lanes &l)
{
    const __m128d y1 = _mm_add_pd(_mm_mul_pd(p.b0, x), l.s0);
    l.s0 = _mm_add_pd(_mm_sub_pd(_mm_mul_pd(p.b1, x), _mm_mul_pd(p.a1, y1)), l.s1);
    l.s1 = _mm_sub_pd(_mm_mul_pd(p.b2, x), _mm_mul_pd(p.a2, y1));
    const __m128d y = _mm_add_pd(y1, l.s2);
    l.s2 = _mm_sub_pd(_mm_sub_pd(l.s3, _mm_add_pd(y1, y1)), _mm_mul_pd(h.a1, y));
    l.s3 = _mm_sub_pd(y1, _mm_mul_pd(h.a2, y));
    l.sum = _mm_add_pd(l.sum, _mm_mul_pd(y, y));
}

void filterSegmentsSse2(
    const Biquad &preFilter, const Biquad &highPass, const float *x, qint64 length, State *states, double *sums)
{
    constexpr int kVectors = kLanes / 2;
    const Sse2Coefficients p(preFilter);
    const Sse2Coefficients h(highPass);
    Sse2Lanes l[kVectors];
    for (qsizetype v = 0; v < kVectors; ++v) {
        const State &a = states[2 * v];
        const State &b = states[2 * v + 1];
        l[v] = {_mm_set_pd(b[0], a[0]), _mm_set_pd(b[1], a[1]), _mm_set_pd(b[2], a[2]), _mm_set_pd(b[3], a[3]),
            _mm_setzero_pd()};
    }
    qint64 n = 0;
    for (; n + 4 <= length; n += 4) {
        // Four samples of two segments, turned into four vectors of one step each.
        __m128d steps[kVectors][4];
        for (qsizetype v = 0; v < kVectors; ++v) {
            const __m128 a = _mm_loadu_ps(x + 2 * v * length + n);
            const __m128 b = _mm_loadu_ps(x + (2 * v + 1) * length + n);
            const __m128d a01 = _mm_cvtps_pd(a);
            const __m128d a23 = _mm_cvtps_pd(_mm_movehl_ps(a, a));
            const __m128d b01 = _mm_cvtps_pd(b);
            const __m128d b23 = _mm_cvtps_pd(_mm_movehl_ps(b, b));
            steps[v][0] = _mm_unpacklo_pd(a01, b01);
            steps[v][1] = _mm_unpackhi_pd(a01, b01);
            steps[v][2] = _mm_unpacklo_pd(a23, b23);
            steps[v][3] = _mm_unpackhi_pd(a23, b23);
        }
        for (int t = 0; t < 4; ++t)
            for (qsizetype v = 0; v < kVectors; ++v)
                stepSse2(p, h, steps[v][t], l[v]);
    }
    for (; n < length; ++n)
        for (qsizetype v = 0; v < kVectors; ++v)
            stepSse2(p, h, _mm_set_pd(x[(2 * v + 1) * length + n], x[2 * v * length + n]), l[v]);
    for (qsizetype v = 0; v < kVectors; ++v) {
        alignas(16) double s[4][2];
        alignas(16) double sum[2];
        _mm_store_pd(s[0], l[v].s0);
        _mm_store_pd(s[1], l[v].s1);
        _mm_store_pd(s[2], l[v].s2);
        _mm_store_pd(s[3], l[v].s3);
        _mm_store_pd(sum, l[v].sum);
        for (int k = 0; k < 2; ++k) {
            states[2 * v + k] = {s[0][k], s[1][k], s[2][k], s[3][k]};
            sums[2 * v + k] = sum[k];
        }
    }
}

// x[0] and x[1] widened to doubles. _mm_loadu_si64 is the unaligned 64-bit load (no
// alignment or aliasing requirement on x, unlike a double load through a cast pointer).
inline __m128d twoFloatsAsDoubles(const float *x)
{
    return _mm_cvtps_pd(_mm_castsi128_ps(_mm_loadu_si64(x)));
}

double horizontalSum(__m128d v)
{
    alignas(16) double lanes[2];
    _mm_store_pd(lanes, v);
    return lanes[0] + lanes[1];
}

void restEndStatesSse2(
    const double *weights, const float *x, qint64 length, qint64 preFilterFrom, int segments, State *ends)
{
    for (int i = 0; i < segments; ++i) {
        const float *segment = x + i * length;
        __m128d sum[4] = {_mm_setzero_pd(), _mm_setzero_pd(), _mm_setzero_pd(), _mm_setzero_pd()};
        qint64 n = 0;
        for (; n + 2 <= preFilterFrom; n += 2) {
            const __m128d v = twoFloatsAsDoubles(segment + n);
            for (int j = 2; j < 4; ++j)
                sum[j] = _mm_add_pd(sum[j], _mm_mul_pd(_mm_loadu_pd(weights + j * length + n), v));
        }
        for (; n + 2 <= length; n += 2) {
            const __m128d v = twoFloatsAsDoubles(segment + n);
            for (int j = 0; j < 4; ++j)
                sum[j] = _mm_add_pd(sum[j], _mm_mul_pd(_mm_loadu_pd(weights + j * length + n), v));
        }
        for (int j = 0; j < 4; ++j) {
            double total = horizontalSum(sum[j]);
            for (qint64 m = n; m < length; ++m)
                total += weights[j * length + m] * double(segment[m]);
            ends[i][j] = total;
        }
    }
}

// --- AVX2 + FMA: kLanes / 4 vectors of 4 lanes -----------------------------------

struct Avx2Coefficients
{
    __attribute__((target("avx2,fma"))) explicit Avx2Coefficients(const Biquad &q)
        : b0(_mm256_set1_pd(q.b0)),
          b1(_mm256_set1_pd(q.b1)),
          b2(_mm256_set1_pd(q.b2)),
          minusA1(_mm256_set1_pd(-q.a1)),
          minusA2(_mm256_set1_pd(-q.a2))
    {
    }
    __m256d b0, b1, b2, minusA1, minusA2;
};

// The high-pass: numerator (1, -2, 1), so only the feedback is needed.
struct Avx2HighPass
{
    __attribute__((target("avx2,fma"))) explicit Avx2HighPass(const Biquad &q)
        : minusA1(_mm256_set1_pd(-q.a1)), minusA2(_mm256_set1_pd(-q.a2)), minusTwo(_mm256_set1_pd(-2.0))
    {
    }
    __m256d minusA1, minusA2, minusTwo;
};

struct Avx2Lanes
{
    __m256d s0, s1, s2, s3, sum;
};

__attribute__((target("avx2,fma"))) inline void stepAvx2(
    const Avx2Coefficients &p, const Avx2HighPass &h, __m256d x, Avx2Lanes &l)
{
    const __m256d y1 = _mm256_fmadd_pd(p.b0, x, l.s0);
    l.s0 = _mm256_fmadd_pd(p.minusA1, y1, _mm256_fmadd_pd(p.b1, x, l.s1));
    l.s1 = _mm256_fmadd_pd(p.minusA2, y1, _mm256_mul_pd(p.b2, x));
    const __m256d y = _mm256_add_pd(y1, l.s2);
    l.s2 = _mm256_fmadd_pd(h.minusA1, y, _mm256_fmadd_pd(h.minusTwo, y1, l.s3));
    l.s3 = _mm256_fmadd_pd(h.minusA2, y, y1);
    l.sum = _mm256_fmadd_pd(y, y, l.sum);
}

// Four samples from each of four segments starting at `first`, as four vectors of
// one step each (a 4 x 4 transpose).
__attribute__((target("avx2,fma"))) inline void loadSteps(const float *first, qint64 length, qint64 n, __m256d *steps)
{
    const __m256d r0 = _mm256_cvtps_pd(_mm_loadu_ps(first + n));
    const __m256d r1 = _mm256_cvtps_pd(_mm_loadu_ps(first + length + n));
    const __m256d r2 = _mm256_cvtps_pd(_mm_loadu_ps(first + 2 * length + n));
    const __m256d r3 = _mm256_cvtps_pd(_mm_loadu_ps(first + 3 * length + n));
    const __m256d t0 = _mm256_unpacklo_pd(r0, r1);
    const __m256d t1 = _mm256_unpackhi_pd(r0, r1);
    const __m256d t2 = _mm256_unpacklo_pd(r2, r3);
    const __m256d t3 = _mm256_unpackhi_pd(r2, r3);
    steps[0] = _mm256_permute2f128_pd(t0, t2, 0x20);
    steps[1] = _mm256_permute2f128_pd(t1, t3, 0x20);
    steps[2] = _mm256_permute2f128_pd(t0, t2, 0x31);
    steps[3] = _mm256_permute2f128_pd(t1, t3, 0x31);
}

__attribute__((target("avx2,fma"))) inline Avx2Lanes loadLanes(const State *s)
{
    return Avx2Lanes {_mm256_set_pd(s[3][0], s[2][0], s[1][0], s[0][0]),
        _mm256_set_pd(s[3][1], s[2][1], s[1][1], s[0][1]), _mm256_set_pd(s[3][2], s[2][2], s[1][2], s[0][2]),
        _mm256_set_pd(s[3][3], s[2][3], s[1][3], s[0][3]), _mm256_setzero_pd()};
}

__attribute__((target("avx2,fma"))) inline void storeLanes(const Avx2Lanes &l, State *states, double *sums)
{
    alignas(32) double s[4][4];
    alignas(32) double sum[4];
    _mm256_store_pd(s[0], l.s0);
    _mm256_store_pd(s[1], l.s1);
    _mm256_store_pd(s[2], l.s2);
    _mm256_store_pd(s[3], l.s3);
    _mm256_store_pd(sum, l.sum);
    for (int k = 0; k < 4; ++k) {
        states[k] = {s[0][k], s[1][k], s[2][k], s[3][k]};
        sums[k] = sum[k];
    }
}

// Sample n of each of four segments starting at `first`.
__attribute__((target("avx2,fma"))) inline __m256d loadStep(const float *first, qint64 length, qint64 n)
{
    return _mm256_set_pd(first[3 * length + n], first[2 * length + n], first[length + n], first[n]);
}

__attribute__((target("avx2,fma"))) void filterSegmentsAvx2(
    const Biquad &preFilter, const Biquad &highPass, const float *x, qint64 length, State *states, double *sums)
{
    static_assert(kLanes == 8, "two vectors of four lanes");
    const Avx2Coefficients p(preFilter);
    const Avx2HighPass h(highPass);
    Avx2Lanes a = loadLanes(states);
    Avx2Lanes b = loadLanes(states + 4);
    const float *firstA = x;
    const float *firstB = x + 4 * length;
    qint64 n = 0;
    for (; n + 4 <= length; n += 4) {
        __m256d stepsA[4];
        __m256d stepsB[4];
        loadSteps(firstA, length, n, stepsA);
        loadSteps(firstB, length, n, stepsB);
        for (int t = 0; t < 4; ++t) {
            stepAvx2(p, h, stepsA[t], a);
            stepAvx2(p, h, stepsB[t], b);
        }
    }
    for (; n < length; ++n) {
        stepAvx2(p, h, loadStep(firstA, length, n), a);
        stepAvx2(p, h, loadStep(firstB, length, n), b);
    }
    storeLanes(a, states, sums);
    storeLanes(b, states + 4, sums + 4);
}

__attribute__((target("avx2,fma"))) double horizontalSum(__m256d v)
{
    alignas(32) double lanes[4];
    _mm256_store_pd(lanes, v);
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

__attribute__((target("avx2,fma"))) void restEndStatesAvx2(
    const double *weights, const float *x, qint64 length, qint64 preFilterFrom, int segments, State *ends)
{
    for (int i = 0; i < segments; ++i) {
        const float *segment = x + i * length;
        // Two accumulators per state variable hide the latency of the FMA chains.
        __m256d even[4];
        __m256d odd[4];
        for (int j = 0; j < 4; ++j)
            even[j] = odd[j] = _mm256_setzero_pd();
        qint64 n = 0;
        for (; n + 8 <= preFilterFrom; n += 8) {
            const __m256d lo = _mm256_cvtps_pd(_mm_loadu_ps(segment + n));
            const __m256d hi = _mm256_cvtps_pd(_mm_loadu_ps(segment + n + 4));
            for (int j = 2; j < 4; ++j) {
                even[j] = _mm256_fmadd_pd(_mm256_loadu_pd(weights + j * length + n), lo, even[j]);
                odd[j] = _mm256_fmadd_pd(_mm256_loadu_pd(weights + j * length + n + 4), hi, odd[j]);
            }
        }
        for (; n + 8 <= length; n += 8) {
            const __m256d lo = _mm256_cvtps_pd(_mm_loadu_ps(segment + n));
            const __m256d hi = _mm256_cvtps_pd(_mm_loadu_ps(segment + n + 4));
            for (int j = 0; j < 4; ++j) {
                even[j] = _mm256_fmadd_pd(_mm256_loadu_pd(weights + j * length + n), lo, even[j]);
                odd[j] = _mm256_fmadd_pd(_mm256_loadu_pd(weights + j * length + n + 4), hi, odd[j]);
            }
        }
        for (int j = 0; j < 4; ++j) {
            double total = horizontalSum(_mm256_add_pd(even[j], odd[j]));
            for (qint64 m = n; m < length; ++m)
                total += weights[j * length + m] * double(segment[m]);
            ends[i][j] = total;
        }
    }
}

#endif

} // namespace

double serialSumOfSquares(const Biquad &preFilter, const Biquad &highPass, const float *x, qint64 count, State &state)
{
    Q_ASSERT(hasHighPassNumerator(highPass));
    double sum = 0.0;
    for (qint64 n = 0; n < count; ++n) {
        const double y = step(preFilter, highPass, double(x[n]), state);
        sum += y * y;
    }
    return sum;
}

void filterSegments(SimdKernel kernel, const Biquad &preFilter, const Biquad &highPass, const float *x, qint64 length,
    State *states, double *sums)
{
    Q_ASSERT(hasHighPassNumerator(highPass));
#ifdef PREPMARK_X86
    switch (supportedSimdKernel(kernel)) {
    case SimdKernel::Avx2Fma:
        return filterSegmentsAvx2(preFilter, highPass, x, length, states, sums);
    case SimdKernel::Sse2:
        return filterSegmentsSse2(preFilter, highPass, x, length, states, sums);
    case SimdKernel::Scalar:
        break;
    }
#else
    Q_UNUSED(kernel);
#endif
    filterSegmentsScalar(preFilter, highPass, x, length, states, sums);
}

void restEndStates(SimdKernel kernel, const double *weights, const float *x, qint64 length, qint64 preFilterFrom,
    int segments, State *ends)
{
    Q_ASSERT(preFilterFrom % 8 == 0 && preFilterFrom < length);
#ifdef PREPMARK_X86
    switch (supportedSimdKernel(kernel)) {
    case SimdKernel::Avx2Fma:
        return restEndStatesAvx2(weights, x, length, preFilterFrom, segments, ends);
    case SimdKernel::Sse2:
        return restEndStatesSse2(weights, x, length, preFilterFrom, segments, ends);
    case SimdKernel::Scalar:
        break;
    }
#else
    Q_UNUSED(kernel);
#endif
    restEndStatesScalar(weights, x, length, preFilterFrom, segments, ends);
}

} // namespace prepmark::kweighting
