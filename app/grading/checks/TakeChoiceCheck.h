#pragma once

#include "grading/facts/GradingCheck.h"

#include <QStringList>

namespace prepmark {

// "take_choice" (mr_comp_takes): the takes the answer key rejects (a source with a
// planted pitch or timing fault to fix whose every track the key removes) against the
// session. 1 a rejected take still in the session; 4 every rejected take out (removed
// tracks stay in session.json, so the other takes are kept); 5 as 4, with the choice
// of take stated in the notes. Joins inside a comp are for the lecturer to hear.
// Nothing to judge when the answer key rejects no take.
class TakeChoiceCheck final : public GradingCheck
{
public:
    struct Facts
    {
        QStringList keptTakes; // "Vox Take 2 (pitch drift)": rejected takes still in the session
        QStringList setAside; // rejected takes removed
        bool choiceStated = false; // the notes name a rejected take, or say "take" or "comp"
        QString keyComp; // the answer key's comp, for the lecturer
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
