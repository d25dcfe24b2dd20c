#pragma once

#include "grading/facts/GradingCheck.h"

#include <QHash>
#include <QStringList>

namespace prepmark {

// "groups_buses" (wf_groups_buses): folders/groups and buses against the answer key's.
// Names may differ from the key's: a key group is matched with the label most of its
// tracks carry.
//   misplaced: a track whose label differs from its key group's, or a track carrying
//              another key group's label (the same for buses);
// 1 no groups and no buses at all; 2 a key group of 2+ tracks left ungrouped, or 2+
// misplaced; 3 at most 1 misplaced; 4 none misplaced and every key bus there; 5 as 4,
// with every related pair in one group (edits stay phase-locked) and the key's names.
class GroupsBusesCheck final : public GradingCheck
{
public:
    struct Membership
    {
        int misplaced = 0;
        QStringList misplacedNames;
        QStringList ungrouped; // key groups of 2+ tracks whose tracks carry no label
        QStringList renamed; // key groups realised under another name
    };
    // Compares the student's labels (track id -> label, "" = none) with the key's.
    static Membership compare(const QStringList &tracks, const QHash<QString, QString> &keyLabel,
        const QHash<QString, QString> &studentLabel, const GradingContext &context);

    struct Facts
    {
        bool keyHasLabels = false; // the answer key has groups or buses; false: nothing to judge
        bool anyLabel = false; // some kept track is in a group, folder or bus
        Membership groups;
        Membership buses;
        QStringList unlinkedPairs; // "Kick In / Kick Out": related pairs of one key group not in one group
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context)); }
};

} // namespace prepmark
