#pragma once

#include "PairNameTable.h"
#include "audio/measure/AnalysisThresholds.h"

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace prepmark {

// What analysis may be configured with: the thresholds and the table of related
// track names. Defaults are those of AnalysisThresholds and
// PairNameTable::defaultRules(); a JSON file overrides them:
//
//   {"thresholds": {"truePeakMaxDbtp": -2.0, "clipMinRunSamples": 4},
//    "pairNames": [{"source": "kick", "names": ["kick"], "roles": ["in", "out"],
//                   "checkTimeOffset": true}]}
//
// Every key of "thresholds" is the name of an AnalysisThresholds field; fields left
// out keep their defaults. "pairNames", when present, replaces the whole table.
// Parsing is strict: unknown fields, wrong types and values out of range are errors
// naming the file and the JSON path.
struct AnalysisConfig
{
    AnalysisThresholds thresholds;
    QList<PairNameRule> pairNames = PairNameTable::defaultRules();

    static Result<AnalysisConfig> fromJsonFile(const QString &path);
    static Result<AnalysisConfig> fromJson(const QByteArray &json, const QString &sourceName);
};

} // namespace prepmark
