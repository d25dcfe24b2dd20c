#include "StudentScene.h"

#include "MainWindow.h"
#include "ui/student/ExercisePage.h"
#include "ui/student/StudentWorkspace.h"
#include "ui/workbench/PrepWorkbench.h"
#include "ui/workbench/SessionDocument.h"

#include "exercise/ExerciseExcerpt.h"
#include "exercise/ExerciseLoader.h"
#include "session/ReferencePreparation.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLabel>
#include <QTabWidget>
#include <QThread>

namespace prepmark {

namespace {
// The first steps of a preparation, made as a student makes them: names, families and
// colours, folders and buses from the answer key's model answer, and its section
// markers. Gain, polarity, offsets and fades stay as delivered, so the
// findings on the waveforms are still there to work on.
void makeFirstEdits(SessionDocument &document, const Exercise &exercise)
{
    const Session model = ReferencePreparation::prepare(exercise, document.session());
    using Field = SessionDocument::TrackField;
    for (const SessionTrack &target : model.tracks) {
        const int row = document.session().indexOf(target.id);
        if (row < 0 || target.removed)
            continue;
        document.setTrackField(row, Field::Name, target.name);
        document.setTrackField(row, Field::Family, target.family);
        document.setTrackField(row, Field::Colour, target.colour);
        document.setTrackField(row, Field::Group, target.group);
        document.setTrackField(row, Field::Bus, target.bus);
    }
    for (int to = 0; to < model.tracks.size(); ++to)
        document.moveTrack(document.session().indexOf(model.tracks[to].id), to);
    for (const SessionMarker &marker : model.markers)
        document.addMarker(marker.name, marker.positionSamples);
    document.setNotes(SessionDocument::NotesSection::Found,
        QCoreApplication::translate("prepmark::StudentScene",
            "First pass: named, coloured and grouped every track, "
            "set the section markers. Now working through the findings."));
}
} // namespace

Status StudentScene::show(
    MainWindow &window, const QString &page, const QString &exerciseKey, int excerptBars, bool startPreparing)
{
    auto *tabs = qobject_cast<QTabWidget *>(window.homePage());
    auto *workspace = tabs ? tabs->findChild<StudentWorkspace *>() : nullptr;
    if (!workspace)
        return makeError(QStringLiteral("--page %1: only students have that page").arg(page));
    if (page.isEmpty() || page == QLatin1String("exercises"))
        return {};
    if (page == QLatin1String("profile") || page == QLatin1String("results")) {
        tabs->setCurrentIndex(page == QLatin1String("profile") ? 1 : 2);
        return {};
    }
    if (page != QLatin1String("exercise") && page != QLatin1String("workbench"))
        return makeError(
            QStringLiteral("--page %1: a student's pages are exercises, exercise, workbench, profile and results")
                .arg(page));
    Result<Exercise> exercise = ExerciseLoader::bundled(exerciseKey);
    if (!exercise)
        return makeError(QStringLiteral("--exercise %1: %2").arg(exerciseKey, exercise.errorMessage()));
    WorkbenchTask task;
    task.exercise = excerptBars > 0 ? ExerciseExcerpt::of(*exercise, excerptBars) : *exercise;
    workspace->openExercise(task);
    if (page == QLatin1String("exercise"))
        return {};
    workspace->exercisePage()->prepareSession();
    const QDeadlineTimer deadline(10 * 60 * 1000);
    while (!workspace->workbench() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        ExercisePage *exercisePage = workspace->exercisePage();
        if (exercisePage && !exercisePage->status()->isHidden())
            return makeError(QStringLiteral("--exercise %1: %2").arg(exerciseKey, exercisePage->status()->text()));
        QThread::msleep(10);
    }
    if (!workspace->workbench())
        return makeError(QStringLiteral("--exercise %1: the session was not ready in ten minutes").arg(exerciseKey));
    if (startPreparing)
        makeFirstEdits(*workspace->workbench()->document(), task.exercise);
    return {};
}

} // namespace prepmark
