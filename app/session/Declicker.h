#pragma once

#include <QtGlobal>

#include <vector>

namespace prepmark {

// The "declick" processing step: repairs dropouts (hard edits that left a stretch of
// constant samples inside loud audio) and isolated impulses (clicks, crackle), each
// by GapInterpolator, channel by channel.
//
//  - A dropout is a run of at least kMinDropoutMs (and at most kMaxDropoutMs) of
//    samples that stay within kFlatTolerance of each other, where the audio in the
//    kContextMs on either side is at least kDropoutContrastDb louder (RMS) than the
//    run and above kMinContextDbfs. It is refilled together with kMarginMs on each
//    side, so the steps at its edges go too.
//  - An impulse is a sample whose second difference is the largest within +-2
//    samples and at least kImpulseRatio times the mean second difference over
//    kContextMs on each side (cymbals and noise have large second differences
//    everywhere, so nothing in them stands out). kImpulseHalfWidthMs around it are
//    refilled.
// Deterministic. Units: positions in frames of the channel's own rate.
class Declicker
{
public:
    static constexpr double kMinDropoutMs = 0.5;
    static constexpr double kMaxDropoutMs = 250.0;
    static constexpr float kFlatTolerance = 2.0e-5f; // about 8 LSB of 24-bit audio
    static constexpr double kDropoutContrastDb = 30.0;
    static constexpr double kMinContextDbfs = -50.0;
    static constexpr double kContextMs = 5.0;
    static constexpr double kMarginMs = 0.25;
    static constexpr double kImpulseRatio = 12.0;
    static constexpr double kImpulseMinDbfs = -70.0;
    static constexpr double kImpulseHalfWidthMs = 0.5;

    struct Repairs
    {
        int dropouts = 0;
        int impulses = 0;
    };

    // Repairs one channel in place.
    static Repairs process(std::vector<float> &channel, int sampleRate);
};

} // namespace prepmark
