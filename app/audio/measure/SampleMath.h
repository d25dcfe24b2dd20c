#pragma once

#include <QtGlobal>

namespace prepmark {

// Small loops over contiguous float samples that every measurement needs. On x86-64
// they use SSE2 (part of the baseline, so no run-time dispatch is needed), four
// samples per instruction; elsewhere, plain loops. Sums are accumulated in float
// lanes and returned as double: meant for spans of at most a few thousand samples
// (one block), where float precision is ample for levels in dB.

// Largest |x[i]| for i in [0, count): the sample peak. 0 for count <= 0.
float maxAbs(const float *x, qint64 count);

// Peak, sum and sum of squares in one pass.
struct SampleStatistics
{
    float peak = 0.0f;
    double sum = 0.0;
    double sumOfSquares = 0.0;
};
SampleStatistics sampleStatistics(const float *x, qint64 count);

// Sum of x[i]^2 for i in [0, count).
double sumOfSquares(const float *x, qint64 count);

// Sum of x[i] * y[i].
double sumOfProducts(const float *x, const float *y, qint64 count);

// Sum of (x[i] - y[i])^2.
double sumOfSquaredDifferences(const float *x, const float *y, qint64 count);

// For each group of 8 consecutive values of x (the last group may be shorter):
// its largest value and its sum, into peaks[g] and sums[g]. For x >= 0 (magnitudes).
void peaksAndSumsOf8(const float *x, qint64 count, float *peaks, float *sums);

// Whether some i in [0, count) has x[i] == x[i-1] and |x[i]| >= minLevel, where
// x[-1] is `previous`: the candidates of a flat top.
bool hasLoudRepeat(const float *x, qint64 count, float previous, float minLevel);

// Marks the upper halves of the AVX registers as unused (vzeroupper) on CPUs with
// AVX; nothing elsewhere. Code compiled for baseline x86-64 (SSE) runs up to ten
// times slower while they are marked used, and some library code (seen in Qt)
// leaves them so. Cheap: call it before a block of sample loops.
void clearUpperVectorState();

} // namespace prepmark
