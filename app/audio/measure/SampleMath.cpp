#include "SampleMath.h"

#include <algorithm>
#include <cmath>

#if defined(__x86_64__) || defined(__SSE2__)
#define PREPMARK_SSE2 1
#include <immintrin.h>
#endif

namespace prepmark {

#ifdef PREPMARK_SSE2

namespace {

float horizontalMax(__m128 v)
{
    alignas(16) float lanes[4];
    _mm_store_ps(lanes, v);
    return std::max(std::max(lanes[0], lanes[1]), std::max(lanes[2], lanes[3]));
}

double horizontalSum(__m128 v)
{
    alignas(16) float lanes[4];
    _mm_store_ps(lanes, v);
    return double(lanes[0]) + lanes[1] + lanes[2] + lanes[3];
}

const __m128 kAbsMask = _mm_castsi128_ps(_mm_set1_epi32(0x7fffffff));

} // namespace

float maxAbs(const float *x, qint64 count)
{
    __m128 a = _mm_setzero_ps();
    __m128 b = _mm_setzero_ps();
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        a = _mm_max_ps(a, _mm_and_ps(kAbsMask, _mm_loadu_ps(x + i)));
        b = _mm_max_ps(b, _mm_and_ps(kAbsMask, _mm_loadu_ps(x + i + 4)));
    }
    float peak = horizontalMax(_mm_max_ps(a, b));
    for (; i < count; ++i)
        peak = std::max(peak, std::fabs(x[i]));
    return peak;
}

SampleStatistics sampleStatistics(const float *x, qint64 count)
{
    // Two sets of accumulators: each add waits for the previous one in its chain.
    __m128 peak = _mm_setzero_ps();
    __m128 sum = _mm_setzero_ps();
    __m128 squares = _mm_setzero_ps();
    __m128 peak2 = _mm_setzero_ps();
    __m128 sum2 = _mm_setzero_ps();
    __m128 squares2 = _mm_setzero_ps();
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m128 u = _mm_loadu_ps(x + i);
        const __m128 v = _mm_loadu_ps(x + i + 4);
        peak = _mm_max_ps(peak, _mm_and_ps(kAbsMask, u));
        sum = _mm_add_ps(sum, u);
        squares = _mm_add_ps(squares, _mm_mul_ps(u, u));
        peak2 = _mm_max_ps(peak2, _mm_and_ps(kAbsMask, v));
        sum2 = _mm_add_ps(sum2, v);
        squares2 = _mm_add_ps(squares2, _mm_mul_ps(v, v));
    }
    for (; i + 4 <= count; i += 4) {
        const __m128 v = _mm_loadu_ps(x + i);
        peak = _mm_max_ps(peak, _mm_and_ps(kAbsMask, v));
        sum = _mm_add_ps(sum, v);
        squares = _mm_add_ps(squares, _mm_mul_ps(v, v));
    }
    SampleStatistics result {horizontalMax(_mm_max_ps(peak, peak2)), horizontalSum(sum) + horizontalSum(sum2),
        horizontalSum(squares) + horizontalSum(squares2)};
    for (; i < count; ++i) {
        result.peak = std::max(result.peak, std::fabs(x[i]));
        result.sum += x[i];
        result.sumOfSquares += double(x[i]) * x[i];
    }
    return result;
}

double sumOfSquares(const float *x, qint64 count)
{
    __m128 a = _mm_setzero_ps();
    __m128 b = _mm_setzero_ps();
    qint64 i = 0;
    for (; i + 8 <= count; i += 8) {
        const __m128 u = _mm_loadu_ps(x + i);
        const __m128 v = _mm_loadu_ps(x + i + 4);
        a = _mm_add_ps(a, _mm_mul_ps(u, u));
        b = _mm_add_ps(b, _mm_mul_ps(v, v));
    }
    double sum = horizontalSum(_mm_add_ps(a, b));
    for (; i < count; ++i)
        sum += double(x[i]) * x[i];
    return sum;
}

double sumOfProducts(const float *x, const float *y, qint64 count)
{
    __m128 a = _mm_setzero_ps();
    qint64 i = 0;
    for (; i + 4 <= count; i += 4)
        a = _mm_add_ps(a, _mm_mul_ps(_mm_loadu_ps(x + i), _mm_loadu_ps(y + i)));
    double sum = horizontalSum(a);
    for (; i < count; ++i)
        sum += double(x[i]) * y[i];
    return sum;
}

