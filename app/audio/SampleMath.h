#pragma once

#include <QtGlobal>

namespace prepmark {

// Small loops over contiguous float samples that every measurement needs, written
// with independent lanes so that the compiler vectorises them without reordering
// floating-point operations (no -ffast-math).

// Largest |x[i]| for i in [0, count): the sample peak. 0 for count <= 0.
float maxAbs(const float *x, qint64 count);

// Sum of x[i]^2 for i in [0, count), accumulated in float lanes and returned as
// double; meant for spans of at most a few thousand samples.
double sumOfSquares(const float *x, qint64 count);

// Sum of x[i] * y[i].
double sumOfProducts(const float *x, const float *y, qint64 count);

// How many i in [0, count) have x[i] == x[i-1] and |x[i]| >= minLevel, where x[-1]
// is `previous`: the candidates of a flat top.
qint64 countLoudRepeats(const float *x, qint64 count, float previous, float minLevel);

// Marks the upper halves of the AVX registers as unused (vzeroupper) on CPUs with
// AVX; nothing elsewhere. Code compiled for baseline x86-64 (SSE) runs up to ten
// times slower while they are marked used, and some library code (seen in Qt)
// leaves them so. Cheap: call it before a block of sample loops.
void clearUpperVectorState();

// Sum of (x[i] - y[i])^2.
double sumOfSquaredDifferences(const float *x, const float *y, qint64 count);

} // namespace prepmark
