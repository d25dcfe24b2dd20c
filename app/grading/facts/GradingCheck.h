#pragma once

#include "GradingContext.h"

#include <QStringList>

#include <optional>

namespace prepmark {

// What one check concluded: a provisional level 1-5, or nullopt when the exercise gives
// it nothing to judge (then the criterion is lecturer only), and the evidence lines.
struct CheckOutcome
{
    std::optional<int> level;
    QStringList evidence;

    static CheckOutcome nothingToJudge(const QString &why) { return CheckOutcome {std::nullopt, {why}}; }
};

// One automatic check (a name in CheckCatalogue). judge() follows the level descriptors
// of the criterion the check was written for: each level's conditions in turn, from
// the lowest, the first whose conditions hold giving the level. Stateless; judge() may
// run on any thread.
//
// Every check reads in two steps (docs/CONVENTIONS.md, "Grading checks"): a static
// collect() fills the check's plain Facts struct from the context (what was measured,
// what the session says, what the exercise asks, with the names and values the evidence
// quotes), and a static pure levelFor(facts[, variant]) turns them into the level and the
// evidence lines, with no access to audio, files or the context. judge() is the two in a
// row; tests/grading/tst_leveltables.cpp pins each levelFor() row by row.
class GradingCheck
{
public:
    virtual ~GradingCheck() = default;
    virtual CheckOutcome judge(const GradingContext &context) const = 0;
};

} // namespace prepmark
