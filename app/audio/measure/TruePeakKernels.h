#pragma once

#include "SimdKernel.h"

#include <QtGlobal>

namespace prepmark::truepeak {

// The 4x interpolation filter, with the structure of ITU-R BS.1770-4 Annex 2: 48
// taps in 4 phases of 12. Phase p estimates the signal p/4 of a sample period after
// sample n + 5 from x[n..n+11]; phase 0 is exactly that sample.
//
// The coefficients are a Kaiser-windowed sinc (beta 5, half-width 6.25 samples)
// rather than the Annex's example table: the example's phases 1 and 2 have a DC gain
// of 0.973 (-0.24 dB) and ripple of about 0.2 dB, while this design stays within
// 0.05 dB of an ideal interpolator up to 18 kHz at 48 kHz, for the same cost.
inline constexpr int kPhases = 4;
inline constexpr int kTaps = 12;
// Samples of history each output needs before the current one.
inline constexpr int kHistory = kTaps - 1;

using Coefficients = float[kPhases][kTaps];
// Computed once, on first use (thread-safe).
const Coefficients &coefficients();

// The largest sum of |h_p[k]| over the phases: no interpolated value exceeds the
// largest |sample| of its 12 inputs times this. Lets a caller skip blocks that
// cannot raise a peak already found.
float maxGain();

using Kernel = SimdKernel;

// The fastest kernel this CPU runs.
inline Kernel bestKernel()
{
    return bestSimdKernel();
}
inline const char *kernelName(Kernel kernel)
{
    return simdKernelName(kernel);
}

// Largest |y| over the interpolated outputs y_p[n] = sum_k h_p[k] * x[n + kHistory - k]
// for n in [0, count) and the phases between samples: 1, 2 and 3 when `phases` is 4
// (4x oversampling), 2 when it is 2, none when it is 1. Phase 0 is not computed: it
// is the sample itself. `x` points at kHistory + count samples: the history, then
// the samples to measure. Pure function; safe from any thread.
float maxAbsInterpolated(Kernel kernel, const float *x, qint64 count, int phases);

} // namespace prepmark::truepeak
