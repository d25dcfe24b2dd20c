#pragma once

#include "SimdKernel.h"

#include <QtGlobal>

#include <array>

// The sample loops of the K-weighting filter (KWeightingFilter), in the three
// SimdKernel versions. Pure functions: safe from any thread. The caller chooses the
// floating-point mode (KWeightingFilter flushes denormals to zero around them).
namespace prepmark::kweighting {

// One second-order section, H(z) = (b0 + b1 z^-1 + b2 z^-2) / (1 + a1 z^-1 + a2 z^-2).
struct Biquad
{
    double b0 = 1.0;
    double b1 = 0.0;
    double b2 = 0.0;
    double a1 = 0.0;
    double a2 = 0.0;
};

// The state of the cascade pre-filter -> high-pass, both in transposed direct form
// II: {pre-filter s1, s2, high-pass s1, s2}. All zero at rest.
using State = std::array<double, 4>;

// Segments filtered at once by filterSegments(): one per SIMD lane (2 AVX2 vectors
// of 4 doubles, 4 SSE2 vectors of 2), enough independent chains to keep the
// floating-point units busy while each waits for its previous output.
inline constexpr int kLanes = 8;

// In every function below, `highPass` must have the numerator (1, -2, 1) of BS.1770
// (asserted): the kernels use those constants and read only its a1 and a2.

// The reference: filters x[0..count) serially from `state`, which it advances, and
// returns the sum of the squared outputs.
double serialSumOfSquares(const Biquad &preFilter, const Biquad &highPass, const float *x, qint64 count, State &state);

// Filters kLanes segments of `length` samples at once; segment i is
// x[i * length, (i + 1) * length) and starts from states[i]. Writes sums[i], the sum
// of its squared outputs, and leaves states[i] at its end state. Each segment's
// result is the serial recursion's (the kernels only reorder independent work).
void filterSegments(SimdKernel kernel, const Biquad &preFilter, const Biquad &highPass, const float *x, qint64 length,
    State *states, double *sums);

// For each of `segments` segments of `length` samples (segment i is
// x[i * length, (i + 1) * length)): the state the filter ends in when it starts at
// rest, ends[i][j] = sum over n of weights[j * length + n] * x[i * length + n]
// (weights: KWeightingFilter's response of the state to each sample). The sums for
// the pre-filter's variables (j = 0, 1) start at n = preFilterFrom (a multiple of 8,
// below length): its response has decayed below rounding before. The sums are
// accumulated in a different order in each kernel: results differ by rounding.
void restEndStates(SimdKernel kernel, const double *weights, const float *x, qint64 length, qint64 preFilterFrom,
    int segments, State *ends);

} // namespace prepmark::kweighting
