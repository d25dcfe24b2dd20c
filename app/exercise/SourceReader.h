#pragma once

#include "Exercise.h"
#include "core/JsonObjectReader.h"

namespace prepmark {

// Reads one entry of an exercise's "sources": the instrument, the written part (or a
// copy of an earlier source's part, or speech lines) expanded over the arrangement,
// and its performance faults. Used by ExerciseLoader; errors go to the sink with the
// JSON path of the field ("$.sources[2].patterns.verse: bar 3, token 2 ...").
class SourceReader
{
public:
    // exercise must already hold its meter, tempo and sections, and the sources read
    // so far (a part may be copied from an earlier source with "partFrom").
    static Source read(const QJsonObject &object, const QString &path, const Exercise &exercise, JsonErrorSink &sink);

private:
    static QVector<NoteEvent> readPatternsAndPlay(JsonObjectReader &reader, const Exercise &exercise, bool drums);
    static void readSpeech(JsonObjectReader &reader, const Exercise &exercise, Source &source);
    static void applySwing(QVector<NoteEvent> &notes, double swingPercent, qint64 unitTicks);
};

} // namespace prepmark
