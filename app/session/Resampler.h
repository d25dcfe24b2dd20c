#pragma once

#include <QtGlobal>

#include <vector>

namespace prepmark {

// Band-limited sample-rate conversion by a rational factor (polyphase windowed sinc,
// Kaiser window, about 100 dB stop band), for the 44.1 kHz files an exercise plants
// and for espeak-ng's 22.05 kHz speech. Deterministic; stateless after construction,
// so one instance may be used from several threads.
class Resampler
{
public:
    Resampler(int fromRate, int toRate);

    // Converts a whole channel; the result has exactly outputFrames frames (silence
    // past the end of the input).
    std::vector<float> process(const std::vector<float> &input, qint64 outputFrames) const;

    int upFactor() const { return m_up; }
    int downFactor() const { return m_down; }

private:
    int m_up = 1; // L: output samples per ...
    int m_down = 1; // ... M input samples
    int m_halfWidth = 0; // taps on each side of the centre, in input samples
    std::vector<float> m_table; // m_up phases x 2*m_halfWidth taps
};

} // namespace prepmark
