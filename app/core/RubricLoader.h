#pragma once

#include "Result.h"
#include "Rubric.h"

#include <QByteArray>
#include <QString>

namespace prepmark {

// Reads rubrics/*.json. A rubric file that is wrong in any way is rejected whole, with
// a message naming the file and the JSON path: duplicate keys (JSON keys, dimension
// keys, criterion keys), a missing field or level, a level outside the scale, a
// threshold outside the scale, a non-positive weight, an unknown field.
class RubricLoader
{
public:
    static Result<Rubric> fromFile(const QString &path);
    static Result<Rubric> fromJson(const QByteArray &json, const QString &sourceName);

    // The rubric files that ship with PrepMark, compiled in as resources
    // (":/rubrics/<key>.json").
    static QStringList bundledRubricPaths();
    static Result<Rubric> bundled(const QString &rubricKey);
};

} // namespace prepmark
