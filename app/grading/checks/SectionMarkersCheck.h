#pragma once

#include "grading/facts/GradingCheck.h"

#include <QStringList>

namespace prepmark {

// "section_markers" (wf_section_markers): the session's markers against the
// arrangement (the exercise's sections are the expected markers). Each section is
//   exact      a marker with its name (case and spaces aside) within 1 beat of its downbeat;
//   misplaced  a marker with its name, further away;
//   misnamed   a marker within 1 beat with another name;
//   missing    neither.
// Main sections are those named intro, verse, chorus, bridge, outro, hook or refrain
// (all sections when none is). 1 no markers, or fewer than half the sections marked;
// 2 a main section missing, or 3+ misnamed or misplaced; 3 at most 2; 4 every section
// exact; 5 as 4 with the session's tempo and meter those of the song (so the grid
// lines up). Markers for other mix events are for the lecturer.
class SectionMarkersCheck final : public GradingCheck
{
public:
    static constexpr double kTempoToleranceBpm = 0.01;

    struct Facts
    {
        int sections = 0; // in the arrangement; 0: nothing to judge
        int exact = 0;
        int misplaced = 0;
        int misnamed = 0;
        int markers = 0;
        QStringList missing; // section names
        QStringList missingMain;
        QStringList wrong; // "Chorus 1 (3.2 beats late)", "Verse 2 (marked \"V2\")"
        double sessionTempo = 120.0; // quarter notes per minute
        double songTempo = 120.0;
        QString sessionMeter; // "4/4"
        QString songMeter;
        int marked() const { return exact + misplaced + misnamed; }
    };
    // The markers against the sections; shared with MarkersTidyFoundationCheck.
    static Facts collect(const GradingContext &context);
    static QStringList describe(const Facts &facts);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
