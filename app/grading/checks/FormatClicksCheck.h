#pragma once

#include "grading/facts/EditFacts.h"
#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "format_clicks" (si_format_edit_clicks): the format of every prepared stem against
// the session's, and the clicks of EditFacts.
//   1: a file left at another sample rate (plays at the wrong speed), or 5+ clicks;
//   2: a file below the session's bit depth, or 3-4 clicks;
//   3: every file in the session format; at most 2 clicks;
//   4: no click inside the song, at most 1 hard region edge;
//   5: no click at all, and every converted file named in the notes.
class FormatClicksCheck final : public GradingCheck
{
public:
    struct Stem
    {
        QString track; // display name
        int sampleRate = 0; // Hz
        int bitDepth = 0;
    };
    struct Facts
    {
        int sessionRate = 0; // Hz
        int sessionBitDepth = 0;
        QVector<Stem> stems; // the prepared stem of every kept track
        QStringList unnamedConversions; // tracks delivered in another format, not named in the notes
        EditFacts edits;
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
