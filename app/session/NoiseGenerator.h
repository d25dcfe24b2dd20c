#pragma once

#include "DeterministicRandom.h"

#include <vector>

namespace prepmark {

// The unwanted (or wanted) sounds faults add, generated deterministically from a
// DeterministicRandom. Levels: every generator returns a signal whose RMS (hum,
// noise, buzz) or peak (breath, click, crackle) is 1.0; callers scale it to dBFS.
class NoiseGenerator
{
public:
    NoiseGenerator(int sampleRate, DeterministicRandom &random);

    // Mains hum: frequencyHz and harmonics falling as 1/h, random phases.
    std::vector<float> hum(qint64 frames, double frequencyHz, int harmonics);
    // "white", "pink" (Kellet's filter) or "hiss" (white above ~3 kHz, tape-like).
    std::vector<float> noise(qint64 frames, const QString &colour);
    // Amp buzz: a 100 Hz rectified-mains sawtooth with some hiss.
    std::vector<float> buzz(qint64 frames);
    // One breath: band-limited noise with a rise-and-fall envelope.
    std::vector<float> breath(qint64 frames);
    // One metronome click leaking from headphones: a 1.5 kHz blip.
    std::vector<float> headphoneClick();
    // Vinyl crackle: impulses at ratePerSecond (exponential gaps) over a faint surface noise.
    std::vector<float> crackle(qint64 frames, double ratePerSecond);

    // Scales in place so the RMS (or the peak) equals gain.
    static void setRms(std::vector<float> &signal, float gain);
    static void setPeak(std::vector<float> &signal, float gain);

private:
    int m_sampleRate;
    DeterministicRandom &m_random;
};

} // namespace prepmark
