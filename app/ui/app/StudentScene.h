#pragma once

#include "core/Result.h"

#include <QString>

namespace prepmark {

class MainWindow;

// Puts a student's window on one of their pages, for `prepmark --screenshot --page`
// and the self-test: "exercises" (home), "profile", "results", "exercise" (an
// exercise's page) or "workbench" (its session rendered, analysed and open in the
// workbench, with the first steps of a preparation made through the real edits, so
// a picture shows the workbench in use). Waits for the render; errors name the page
// or the exercise.
class StudentScene
{
public:
    // startPreparing: make the first edits in the workbench (a picture); false leaves the
    // session and the database as they are (the self-test).
    static Status show(MainWindow &window, const QString &page, const QString &exerciseKey, int excerptBars = 0,
        bool startPreparing = true);
};

} // namespace prepmark
