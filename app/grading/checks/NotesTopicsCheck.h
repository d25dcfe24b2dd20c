#pragma once

#include "grading/facts/GradingCheck.h"

namespace prepmark {

// The notes against the answer key's topics (NoteTopic; a topic is covered when the
// notes hold a word of each of its keyword groups, GradingContext::covers).
//
// "notes_found_fixed_left" (dc_found_fixed_left): found, fixed and kept topics. 1 no
// notes, or under a quarter covered; 2 under three quarters; 3 at least three
// quarters; 4 all; 5 all, with measured values (a number with dB, dBFS, dBTP, ms, Hz,
// kHz, %, samples, cents or bit).
// "notes_changes_foundation" (f_dc_notes): the student's own changes (polarity, gain,
// offset, processing, cuts, removal; names, colours and fades aside), each named in
// the notes, and the kept topics. 1 no notes; 2 under half the changes named; 3 at
// least half, and the kept topics covered; 4 all; 5 all, with measured values.
// "notes_questions" (dc_artist_questions): question topics. 1 none covered; 2 under
// half; 3 at least half; 4 all; 5 all, in the questions section.
// "notes_questions_foundation" (f_dc_questions): 1 no questions at all; 2 questions
// that cover no topic; 3 at least one covered; 4 all; 5 all, in the questions section.
// Nothing to judge when the answer key has no topic of the kinds a variant reads.
// Whether a claimed fix was really made, and how items read, is for the lecturer.
class NotesTopicsCheck final : public GradingCheck
{
public:
    enum class Variant { FoundFixedLeft, ChangesFoundation, Questions, QuestionsFoundation };
    explicit NotesTopicsCheck(Variant variant) : m_variant(variant) { }

    // How many of the answer key's topics of some kinds a text covers.
    struct Coverage
    {
        int total = 0;
        int covered = 0;
        QStringList missing; // topic texts
    };
    // notes_found_fixed_left
    struct TopicFacts
    {
        bool noNotes = false; // every section of the notes empty
        Coverage topics; // found, fixed and kept; none: nothing to judge
        bool measuredValues = false; // the notes hold a measured value
    };
    // notes_changes_foundation
    struct ChangeFacts
    {
        bool noNotes = false;
        QStringList changed; // display names of the tracks the student changed
        QStringList unnamed; // ... of those, the ones the notes do not name
        Coverage kept; // kept topics
        bool measuredValues = false;
    };
    // notes_questions and notes_questions_foundation
    struct QuestionFacts
    {
        Coverage anywhere; // question topics in the whole notes; none: nothing to judge
        Coverage inSection; // ... in the questions section
        bool asked = false; // the questions section holds anything
    };

    // Whether text holds a measured value ("-6 dB", "0.4 ms", "44.1 kHz", "3 %").
    static bool hasMeasuredValue(const QString &text);

    static TopicFacts topicFacts(const GradingContext &context);
    static ChangeFacts changeFacts(const GradingContext &context);
    static QuestionFacts questionFacts(const GradingContext &context);
    static CheckOutcome levelFor(const TopicFacts &facts);
    static CheckOutcome levelFor(const ChangeFacts &facts);
    // variant: Questions or QuestionsFoundation
    static CheckOutcome levelFor(const QuestionFacts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override;

private:
    Variant m_variant;
};

} // namespace prepmark
