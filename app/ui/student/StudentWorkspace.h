#pragma once

#include "AttemptSubmitter.h"
#include "ui/common/UserContext.h"
#include "ui/workbench/ExerciseSessionLoader.h"
#include "ui/workbench/WorkbenchTask.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace prepmark {

class AttemptFeedbackPage;
class ExercisePage;
class PrepWorkbench;
class StudentExercisesPage;

// The student's "Exercises" tab: home (assignments and the practice library) → an
// exercise's page → the prep workbench → the feedback on a submitted attempt. The
// workbench starts from the student's autosaved draft when there is one; a draft that
// cannot be read is kept in a file (named in the message) and the work starts from
// the delivered session.
class StudentWorkspace : public QWidget
{
    Q_OBJECT

public:
    StudentWorkspace(UserContext &context, QWidget *parent = nullptr);
    ~StudentWorkspace() override;

    // Render options for every exercise opened from here (tests use a small SoundFont
    // or thread count).
    void setRenderOptions(RenderOptions options) { m_options = std::move(options); }

    StudentExercisesPage *home() const { return m_home; }
    ExercisePage *exercisePage() const;
    PrepWorkbench *workbench() const;
    AttemptFeedbackPage *feedbackPage() const;
    QWidget *currentPage() const;

    // Where the prepared stems of a task are rendered for grading (replaced by every
    // attempt; a cache, never part of the database).
    static QString preparedStemsFolder(const WorkbenchTask &task);

public slots:
    void showHome();
    void openPractice(const QString &exerciseKey);
    void openAssignment(qint64 assignmentId);
    // Any exercise, e.g. an excerpt (ExerciseExcerpt) for a quick render.
    void openExercise(const WorkbenchTask &task);
    void openWorkbench(const prepmark::LoadedSession &loaded);
    void submit();

signals:
    void submitted(const prepmark::SubmittedAttempt &attempt);
    // The attempt's automatic grading ran and was stored.
    void graded(const prepmark::SubmittedAttempt &attempt);

private:
    void gradeAttempt(const SubmittedAttempt &attempt, const LoadedSession &loaded);
    Session startingSession(const LoadedSession &loaded, QString &message, bool &problem) const;
    void showPage(QWidget *page);
    void showError(const QString &message);

    UserContext &m_context;
    RenderOptions m_options;
    QStackedWidget *m_stack = nullptr;
    StudentExercisesPage *m_home = nullptr;
    QPointer<ExercisePage> m_exercise;
    QPointer<PrepWorkbench> m_workbench;
    QPointer<AttemptFeedbackPage> m_feedback;
    WorkbenchTask m_task;
    Session m_resumeFrom; // the session "Keep preparing" starts from
};

} // namespace prepmark
