#pragma once

#include "Verdict.h"

#include <QJsonObject>

namespace prepmark {

// The verdict object of the CLI contract (`prepmark-cli verdict --json`, and inside
// `grade` and reports): {"adequate","mean" (2 decimals),"blocking","masked","policy",
// "dimensions":[{"key","name","score","threshold","margin","nearThreshold"}]}.
QJsonObject verdictToJson(const Verdict &verdict);

// Reads a verdict object written by verdictToJson() back (e.g. from a released
// snapshot), so the snapshot is shown as it was released, whatever the rubric says now.
Result<Verdict> verdictFromJson(const QJsonObject &json);

// Rounds to 2 decimals for presentation in JSON and tables.
double round2(double value);

} // namespace prepmark
