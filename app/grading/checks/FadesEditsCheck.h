#pragma once

#include "grading/facts/EditFacts.h"
#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "fades_edits" (mr_fades_crossfades, f_mr_fades): the audible edits of EditFacts (clicks
// inside the prepared stems, hard region edges) and the fades of every kept track.
// 1 four or more audible edits; 2 two or three, or a track without a fade-in or
// fade-out; 3 at most one audible edit and every track faded; 4 no audible edit and
// fades sized for their place (fade-in kMinFadeInMs..kMaxFadeInMs, fade-out
// kMinFadeOutMs..kMaxFadeOutMs); 5 as 4, with the edits (cuts) of every related pair
// made at the same points on both tracks. PrepMark's session has no crossfades between
// takes, so crossfade shapes do not arise; whether a fade cuts a decay is for the
// lecturer to hear.
class FadesEditsCheck final : public GradingCheck
{
public:
    static constexpr double kMinFadeInMs = 0.5;
    static constexpr double kMaxFadeInMs = 50.0;
    static constexpr double kMinFadeOutMs = 2.0;
    static constexpr double kMaxFadeOutMs = 3000.0;

    struct Fades
    {
        QString track; // display name
        double inMs = 0.0; // fade-in, 0 = none
        double outMs = 0.0; // fade-out, 0 = none
    };
    struct Facts
    {
        EditFacts edits;
        QVector<Fades> fades; // every kept track, in session order
        QStringList unmatchedPairs; // "Kick In / Kick Out": related pairs cut at different points
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
