#pragma once

#include "Exercise.h"
#include "core/JsonObjectReader.h"

namespace prepmark {

// Reads the planted faults of exercise.json: the common fields ("type", "expect",
// "reason") and the parameters of each kind, with their ranges (exercises/FORMAT.md). Checks that
// need the whole exercise (a Duplicate's original, stereo-only kinds) are done by
// ExerciseLoader after every track is read.
class FaultReader
{
public:
    static PlantedFault readTrackFault(
        const QJsonValue &value, const QString &path, const Exercise &exercise, JsonErrorSink &sink);
    static PlantedFault readPerformanceFault(const QJsonValue &value, const QString &path, const Exercise &exercise,
        const Source &source, JsonErrorSink &sink);
    // Reads "bar" (required) and "beat" (default 1) and checks they lie in the arrangement.
    static BarPosition readPosition(JsonObjectReader &reader, const Exercise &exercise);

private:
    static void readCommon(JsonObjectReader &reader, PlantedFault &fault);
    static void readTrackParameters(JsonObjectReader &reader, const Exercise &exercise, PlantedFault &fault);
};

} // namespace prepmark
