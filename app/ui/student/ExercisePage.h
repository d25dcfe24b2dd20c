#pragma once

#include "ui/workbench/ExerciseSessionLoader.h"
#include "ui/workbench/WorkbenchTask.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace prepmark {

class TaskProgressPanel;

// One exercise before the work starts: the artist's brief and notes, what was
// delivered, the task (practice, or the assignment with its due date), and the session
// rendered on demand — from the cache when it has been rendered before — with its
// analysis and waveforms, behind a progress bar with Cancel.
class ExercisePage : public QWidget
{
    Q_OBJECT

public:
    ExercisePage(WorkbenchTask task, RenderOptions options, QWidget *parent = nullptr);

    const WorkbenchTask &task() const { return m_task; }
    QPushButton *openButton() const { return m_open; }
    TaskProgressPanel *progress() const { return m_progress; }
    QLabel *status() const { return m_status; }

public slots:
    // Renders (or takes from the cache), analyses and reads the waveforms, then emits
    // sessionReady; a failure or a cancel is shown on the page.
    void prepareSession();

signals:
    void sessionReady(const prepmark::LoadedSession &loaded);
    void backRequested();

private:
    WorkbenchTask m_task;
    RenderOptions m_options;
    TaskProgressPanel *m_progress = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace prepmark
