#pragma once

#include "grading/facts/GradingReport.h"

#include <QJsonObject>

namespace prepmark {

// The JSON of `prepmark-cli grade --json`: the verdict object of `prepmark-cli verdict`
// (verdictToJson: adequate, mean, blocking, masked, policy, dimensions) over the judged
// dimensions, plus
//   "criteria": [{"key", "dimension", "level" (null when lecturer only), "evidence": [...]}],
//   "lecturerOnlyDimensions": [keys of dimensions with no judged criterion, left out of
//                              the verdict above],
//   "complete": true when every dimension was judged,
//   "rubric": "mixprep-5d@1", "exercise": "rock-highway-static".
QJsonObject gradingReportToJson(const GradingReport &report);

} // namespace prepmark
