#pragma once

#include "grading/facts/GradingCheck.h"

#include <QStringList>

namespace prepmark {

// "colour_order" (wf_colour_order) and "colour_order_foundation" (f_wf_colour_order):
// colours by instrument family and track order, against the answer key (its families,
// colours and expected order). Tracks the key removes are not judged here.
//   off-colour:   no colour, or not the colour most of its family's tracks have, or a
//                 family sharing its colour with another family;
//   out of place: tracks outside the longest run of tracks in the key's order
//                 (track count - longest common subsequence);
//   split family: a family whose tracks do not sit together (unless the answer key's
//                 own order splits it).
// Default: 1 no colours and the import order; 2 three or more off-colour, or a split
// family; 3 families together, at most 2 off-colour or out of place; 4 none; 5 the
// key's colours exactly. Foundation: 1 as default; 2 three or more off-colour or out of
// place; 3 families together, at most 2 out of place; 4 none off, and every family of
// 2+ tracks the answer key groups in one folder or group; 5 as 4 with the key's colours exactly.
class ColourOrderCheck final : public GradingCheck
{
public:
    enum class Variant { Default, Foundation };
    explicit ColourOrderCheck(Variant variant) : m_variant(variant) { }

    struct Facts
    {
        int tracks = 0; // kept tracks judged; 0: nothing to judge
        bool oneColour = false; // every track has the same colour (no scheme)
        bool uncoloured = false; // ... and that colour is none
        bool importOrder = false; // the tracks are in the delivered order
        QStringList offColour; // display names
        QStringList offPalette; // display names of tracks not in the answer key's colour
        QStringList splitFamilies; // families split across the list, unless the key splits them
        int outOfPlace = 0; // tracks outside the longest run in the answer key's order
        // families of 2+ tracks the answer key puts in one group that are not in one
        QStringList ungroupedFamilies;
    };

    // Length of the longest common subsequence of two orders.
    static int longestCommonSubsequence(const QStringList &a, const QStringList &b);

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context), m_variant); }

private:
    Variant m_variant;
};

} // namespace prepmark
