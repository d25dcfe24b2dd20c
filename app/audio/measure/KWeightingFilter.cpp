#include "KWeightingFilter.h"

#include <cmath>
#include <numbers>

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define PREPMARK_X86 1
#endif

namespace prepmark {

using kweighting::Biquad;

namespace {

// The bilinear transform, pre-warped so that the centre frequency maps exactly
// (k = tan(pi f0 / fs)), of the analogue section
//   H(s) = (n2 s^2 + n1 s + n0) / (s^2 + s / q + 1),   s in units of the centre frequency.
Biquad bilinear(double n2, double n1, double n0, double q, double k)
{
    const double kk = k * k;
    const double norm = 1.0 + k / q + kk;
    Biquad section;
    section.b0 = (n2 + n1 * k + n0 * kk) / norm;
    section.b1 = 2.0 * (n0 * kk - n2) / norm;
    section.b2 = (n2 - n1 * k + n0 * kk) / norm;
    section.a1 = 2.0 * (kk - 1.0) / norm;
    section.a2 = (1.0 - k / q + kk) / norm;
    return section;
}

double prewarp(double centreHz, double sampleRate)
{
    return std::tan(std::numbers::pi * centreHz / sampleRate);
}

qint64 chooseSegmentLength(qint64 subBlockFrames)
{
    for (qint64 length = std::min<qint64>(1024, subBlockFrames); length >= 64; --length) {
        if (subBlockFrames % length == 0)
            return length;
    }
    return subBlockFrames;
}

// Flushes denormal results and inputs to zero (SSE/AVX) while alive; restores the
// caller's mode after. Does nothing on other processors.
class DenormalsAsZero
{
public:
    DenormalsAsZero();
    ~DenormalsAsZero();
    DenormalsAsZero(const DenormalsAsZero &) = delete;
    DenormalsAsZero &operator=(const DenormalsAsZero &) = delete;

private:
    unsigned m_saved = 0;
};

#ifdef PREPMARK_X86
constexpr unsigned kFlushToZero = 0x8000;
constexpr unsigned kDenormalsAreZero = 0x0040;
DenormalsAsZero::DenormalsAsZero() : m_saved(_mm_getcsr())
{
    _mm_setcsr(m_saved | kFlushToZero | kDenormalsAreZero);
}
DenormalsAsZero::~DenormalsAsZero()
{
    _mm_setcsr(m_saved);
}
#else
DenormalsAsZero::DenormalsAsZero() = default;
DenormalsAsZero::~DenormalsAsZero() = default;
#endif

} // namespace

Biquad KWeightingFilter::preFilter(double sampleRate)
{
    // A high shelf of +4.0 dB centred at 1682 Hz; the gain at the centre is the
    // geometric mean of the two plateaus, nearly (exponent fitted to the table).
    constexpr double kCentreHz = 1681.974450955533;
    constexpr double kGainDb = 3.999843853973347;
    constexpr double kQ = 0.7071752369554196;
    const double high = std::pow(10.0, kGainDb / 20.0);
    const double centre = std::pow(high, 0.4996667741545416);
    return bilinear(high, centre / kQ, 1.0, kQ, prewarp(kCentreHz, sampleRate));
}

Biquad KWeightingFilter::highPass(double sampleRate)
{
    // The revised low-frequency B-curve (RLB): a second-order high-pass at 38 Hz.
    constexpr double kCentreHz = 38.13547087602444;
    constexpr double kQ = 0.5003270373238773;
    Biquad section = bilinear(1.0, 0.0, 0.0, kQ, prewarp(kCentreHz, sampleRate));
    // Numerator (1, -2, 1) as in BS.1770-4, not normalised to unity gain.
    section.b0 = 1.0;
    section.b1 = -2.0;
    section.b2 = 1.0;
    return section;
}

KWeightingFilter::KWeightingFilter(int sampleRate, qint64 subBlockFrames)
    : m_preFilter(preFilter(sampleRate)),
      m_highPass(highPass(sampleRate)),
      m_segmentLength(chooseSegmentLength(subBlockFrames))
{
    const qint64 length = m_segmentLength;
    // Response of the state to a unit sample at the start of a segment: after m more
    // samples it is A^m B, the weight of sample L - 1 - m in the segment's end state.
    m_weights.assign(size_t(4 * length), 0.0);
    State state {};
    const float one = 1.0f;
    const float zero = 0.0f;
    for (qint64 m = 0; m < length; ++m) {
        kweighting::serialSumOfSquares(m_preFilter, m_highPass, m == 0 ? &one : &zero, 1, state);
        for (int j = 0; j < 4; ++j)
            m_weights[size_t(j * length + length - 1 - m)] = state[size_t(j)];
    }
    // The pre-filter's variables: skip the leading weights whose sum is below 1e-16 of
    // the total, which cannot change a sum beyond rounding.
    double total = 0.0;
    for (qint64 n = 0; n < length; ++n)
        total += std::fabs(m_weights[size_t(n)]) + std::fabs(m_weights[size_t(length + n)]);
    double skipped = 0.0;
    qint64 from = 0;
    while (from < length) {
        skipped += std::fabs(m_weights[size_t(from)]) + std::fabs(m_weights[size_t(length + from)]);
        if (skipped > 1e-16 * total)
            break;
        ++from;
    }
    m_preFilterFrom = from / 8 * 8;
    for (int k = 0; k < 4; ++k) {
        State start {};
        start[size_t(k)] = 1.0;
        for (qint64 m = 0; m < length; ++m)
            kweighting::serialSumOfSquares(m_preFilter, m_highPass, &zero, 1, start);
        m_transition[size_t(k)] = start;
    }
}

double KWeightingFilter::sumOfSquares(const float *x, qint64 count, State &state) const
{
    const DenormalsAsZero denormals;
    return kweighting::serialSumOfSquares(m_preFilter, m_highPass, x, count, state);
}

void KWeightingFilter::runSumsOfSquares(SimdKernel kernel, const float *x, State &state, double *sums) const
{
    const DenormalsAsZero denormals;
    State starts[kLanes];
    State restEnds[kLanes - 1];
    kweighting::restEndStates(kernel, m_weights.data(), x, m_segmentLength, m_preFilterFrom, kLanes - 1, restEnds);
    starts[0] = state;
    for (int i = 1; i < kLanes; ++i) {
        State &next = starts[i];
        next = restEnds[i - 1];
        for (int k = 0; k < 4; ++k) {
            const double start = starts[i - 1][size_t(k)];
            for (int j = 0; j < 4; ++j)
                next[size_t(j)] += m_transition[size_t(k)][size_t(j)] * start;
        }
    }
    kweighting::filterSegments(kernel, m_preFilter, m_highPass, x, m_segmentLength, starts, sums);
    state = starts[kLanes - 1];
}

} // namespace prepmark
