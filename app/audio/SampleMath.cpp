#include "SampleMath.h"

#include <algorithm>
#include <cmath>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif

namespace prepmark {
namespace {
constexpr int kLanes = 8;
} // namespace

float maxAbs(const float *x, qint64 count)
{
    float lanes[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane) {
            const float magnitude = std::fabs(x[i + lane]);
            lanes[lane] = magnitude > lanes[lane] ? magnitude : lanes[lane];
        }
    }
    float peak = *std::max_element(lanes, lanes + kLanes);
    for (; i < count; ++i)
        peak = std::max(peak, std::fabs(x[i]));
    return peak;
}

double sumOfSquares(const float *x, qint64 count)
{
    float lanes[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane)
            lanes[lane] += x[i + lane] * x[i + lane];
    }
    double sum = 0.0;
    for (float lane : lanes)
        sum += lane;
    for (; i < count; ++i)
        sum += double(x[i]) * x[i];
    return sum;
}

double sumOfProducts(const float *x, const float *y, qint64 count)
{
    float lanes[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane)
            lanes[lane] += x[i + lane] * y[i + lane];
    }
    double sum = 0.0;
    for (float lane : lanes)
        sum += lane;
    for (; i < count; ++i)
        sum += double(x[i]) * y[i];
    return sum;
}

qint64 countLoudRepeats(const float *x, qint64 count, float previous, float minLevel)
{
    if (count <= 0)
        return 0;
    qint64 repeats = (x[0] == previous && std::fabs(x[0]) >= minLevel) ? 1 : 0;
    // Float lanes (exact up to 2^24 per lane) keep the loop in vector registers.
    float lanes[kLanes] = {};
    qint64 i = 1;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane) {
            const float v = x[i + lane];
            const float same = v == x[i + lane - 1] ? 1.0f : 0.0f;
            const float loud = std::fabs(v) >= minLevel ? 1.0f : 0.0f;
            lanes[lane] += same * loud;
        }
    }
    for (float lane : lanes)
        repeats += qint64(lane);
    for (; i < count; ++i)
        repeats += (x[i] == x[i - 1]) & (std::fabs(x[i]) >= minLevel);
    return repeats;
}

#if defined(__x86_64__) || defined(__i386__)
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
#else
void clearUpperVectorState() { }
#endif

double sumOfSquaredDifferences(const float *x, const float *y, qint64 count)
{
    float lanes[kLanes] = {};
    qint64 i = 0;
    for (; i + kLanes <= count; i += kLanes) {
        for (int lane = 0; lane < kLanes; ++lane) {
            const float d = x[i + lane] - y[i + lane];
            lanes[lane] += d * d;
        }
    }
    double sum = 0.0;
    for (float lane : lanes)
        sum += lane;
    for (; i < count; ++i) {
        const double d = double(x[i]) - y[i];
        sum += d * d;
    }
    return sum;
}

} // namespace prepmark
