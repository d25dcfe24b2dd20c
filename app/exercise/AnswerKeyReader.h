#pragma once

#include "Exercise.h"
#include "core/JsonObjectReader.h"

namespace prepmark {

// Reads the "answerKey" object of exercise.json against the exercise's delivered
// tracks: every track appears once, removed tracks carry only a reason, kept ones a
// name and an instrument family; pairs join two kept tracks; topics have unique ids.
class AnswerKeyReader
{
public:
    static AnswerKey read(
        const QJsonObject &object, const QString &path, const Exercise &exercise, JsonErrorSink &sink);

private:
    static ExpectedTrack readTrack(const QJsonValue &value, const QString &path, JsonErrorSink &sink);
    static ExpectedPair readPair(
        const QJsonValue &value, const QString &path, const AnswerKey &key, JsonErrorSink &sink);
    static NoteTopic readTopic(const QJsonValue &value, const QString &path, JsonErrorSink &sink);
};

} // namespace prepmark
