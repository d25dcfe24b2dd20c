#pragma once

#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "phrase_cleaning" (mr_phrase_cleaning, f_mr_cleaning): the tracks with noise, breaths
// or bleed planted between phrases to fix, cleaned when the student's cuts cover at
// least 80 % of the gaps between phrases (FaultAssessor::phraseCoverage; a buzz also
// counts as cleaned when a treatment leaves the analysis no noise to flag), and cuts
// that reach into the music (more than kDamageMs outside the gaps on a track).
// 1 cuts into the music, or 3+ tracks to clean and none cleaned; 2 two or more left;
// 3 at most one left; 4 none left; 5 as 4, with every cleaned track named in the notes
// (cut edges are always faded, PreparedStemRenderer::kCutFadeMs). Nothing to judge when
// the answer key plants nothing between phrases and no cut reaches the music.
class PhraseCleaningCheck final : public GradingCheck
{
public:
    static constexpr double kDamageMs = 50.0;

    // Cuts on a kept track that silence music outside the gaps between phrases.
    struct CutDamage
    {
        QString track; // display name
        double outsideMs = 0.0;
    };
    // A kept track with noise between phrases to clean (FaultAssessor::assessFix).
    struct Cleaning
    {
        QString track; // display name
        bool cleaned = false;
        bool named = false; // the notes name the track
        QString evidence; // the assessment, one line
    };
    struct Facts
    {
        QVector<CutDamage> cuts; // kept tracks whose cuts leave the gaps, in session order
        QVector<Cleaning> cleanings; // in session order
        QStringList removedUncleaned; // tracks the key keeps, removed with their noise
        int needing() const { return int(cleanings.size() + removedUncleaned.size()); }
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
