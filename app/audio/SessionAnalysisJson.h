#pragma once

#include "SessionAnalysis.h"

#include <QJsonObject>

namespace prepmark {

// The JSON of `prepmark-cli analyse --json` (the CLI contract of issue 3):
//
// {"tracks": [{"file", "path", "sampleRate", "bitDepth", "channels", "frames",
//              "samplePeakDbfs", "truePeakDbtp", "rmsDbfs", "loudnessLufs",
//              "dcOffsetDbfs", "clippedSamples", "error" (only when unreadable),
//              and beyond the contract: "durationSeconds", "encoding",
//              "loudnessRangeLu", "noiseFloorDbfs", "leadingSilenceSeconds",
//              "trailingSilenceSeconds", "clicks", "stereoCorrelation"}],
//  "pairs":  [{"a", "b", "lagSamples", "lagMs", "correlation", "polarityInverted",
//              and "source", "note" (only when not measured)}],
//  "issues": [{"kind", "severity", "files", "startSeconds", "endSeconds", "message"}]}
//
// Levels are rounded to 0.01 dB, times to 1 ms; a level of silence (-infinity) or a
// value that was not measured is null. bitDepth is null for lossy files.
QJsonObject sessionAnalysisToJson(const SessionAnalysis &analysis);

} // namespace prepmark
