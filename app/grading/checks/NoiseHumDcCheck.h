#pragma once

#include "grading/facts/GradingCheck.h"

#include <QVector>

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

    static constexpr double kMaxDcPercent = 0.1; // % of full scale (-60 dBFS)

    // One problem to fix on one track.
    struct Problem
    {
        QString track; // display name
        QString what; // "hum 50 Hz", "noise the analysis flags"
        bool dc = false; // a DC offset: fixed when dcPercent <= kMaxDcPercent
        bool treated = false; // a fitting step on the track
        bool named = false; // the notes name the track
        double dcPercent = 0.0; // the track's DC offset after preparation, % of full scale
        // otherwise fixed when the analysis no longer flags noise and the track is treated or cut
        bool noiseFlagged = false;
        bool cut = false;
    };
    // The DC offset of a track where one was planted to fix or the analysis flags one.
    struct DcReading
    {
        QString track; // display name
        double percent = 0.0; // after preparation, % of full scale
        bool planted = false; // a planted offset to fix: must come down to kMaxDcPercent
        bool flagged = false; // the analysis flags it
    };
    struct Facts
    {
        QVector<Problem> problems; // in track order
        QVector<DcReading> dc;
        QStringList mismatched; // "denoise on Kick": a step without the problem it is for
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context), m_variant); }

private:
    Variant m_variant;
};

} // namespace prepmark
