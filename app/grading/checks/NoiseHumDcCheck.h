#pragma once

#include "grading/facts/GradingCheck.h"

namespace prepmark {

// "noise_hum_dc" (si_noise_hum_dc) and "noise_hum_dc_foundation" (f_si_noise_hum).
// The problems: planted DC offset, hum, noise and amp buzz to fix, and any noise the
// analysis flags on a prepared stem of a track without a kept noise. A problem is
// treated when its track has a fitting step (remove_dc; notch_hum or denoise; cuts or
// denoise for buzz), fixed when the analysis no longer flags it (DC at or below 0.1 %
// of full scale, -60 dBFS).
//
// Default: 1 problems but none treated or named in the notes; 2 one neither treated
// nor named, or any track with DC above 0.1 %; 3 every one treated or named; 4 every
// one fixed; 5 as 4 with each step matched to its cause (no denoise without flagged
// noise, no notch without hum) and every treated track named in the notes.
// Foundation: 1 none treated or named; 2 some; 3 all treated or named; 4 all fixed;
// 5 as 4, matched and named. Audible artefacts are for the lecturer.
class NoiseHumDcCheck final : public GradingCheck
{
public:
    enum class Variant { Default, Foundation };
    explicit NoiseHumDcCheck(Variant variant) : m_variant(variant) { }

    CheckOutcome judge(const GradingContext &context) const override;

private:
    Variant m_variant;
};

} // namespace prepmark
