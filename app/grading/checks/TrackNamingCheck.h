#pragma once

#include "grading/facts/GradingCheck.h"

#include <QVector>

namespace prepmark {

// "track_naming" (wf_track_naming) and "track_naming_foundation" (f_wf_naming): every
// kept track's name against the answer key's name for it. Names are compared as sets
// of words after common studio abbreviations are spelt out (gtr = guitar, vox = vocal,
// kd = kick, oh = overhead, l = left, ...):
//   exact       the key's name (case and surrounding spaces aside);
//   complete    every word of the key's name is there (source and mic position);
//   recognisable at least one word of the key's name is there;
//   wrong       names another track's source (a source word of another track's key
//               name that is not in its own), or is another track's key name;
//   unclear     none of these (default names like "Audio 07", raw file names).
// Default: 1 more than half unclear; 2 three or more unclear, or any wrong; 3 at most 2
// unclear or longer than 16 characters; 4 every name complete, no duplicates, none
// longer than 16 characters; 5 every name exact. Foundation: the same without the
// length rule.
class TrackNamingCheck final : public GradingCheck
{
public:
    enum class Variant { Default, Foundation };
    explicit TrackNamingCheck(Variant variant) : m_variant(variant) { }

    static constexpr int kMaxLength = 16;

    // One kept track's name against the answer key's. Exactness, length and duplicates
    // are read from the names themselves.
    struct Name
    {
        QString name; // the student's, trimmed
        QString expected; // the answer key's
        bool wrong = false; // names another track's source, or is another track's key name
        bool recognisable = false; // holds a word of the key's name
        bool complete = false; // holds every word of the key's name
    };
    struct Facts
    {
        QVector<Name> tracks; // kept tracks in session order; empty: nothing to judge
    };

    static Facts collect(const GradingContext &context);
    static CheckOutcome levelFor(const Facts &facts, Variant variant);

    CheckOutcome judge(const GradingContext &context) const override { return levelFor(collect(context), m_variant); }

private:
    Variant m_variant;
};

} // namespace prepmark
