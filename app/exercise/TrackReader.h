#pragma once

#include "Exercise.h"
#include "core/JsonObjectReader.h"

namespace prepmark {

// Reads one entry of an exercise's "tracks": the delivered name and file, the feeds
// from sources ("from"), the microphone ("mic": a preset name or an object of
// settings over a preset) and the planted track faults.
class TrackReader
{
public:
    // exercise must hold its sources and the tracks read so far.
    static DeliveredTrack read(
        const QJsonObject &object, const QString &path, const Exercise &exercise, JsonErrorSink &sink);

    // Checks that need every track: a Duplicate's original, kinds that need a stereo
    // file, faults that cannot be combined, and an Empty track having no feeds.
    static void checkFaults(const Exercise &exercise, JsonErrorSink &sink);

private:
    static QVector<SourceFeed> readFeeds(
        const QJsonValue &value, const QString &path, const Exercise &exercise, JsonErrorSink &sink);
    static MicSpec readMic(const QJsonValue &value, const QString &path, JsonErrorSink &sink);
};

} // namespace prepmark
