#pragma once

#include "KWeightingKernels.h"

#include <array>
#include <vector>

namespace prepmark {

// The K-weighting of ITU-R BS.1770-4 for any sample rate: a high-shelf pre-filter
// (+4 dB above about 1.7 kHz: the acoustic effect of the head) followed by the RLB
// high-pass (about 38 Hz). Loudness needs only the sum of the squared outputs over
// each 100 ms, so that is what this class computes. Outputs are in double precision.
//
// Coefficients: both sections are the bilinear transform, pre-warped at their centre
// frequency, of analogue second-order sections whose parameters (centre frequency,
// Q, gain) are the ones libebur128 fits to the 48 kHz table of BS.1770-4, so that
// 48 kHz gives that table (to 1e-9, tested) and other rates the same response. As in
// the table, the high-pass numerator is (1, -2, 1) exactly, so its passband gain is
// 1 + K/Q + K^2 (K = tan(pi f0 / fs)): +0.043 dB at 48 kHz, +0.011 dB at 192 kHz; the
// loudness of a file thus depends on its rate by up to 0.03 dB, as in libebur128.
//
// Speed, without approximation. A recursive filter is one serial chain: each output
// waits for the previous one, about 8 cycles a sample for this cascade, whatever the
// vector width. runSumsOfSquares() breaks the chain for a run of kLanes segments of
// segmentLength() samples:
//   1. the state each segment ends in when it starts at rest is a linear function of
//      its samples: 4 dot products with precomputed weights (vectorised; the two of
//      the pre-filter only over the last samples, where its weights are above 1e-16
//      of their sum);
//   2. the true start state of each segment follows from the previous one:
//      start[i + 1] = A^L start[i] + restEnd[i], a 4 x 4 product per segment, L the
//      segment length and A^L precomputed;
//   3. the kLanes segments are filtered together, one per SIMD lane, each from its
//      exact start state.
// This is the serial recursion reordered: there is no warm-up transient and nothing
// is truncated, so the only error is rounding. Error bound, against sumOfSquares()
// (the serial reference, itself exact to rounding): each segment's sum is within
// 1e-8 of itself plus 1e-12 of the largest sum of squared input samples of a run so
// far (120 dB below the loudest passage). The second term covers outputs far below
// the input, such as DC, which the high-pass removes, or the tail of a burst: both
// computations then carry rounding of the size of the earlier input. Measured: about
// 1e-14 relative on noise, 2e-10 on a full-scale 20 Hz sine at 96 kHz, the worst
// case; a loudness error below 1e-7 dB. tst_kweightingfilter checks the bound for
// every kernel at 44.1, 48 and 96 kHz, on noise, sines at 20 Hz and 15 kHz, DC, and
// silence after a burst, over several runs. Denormals are flushed to zero while
// filtering (as libebur128 does): a decaying tail after the music stops would
// otherwise run a hundred times slower on x86.
//
// Thread-safety: const methods may be called from several threads at once.
class KWeightingFilter
{
public:
    using State = kweighting::State;
    static constexpr int kLanes = kweighting::kLanes;

    // `subBlockFrames` (> 0): the segment length divides it, so that no segment
    // straddles two 100 ms sub-blocks of the loudness meter.
    KWeightingFilter(int sampleRate, qint64 subBlockFrames);

    static kweighting::Biquad preFilter(double sampleRate);
    static kweighting::Biquad highPass(double sampleRate);

    // Samples per segment: the largest divisor of subBlockFrames from 64 to 1024, or
    // subBlockFrames itself when it has none.
    qint64 segmentLength() const { return m_segmentLength; }
    // Samples per run of runSumsOfSquares(): kLanes * segmentLength().
    qint64 runLength() const { return kLanes * m_segmentLength; }

    // The serial reference: filters x[0..count) from `state`, which it advances, and
    // returns the sum of the squared outputs.
    double sumOfSquares(const float *x, qint64 count, State &state) const;

    // Filters x[0..runLength()) from `state`, which it advances, and writes sums[i],
    // the sum of the squared outputs of segment i (kLanes values).
    void runSumsOfSquares(SimdKernel kernel, const float *x, State &state, double *sums) const;

private:
    kweighting::Biquad m_preFilter;
    kweighting::Biquad m_highPass;
    qint64 m_segmentLength = 0;
    // m_weights[j * L + n]: state variable j at the end of a segment that starts at
    // rest, per unit of its sample n.
    std::vector<double> m_weights;
    // The pre-filter's weights before this sample are below rounding (its poles are
    // far from the unit circle: about 250 samples at 48 kHz): restEndStates skips them.
    qint64 m_preFilterFrom = 0;
    // m_transition[k]: the end state of a segment of silence that starts in the state
    // with 1 in variable k and 0 elsewhere (column k of A^L).
    std::array<State, 4> m_transition {};
};

} // namespace prepmark
