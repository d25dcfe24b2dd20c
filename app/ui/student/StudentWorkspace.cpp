#include "StudentWorkspace.h"

#include "AttemptFeedbackPage.h"
#include "ExercisePage.h"
#include "StudentExercisesPage.h"
#include "ui/common/TaskProgressPanel.h"
#include "ui/workbench/PrepWorkbench.h"
#include "ui/workbench/SessionDocument.h"

#include "exercise/ExerciseLoader.h"
#include "grading/PreparedSessionGrader.h"
#include "session/SessionJson.h"
#include "storage/AssignmentRepository.h"
#include "storage/WorkbenchDraftRepository.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace prepmark {

namespace {
// Whether a session is a preparation of this delivered session (the same track ids).
bool sameTracks(const Session &a, const Session &b)
{
    if (a.tracks.size() != b.tracks.size())
        return false;
    for (const SessionTrack &track : a.tracks) {
        if (!b.track(track.id))
            return false;
    }
    return true;
}
} // namespace

StudentWorkspace::StudentWorkspace(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("studentWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_home = new StudentExercisesPage(context, m_stack);
    m_stack->addWidget(m_home);
    connect(m_home, &StudentExercisesPage::practiceOpened, this, &StudentWorkspace::openPractice);
    connect(m_home, &StudentExercisesPage::assignmentOpened, this, &StudentWorkspace::openAssignment);
}

StudentWorkspace::~StudentWorkspace() = default;

ExercisePage *StudentWorkspace::exercisePage() const
{
    return m_exercise;
}

PrepWorkbench *StudentWorkspace::workbench() const
{
    return m_workbench;
}

AttemptFeedbackPage *StudentWorkspace::feedbackPage() const
{
    return m_feedback;
}

QWidget *StudentWorkspace::currentPage() const
{
    return m_stack->currentWidget();
}

void StudentWorkspace::showPage(QWidget *page)
{
    // One page of each kind lives at a time; leaving a page deletes it (a workbench
    // saves its draft as it goes).
    for (QWidget *old : {static_cast<QWidget *>(m_exercise.data()), static_cast<QWidget *>(m_workbench.data()),
             static_cast<QWidget *>(m_feedback.data())}) {
        if (old && old != page && old != m_exercise.data()) {
            m_stack->removeWidget(old);
            old->deleteLater();
        }
    }
    if (m_stack->indexOf(page) < 0)
        m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
}

void StudentWorkspace::showError(const QString &message)
{
    QMessageBox::warning(this, tr("PrepMark"), message);
}

void StudentWorkspace::showHome()
{
    if (m_exercise) {
        m_stack->removeWidget(m_exercise);
        m_exercise->deleteLater();
    }
    showPage(m_home);
    m_home->reload();
}

void StudentWorkspace::openPractice(const QString &exerciseKey)
{
    for (const Exercise &exercise : m_home->exercises()) {
        if (exercise.key == exerciseKey) {
            WorkbenchTask task;
            task.exercise = exercise;
            openExercise(task);
            return;
        }
    }
    showError(tr("There is no bundled exercise \"%1\".").arg(exerciseKey));
}

void StudentWorkspace::openAssignment(qint64 assignmentId)
{
    const Result<AssignmentRecord> assignment
        = AssignmentRepository(m_context.database.connection(), m_context.actor).find(assignmentId);
    if (!assignment)
        return showError(assignment.errorMessage());
    const Result<Exercise> exercise = ExerciseLoader::bundled(assignment->exerciseKey);
    if (!exercise)
        return showError(tr("Assignment \"%1\" uses exercise %2, which cannot be opened: %3")
                             .arg(assignment->title, assignment->exerciseKey, exercise.errorMessage()));
    WorkbenchTask task;
    task.exercise = *exercise;
    task.assignmentId = assignment->id;
    task.assignmentTitle = assignment->title;
    task.assessed = assignment->mode == QLatin1String("assessed");
    task.dueAt = assignment->dueAt;
    openExercise(task);
}

void StudentWorkspace::openExercise(const WorkbenchTask &task)
{
    if (m_exercise) {
        m_stack->removeWidget(m_exercise);
        m_exercise->deleteLater();
    }
    m_task = task;
    m_resumeFrom = Session();
    m_exercise = new ExercisePage(task, m_options, m_stack);
    connect(m_exercise, &ExercisePage::backRequested, this, &StudentWorkspace::showHome);
    connect(m_exercise, &ExercisePage::sessionReady, this, &StudentWorkspace::openWorkbench);
    showPage(m_exercise);
}

Session StudentWorkspace::startingSession(const LoadedSession &loaded, QString &message, bool &problem) const
{
    const Session &delivered = loaded.rendered.session;
    problem = false;
    if (!m_resumeFrom.tracks.isEmpty() && sameTracks(m_resumeFrom, delivered))
        return m_resumeFrom;
    const Result<std::optional<WorkbenchDraft>> draft
        = WorkbenchDraftRepository(m_context.database.connection(), m_context.actor)
              .load(m_task.exercise.key, m_task.assignmentId);
    if (!draft) {
        message = tr("Your draft could not be read from the database (%1). You start from the delivered session.")
                      .arg(draft.errorMessage());
        problem = true;
        return delivered;
    }
    if (!draft->has_value())
        return delivered;
    const QString source = tr("your draft of %1").arg(m_task.exercise.title);
    const Result<Session> restored = SessionJson::fromJson((*draft)->sessionJson.toUtf8(), source);
    if (restored && sameTracks(*restored, delivered)) {
        message = tr("Restored your draft from %1.")
                      .arg(QLocale().toString((*draft)->savedAt.toLocalTime(), QLocale::ShortFormat));
        return *restored;
    }
    // Keep the unreadable draft where the student can find it; the database copy is
    // replaced by the next autosave.
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovered-drafts");
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(
        QStringLiteral("%1-%2.json")
            .arg(m_task.exercise.key, QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    QFile file(path);
    const bool keptCopy = file.open(QIODevice::WriteOnly) && file.write((*draft)->sessionJson.toUtf8()) >= 0;
    file.close();
    const QString why = restored ? tr("it does not match this exercise's tracks") : restored.errorMessage();
    message = keptCopy ? tr("Your saved draft could not be used (%1). It is kept in %2; you start from the delivered "
                            "session.")
                             .arg(why, path)
                       : tr("Your saved draft could not be used (%1), and no copy could be written to %2. It stays "
                            "in the database until your next edit; you start from the delivered session.")
                             .arg(why, path);
    problem = true;
    return delivered;
}

void StudentWorkspace::openWorkbench(const LoadedSession &loaded)
{
    QString message;
    bool problem = false;
    const Session start = startingSession(loaded, message, problem);
    if (m_workbench) {
        m_stack->removeWidget(m_workbench);
        delete m_workbench;
    }
    m_workbench = new PrepWorkbench(m_context, m_task, loaded, start, m_stack);
    if (!loaded.peakErrors.isEmpty())
        message += QStringLiteral(" ")
            + tr("Some waveforms cannot be drawn: %1").arg(loaded.peakErrors.join(QStringLiteral("; ")));
    if (!message.trimmed().isEmpty())
        m_workbench->showMessage(message.trimmed().toHtmlEscaped(), problem || !loaded.peakErrors.isEmpty());
    connect(m_workbench, &PrepWorkbench::backRequested, this, [this] {
        if (!m_workbench->saveDraft()) // the workbench says why; stay so nothing is lost
            return;
        showPage(m_exercise);
    });
    connect(m_workbench, &PrepWorkbench::submitRequested, this, &StudentWorkspace::submit);
    showPage(m_workbench);
}

void StudentWorkspace::submit()
{
    if (!m_workbench)
        return;
    const Session session = m_workbench->document()->session();
    const Result<SubmittedAttempt> stored
        = AttemptSubmitter(m_context.database.connection(), m_context.actor).store(m_task, session);
    if (!stored) {
        m_workbench->showMessage(tr("Your preparation was not submitted: %1. Your draft is kept.")
                                     .arg(stored.errorMessage())
                                     .toHtmlEscaped(),
            true);
        static_cast<void>(m_workbench->saveDraft()); // a failure shows its own message
        return;
    }
    m_workbench->markSubmitted();
    const Session delivered = m_workbench->loaded().rendered.session;
    const LoadedSession loaded = m_workbench->loaded();
    m_resumeFrom = stored->prepared;
    m_feedback = new AttemptFeedbackPage(m_task, *stored, delivered, m_stack);
    connect(m_feedback, &AttemptFeedbackPage::homeRequested, this, &StudentWorkspace::showHome);
    connect(m_feedback, &AttemptFeedbackPage::continueRequested, this, [this, loaded] { openWorkbench(loaded); });
    showPage(m_feedback);
    gradeAttempt(*stored, loaded);
    emit submitted(*stored);
}

QString StudentWorkspace::preparedStemsFolder(const WorkbenchTask &task)
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/prepared-stems/%1-%2").arg(task.exercise.key).arg(task.assignmentId);
}

void StudentWorkspace::gradeAttempt(const SubmittedAttempt &attempt, const LoadedSession &loaded)
{
    const AttemptSubmitter submitter(m_context.database.connection(), m_context.actor);
    const Result<Rubric> rubric = submitter.rubricFor(m_task);
    if (!rubric)
        return m_feedback->showGradingProblem(tr("the rubric cannot be read: %1").arg(rubric.errorMessage()));
    GradingRequest request;
    request.rubric = *rubric;
    request.exercise = m_task.exercise;
    request.delivered = loaded.rendered.session;
    request.prepared = attempt.prepared;
    request.audioDirectory = loaded.rendered.directory;
    request.outputDirectory = preparedStemsFolder(m_task);
    auto report = std::make_shared<Result<GradingReport>>(makeError(QString()));
    AttemptFeedbackPage *page = m_feedback;
    // The work runs on the page's panel: leaving the page cancels it, and the attempt
    // stays stored without grading.
    page->progress()->start(
        tr("Checking attempt %1").arg(attempt.number),
        [request, report](ProgressReporter &progress) { *report = PreparedSessionGrader::grade(request, progress); },
        [this, page, attempt, report, rubric = *rubric] {
            if (!*report) {
                page->showGradingProblem(
                    page->progress()->wasCancelled() ? tr("checking was cancelled.") : report->errorMessage());
                return;
            }
            const Status stored
                = AttemptSubmitter(m_context.database.connection(), m_context.actor).storeGrading(attempt, **report);
            page->showGrading(**report, rubric);
            if (!stored)
                page->showGradingProblem(tr("the evidence could not be stored: %1").arg(stored.errorMessage()));
            emit graded(attempt);
        });
}

} // namespace prepmark
