#pragma once

#include <vector>

namespace prepmark {

// A second-order IIR section (RBJ audio EQ cookbook designs), run on whole channels.
// filterZeroPhase() runs it forwards and then backwards: the magnitude response is
// squared and the phase cancels, so a filtered mic stays sample-aligned with its
// unfiltered partner. Shelf gains given to the zero-phase designs are therefore
// halved per pass by the callers that want a total gain (see MicChain).
class Biquad
{
public:
    static Biquad lowPass(double frequencyHz, double sampleRate, double q = 0.7071067811865476);
    static Biquad highPass(double frequencyHz, double sampleRate, double q = 0.7071067811865476);
    static Biquad lowShelf(double frequencyHz, double sampleRate, double gainDb);
    static Biquad highShelf(double frequencyHz, double sampleRate, double gainDb);
    static Biquad bandPass(double frequencyHz, double sampleRate, double q);
    // Rejects a narrow band around frequencyHz (bandwidth about frequencyHz / q).
    static Biquad notch(double frequencyHz, double sampleRate, double q);

    void filter(std::vector<float> &samples) const;
    void filterZeroPhase(std::vector<float> &samples) const;

    // Runs sections one after the other, forwards and then backwards, in two passes
    // over the samples (the same result as filterZeroPhase() of each in turn, up to
    // rounding, and much less memory traffic).
    static void filterZeroPhase(const std::vector<Biquad> &sections, std::vector<float> &samples);

private:
    Biquad(double b0, double b1, double b2, double a0, double a1, double a2);

    double m_b0, m_b1, m_b2, m_a1, m_a2; // normalised by a0
};

} // namespace prepmark
