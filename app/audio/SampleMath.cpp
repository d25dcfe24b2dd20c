#include "SampleMath.h"

#include <algorithm>
#include <cmath>

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
