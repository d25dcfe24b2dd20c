#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

namespace prepmark {

// Parses a JSON text that PrepMark reads as data (rubrics, exercises, configuration)
// and rejects what QJsonDocument silently accepts: an object with the same key twice
// (QJsonDocument keeps one of them). Errors name the source, and the line and column
// of a syntax error or the JSON path of a duplicate key ("$.dimensions[1].criteria").
Result<QJsonDocument> parseStrictJson(const QByteArray &text, const QString &sourceName);

// Reads a file and parses it with parseStrictJson(); a missing or unreadable file is
// an Error naming the path.
Result<QJsonDocument> readStrictJsonFile(const QString &path);

} // namespace prepmark
