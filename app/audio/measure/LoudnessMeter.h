#pragma once

#include "KWeightingFilter.h"
#include "LoudnessHistogram.h"
#include "TrackMeasurement.h"

#include <array>
#include <optional>
#include <vector>

namespace prepmark {

// Integrated loudness (LUFS, ITU-R BS.1770-4) and loudness range (LU, EBU Tech 3342)
// of a track.
//
// Each channel is K-weighted (KWeightingFilter, vectorised, double precision) and its
// mean square taken over consecutive sub-blocks of 100 ms (round(rate / 10) samples,
// as libebur128). Channels are weighted as in BS.1770-4 with libebur128's default
// layout: L, R, C 1.0; Ls, Rs 1.41; LFE and channels beyond the sixth 0; 4 channels
// are L R Ls Rs and 5 are L R C Ls Rs; a mono file is one channel of weight 1.
// From the sub-blocks:
//  - gating blocks of 400 ms every 100 ms (75% overlap): integrated loudness with the
//    absolute gate at -70 LUFS and the relative gate 10 LU below;
//  - short-term windows of 3 s every 100 ms (2.9 s overlap, EBU Tech 3342; libebur128
//    takes one a second): loudness range, the 10th to 95th percentile of the windows
//    above -70 LUFS and 20 LU below their mean energy.
// A trailing partial sub-block is not measured, as in libebur128. Memory is constant:
// two LoudnessHistograms (its error bound: within 0.01 LU) and one run of samples per
// channel (8 segments, 8 x 960 samples at 48 kHz).
class LoudnessMeter final : public TrackMeasurement
{
public:
    explicit LoudnessMeter(SimdKernel kernel = bestSimdKernel()) : m_kernel(kernel) { }

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes loudnessLufs (-inf when no gating block reaches -70 LUFS, including files
    // shorter than 400 ms) and loudnessRangeLu (NaN when no 3 s window reaches -70
    // LUFS, including files shorter than 3 s; libebur128 gives 0 there).
    void finish(TrackAnalysis &result) override;

    // The BS.1770-4 weight of `channel` of a file of `channels` channels.
    static double channelWeight(int channel, int channels);

private:
    struct Channel
    {
        int index = 0; // in the file
        double weight = 1.0;
        KWeightingFilter::State state {};
        std::vector<float> run; // samples waiting for a full run of the filter
    };

    void filterRun();
    void addSegment(double weightedSumOfSquares);
    void addSubBlock(double energy);

    SimdKernel m_kernel;
    std::optional<KWeightingFilter> m_filter;
    std::vector<Channel> m_channels; // those of weight > 0
    qint64 m_subBlockFrames = 0;
    qint64 m_buffered = 0; // frames in each Channel::run
    double m_subBlockSum = 0.0; // weighted sum of squares of the current sub-block
    qint64 m_subBlockFilled = 0; // its frames so far
    // The last 30 sub-blocks' energies (a ring) and how many sub-blocks there were.
    std::array<double, 30> m_recent {};
    qint64 m_subBlocks = 0;
    LoudnessHistogram m_gatingBlocks;
    LoudnessHistogram m_shortTermWindows;
};

} // namespace prepmark
