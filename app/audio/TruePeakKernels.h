#pragma once

#include <QtGlobal>

namespace prepmark::truepeak {

// The interpolation filter of ITU-R BS.1770-4, Annex 2: 48 taps in 4 phases of 12.
// Phase p estimates the signal p/4 of a sample period after a sample.
inline constexpr int kPhases = 4;
inline constexpr int kTaps = 12;
// Samples of history each output needs before the current one.
inline constexpr int kHistory = kTaps - 1;

extern const float kCoefficients[kPhases][kTaps];

enum class Kernel {
    Scalar,   // portable C++, the reference for the others
    Sse2,     // x86-64 baseline
    Avx2Fma,  // chosen at run time when the CPU has AVX2 and FMA
};

// The fastest kernel this CPU runs.
Kernel bestKernel();
const char *kernelName(Kernel kernel);

// Largest |y| over the interpolated outputs y_p[n] = sum_k h_p[k] * x[n + kHistory - k]
// for n in [0, count) and each phase p in `phases` (1 = phase 0 only, 2 = phases 0
// and 2, 4 = all four). `x` points at kHistory + count samples: the history, then
// the samples to measure. Pure function; safe from any thread.
float maxAbsInterpolated(Kernel kernel, const float *x, qint64 count, int phases);

} // namespace prepmark::truepeak