double sumOfSquaredDifferences(const float *x, const float *y, qint64 count)
{
    __m128 a = _mm_setzero_ps();
    qint64 i = 0;
    for (; i + 4 <= count; i += 4) {
        const __m128 d = _mm_sub_ps(_mm_loadu_ps(x + i), _mm_loadu_ps(y + i));
        a = _mm_add_ps(a, _mm_mul_ps(d, d));
    }
    double sum = horizontalSum(a);
    for (; i < count; ++i) {
        const double d = double(x[i]) - y[i];
        sum += d * d;
    }
    return sum;
}

void peaksAndSumsOf8(const float *x, qint64 count, float *peaks, float *sums)
{
    qint64 group = 0;
    qint64 i = 0;
    for (; i + 8 <= count; i += 8, ++group) {
        const __m128 a = _mm_loadu_ps(x + i);
        const __m128 b = _mm_loadu_ps(x + i + 4);
        __m128 m = _mm_max_ps(a, b);
        __m128 s = _mm_add_ps(a, b);
        m = _mm_max_ps(m, _mm_movehl_ps(m, m));
        s = _mm_add_ps(s, _mm_movehl_ps(s, s));
        m = _mm_max_ss(m, _mm_shuffle_ps(m, m, 1));
        s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
        peaks[group] = _mm_cvtss_f32(m);
        sums[group] = _mm_cvtss_f32(s);
    }
    if (i < count) {
        float peak = 0.0f;
        float sum = 0.0f;
        for (; i < count; ++i) {
            peak = std::max(peak, x[i]);
            sum += x[i];
        }
        peaks[group] = peak;
        sums[group] = sum;
    }
}

bool hasLoudRepeat(const float *x, qint64 count, float previous, float minLevel)
{
    if (count <= 0)
        return false;
    if (x[0] == previous && std::fabs(x[0]) >= minLevel)
        return true;
    const __m128 level = _mm_set1_ps(minLevel);
    __m128 found = _mm_setzero_ps();
    qint64 i = 1;
    for (; i + 4 <= count; i += 4) {
        const __m128 v = _mm_loadu_ps(x + i);
        const __m128 same = _mm_cmpeq_ps(v, _mm_loadu_ps(x + i - 1));
        const __m128 loud = _mm_cmpge_ps(_mm_and_ps(kAbsMask, v), level);
        found = _mm_or_ps(found, _mm_and_ps(same, loud));
    }
    if (_mm_movemask_ps(found) != 0)
        return true;
    for (; i < count; ++i) {
        if (x[i] == x[i - 1] && std::fabs(x[i]) >= minLevel)
            return true;
    }
    return false;
}

namespace {
__attribute__((target("avx"))) void zeroUpper()
{
    _mm256_zeroupper();
}
} // namespace

void clearUpperVectorState()
{
    static const bool hasAvx = __builtin_cpu_supports("avx");
    if (hasAvx)
        zeroUpper();
}

#else // portable loops

float maxAbs(const float *x, qint64 count)
{
    float peak = 0.0f;
    for (qint64 i = 0; i < count; ++i)
        peak = std::max(peak, std::fabs(x[i]));
    return peak;
}

SampleStatistics sampleStatistics(const float *x, qint64 count)
{
    SampleStatistics result;
    for (qint64 i = 0; i < count; ++i) {
        result.peak = std::max(result.peak, std::fabs(x[i]));
        result.sum += x[i];
        result.sumOfSquares += double(x[i]) * x[i];
    }
    return result;
}

double sumOfSquares(const float *x, qint64 count)
{
    double sum = 0.0;
    for (qint64 i = 0; i < count; ++i)
        sum += double(x[i]) * x[i];
    return sum;
}

double sumOfProducts(const float *x, const float *y, qint64 count)
{
    double sum = 0.0;
    for (qint64 i = 0; i < count; ++i)
        sum += double(x[i]) * y[i];
    return sum;
}

double sumOfSquaredDifferences(const float *x, const float *y, qint64 count)
{
    double sum = 0.0;
    for (qint64 i = 0; i < count; ++i) {
        const double d = double(x[i]) - y[i];
        sum += d * d;
    }
    return sum;
}

void peaksAndSumsOf8(const float *x, qint64 count, float *peaks, float *sums)
{
    for (qint64 group = 0; group * 8 < count; ++group) {
        float peak = 0.0f;
        float sum = 0.0f;
        for (qint64 i = group * 8; i < std::min(count, group * 8 + 8); ++i) {
            peak = std::max(peak, x[i]);
            sum += x[i];
        }
        peaks[group] = peak;
        sums[group] = sum;
    }
}

bool hasLoudRepeat(const float *x, qint64 count, float previous, float minLevel)
{
    for (qint64 i = 0; i < count; ++i) {
        if (x[i] == (i > 0 ? x[i - 1] : previous) && std::fabs(x[i]) >= minLevel)
            return true;
    }
    return false;
}

void clearUpperVectorState() { }

#endif

} // namespace prepmark
