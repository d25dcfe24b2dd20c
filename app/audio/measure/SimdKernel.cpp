#include "SimdKernel.h"

namespace prepmark {

SimdKernel bestSimdKernel()
{
#if defined(__x86_64__) || defined(__i386__)
    static const SimdKernel best
        = (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) ? SimdKernel::Avx2Fma : SimdKernel::Sse2;
    return best;
#else
    return SimdKernel::Scalar;
#endif
}

const char *simdKernelName(SimdKernel kernel)
{
    switch (kernel) {
    case SimdKernel::Scalar:
        return "scalar";
    case SimdKernel::Sse2:
        return "sse2";
    case SimdKernel::Avx2Fma:
        return "avx2+fma";
    }
    return "?";
}

SimdKernel supportedSimdKernel(SimdKernel requested)
{
    const SimdKernel best = bestSimdKernel();
    return int(requested) <= int(best) ? requested : best;
}

} // namespace prepmark
