#pragma once

#include "IntentJustificationCheck.h"
#include "grading/facts/FaultAssessor.h"
#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "fix_against_brief" (ci_fix_against_brief) and "fix_reasons_foundation"
// (f_ci_fix_reasons): every planted fault the brief wants fixed (FaultAssessor::
// assessFix), and the deliberate features lost while fixing (assessKeep).
//   unaddressed: neither fixed nor named in the notes. Faults PrepMark's session
//   cannot edit (a late hit, a pitch drift in a kept take) count as fixed when named.
// Default: 1 two or more unaddressed; 2 one, or a deliberate feature removed or
// cleaned (a fix that changes the intended sound); 3 every one fixed or named; 4 every
// one fixed; 5 as 4 with every open point (question topics) raised with the artist.
// Foundation: 1 two or more unaddressed, or a deliberate feature lost; 2 one, or
// reasons (IntentJustificationCheck) for under half of the decisions; 3 every one
// fixed or named, reasons for at least half; 4 every one fixed, reasons for all; 5 as 4
// with every open point raised.
class FixAgainstBriefCheck final : public GradingCheck
{
public:
    enum class Variant { Default, FoundationReasons };
    explicit FixAgainstBriefCheck(Variant variant) : m_variant(variant) { }

    struct Facts
    {
        QVector<FixStatus> fixes; // every planted fault the brief wants fixed
        QVector<KeepStatus> keeps; // every planted fault the brief wants kept
        bool questionsRaised = true; // the notes cover every question topic
        IntentJustificationCheck::Reasons reasons; // read by FoundationReasons only
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context), m_variant); }

private:
    Variant m_variant;
};

} // namespace prepmark
