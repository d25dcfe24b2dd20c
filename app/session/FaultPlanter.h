#pragma once

#include "AudioBuffer.h"
#include "DeterministicRandom.h"

#include "exercise/Exercise.h"

namespace prepmark {

// A stem as it is delivered: its audio (at its own rate), bit depth, and where it
// belongs on the timeline (frames at its own rate; written as the BWF time reference).
struct DeliveredFile
{
    AudioBuffer audio;
    int bitDepth = 24;
    qint64 timeReference = 0;
};

// Plants a delivered track's faults on its recorded audio (MicChain), in two stages
// and a fixed order (exercises/FORMAT.md, "Order of planting"):
//
//  plantSignalFaults(), at the session rate: Delay, Polarity, Distortion, Lofi, Hum,
//  Noise, PhraseNoise, Crackle, DcOffset, Clicks;
//  deliver(): Unconsolidated (trim), DualMono, OneSideSilent, SampleRate (resample),
//  then Hot and Clipping (level set at the file's own rate, so clip runs survive),
//  and the file's bit depth.
//
// Empty and Duplicate tracks are made by the caller (SessionRenderer). Random parts
// are seeded by exercise key, track id and fault kind, so every render is identical.
class FaultPlanter
{
public:
    struct Context
    {
        const Exercise &exercise;
        int sampleRate; // session rate
        qint64 frames; // rendered length at the session rate

        // Frame of a bar/beat at the session rate.
        qint64 frameAt(const BarPosition &position) const;
    };

    static void plantSignalFaults(AudioBuffer &buffer, const DeliveredTrack &track, const Context &context);
    static DeliveredFile deliver(AudioBuffer buffer, const DeliveredTrack &track, const Context &context);

    // Stretches of at least minimumMs where the track stays 45 dB below its peak, as
    // [start, end) frames: the gaps between phrases.
    static QVector<QPair<qint64, qint64>> findGaps(const AudioBuffer &buffer, double minimumMs);

private:
    static void plantPhraseNoise(AudioBuffer &buffer, const PlantedFault &fault,
        const QVector<QPair<qint64, qint64>> &gaps, const Context &context, DeterministicRandom &random);
    static void plantClicks(AudioBuffer &buffer, const PlantedFault &fault, const Context &context);
};

} // namespace prepmark
