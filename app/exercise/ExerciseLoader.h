#pragma once

#include "Exercise.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

// Reads exercises/<key>/exercise.json (the format is exercises/FORMAT.md). An exercise
// that is wrong in any way is rejected whole, with a message naming the file and the
// JSON path ("exercises/pop-x/exercise.json: $.tracks[3].faults[0].driveDb: missing
// required field"); parts are parsed here, so a wrong note is reported with its bar
// and token.
class ExerciseLoader
{
public:
    // When the file lies in a folder, the folder's name must be the exercise key.
    static Result<Exercise> fromFile(const QString &path);
    static Result<Exercise> fromJson(const QByteArray &json, const QString &sourceName);

    // The exercises that ship with PrepMark, compiled in as resources
    // (":/exercises/<key>/exercise.json"), sorted by key.
    static QStringList bundledKeys();
    static QString bundledPath(const QString &key);
    static Result<Exercise> bundled(const QString &key);
    // Every bundled exercise in library order: genre, then difficulty, then key.
    static Result<QVector<Exercise>> allBundled();
};

} // namespace prepmark
