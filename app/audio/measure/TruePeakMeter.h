#pragma once

#include "TrackMeasurement.h"
#include "TruePeakKernels.h"

#include <vector>

namespace prepmark {

// True peak per ITU-R BS.1770-4 Annex 2: the signal is oversampled with a 48-tap
// polyphase FIR (4x below 96 kHz, 2x below 192 kHz, none above, so that the
// oversampled rate is at least 176.4 kHz) and the largest magnitude is the true
// peak, never less than the sample peak. Reported in dBTP. See TruePeakKernels.h
// for the filter.
//
// The FIR runs on contiguous per-channel arrays with SSE2 or AVX2/FMA kernels
// (TruePeakKernels), picked at run time, and only on chunks of 64 samples loud
// enough to raise the peak found so far (the result is exact; see measure()).
class TruePeakMeter final : public TrackMeasurement
{
public:
    explicit TruePeakMeter(truepeak::Kernel kernel = truepeak::bestKernel()) : m_kernel(kernel) { }

    void initialize(const AudioFormat &format) override;
    void process(const AudioBlock &block) override;
    // Writes channels[].truePeakDbtp and truePeakDbtp (channels must be sized, e.g.
    // by LevelMeter, or are resized here).
    void finish(TrackAnalysis &result) override;

    // Linear true peak of a channel so far (valid after finish()).
    float channelPeak(int channel) const { return m_channels[size_t(channel)].peak; }

private:
    struct Channel
    {
        std::vector<float> buffer; // kHistory samples of history, then the block
        float peak = 0.0f;
    };
    void measure(Channel &channel, const float *samples, qint64 count);

    // Samples per skip test (see measure()); >= kHistory.
    static constexpr qint64 kSkipChunk = 64;

    truepeak::Kernel m_kernel;
    int m_phases = 4;
    float m_maxGain = 2.0f;
    std::vector<Channel> m_channels;
};

} // namespace prepmark
