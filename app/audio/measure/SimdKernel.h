#pragma once

namespace prepmark {

// The instruction sets a vectorised sample loop (true peak, K-weighting) is written
// for. Every loop has a portable scalar version, the reference its tests compare the
// others with; the fastest one the CPU runs is picked at run time.
enum class SimdKernel {
    Scalar, // portable C++, the reference for the others
    Sse2, // x86-64 baseline
    Avx2Fma, // chosen at run time when the CPU has AVX2 and FMA
};

// The fastest kernel this CPU runs. Thread-safe.
SimdKernel bestSimdKernel();
const char *simdKernelName(SimdKernel kernel);

// The kernel to run when `requested` was asked for: itself when the CPU has it,
// else the best one below it (a test may ask for AVX2 on a CPU without it).
SimdKernel supportedSimdKernel(SimdKernel requested);

} // namespace prepmark
