#pragma once

#include "Session.h"

#include "exercise/Exercise.h"

namespace prepmark {

// The answer key's own preparation of a delivered session: the model answer a
// grader compares students with, and what `grade --reference` grades.
//
// From the answer key: names, families, colours, order, groups, buses, clip gain,
// removed tracks, the section markers, and notes written from the topics. From the
// planted faults: polarity flips and offsets that undo Polarity and Delay, the offset
// that places an Unconsolidated file at its bar, processing steps for the rest
// (remove_dc, notch_hum, denoise, declick, declip, convert_rate, convert_bit_depth,
// to_mono, mono_from_left/right), cuts over the gaps between phrases for a
// PhraseNoise fix, and the keep flag with the brief's reason for every kept fault.
// Every kept track gets short fades at its edges.
class ReferencePreparation
{
public:
    static constexpr double kFadeInMs = 5.0;
    static constexpr double kFadeOutMs = 20.0;
    static constexpr double kDefaultHotGainDb = -6.0; // when the key gives no gain for a hot or clipped track

    // delivered must be a render of exercise (the same track ids; for an excerpt,
    // pass the ExerciseExcerpt that was rendered).
    static Session prepare(const Exercise &exercise, const Session &delivered);

    // Where the sources feeding a track are silent for at least minimumMs, in frames
    // at the session rate: from the written notes (each note rings 300 ms past its end),
    // including the stretches before the first phrase and after the last one to the
    // end of the session.
    static QVector<SampleRange> phraseGaps(
        const Exercise &exercise, const DeliveredTrack &track, int sampleRate, double minimumMs = 300.0);
};

} // namespace prepmark
