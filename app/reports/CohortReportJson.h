#pragma once

#include "CohortReport.h"

#include <QJsonObject>

namespace prepmark {

// The cohort report of the CLI contract (`prepmark-cli report cohort --json`):
//   {"cohort", "rubric": {"key","version","dimensions":[{"key","name","threshold"}]},
//    "students": [{"id","name","scores":{key:number},"mean","adequate","blocking":[keys],"masked"}],
//    "blockingCounts": {key: n}, "maskedCount": n, "soleBlocker": {key: n},
//    "policies": {"conjunctive": n, "compensatory": n, "hybrid": n, "flips": [ids]},
//    "agreement": {key: {"exact","adjacent","weightedKappa","icc","alpha"}}}
// Student ids are user ids. Scores and means have 2 decimals, statistics 4; a statistic
// that is undefined for the data (e.g. no double-marked attempts) is null.
QJsonObject cohortReportToJson(const CohortReport &report);

} // namespace prepmark
