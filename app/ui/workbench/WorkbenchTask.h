#pragma once

#include "exercise/Exercise.h"

#include <QDateTime>

namespace prepmark {

// What the student is preparing an exercise for: practice (assignmentId 0), or an
// assignment of their cohort, practice or assessed.
struct WorkbenchTask
{
    Exercise exercise;
    qint64 assignmentId = 0;
    QString assignmentTitle;
    bool assessed = false;
    QDateTime dueAt;

    bool isPractice() const { return assignmentId == 0; }
};

} // namespace prepmark
