#pragma once

#include "core/ProgressReporter.h"

#include <QFutureWatcher>
#include <QWidget>

#include <atomic>
#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace prepmark {

// Long work (rendering, analysing, grading) run on a worker thread with a progress bar,
// a message and a Cancel button in the page itself, so the window stays usable. The
// work gets this panel as its ProgressReporter; `done` runs on the GUI thread when the
// work has returned, cancelled or not.
//
// Thread-safety: setProgress/setMessage/wasCancelled may be called from any thread.
// Destroying the panel cancels the work and waits for it.
class TaskProgressPanel : public QWidget, public ProgressReporter
{
    Q_OBJECT

public:
    explicit TaskProgressPanel(QWidget *parent = nullptr);
    ~TaskProgressPanel() override;

    // One task at a time: returns false (and starts nothing) while one runs.
    bool start(const QString &title, std::function<void(ProgressReporter &)> work, std::function<void()> done);
    // True from start() until the done callback has run (not only the work).
    bool isRunning() const { return m_running; }

    void setProgress(int percent) override;
    void setMessage(const QString &message) override;
    bool wasCancelled() const override { return m_cancelled.load(); }

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }

public slots:
    void cancel();

signals:
    void finished();

private:
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_bar = nullptr;
    QPushButton *m_cancel = nullptr;
    QFutureWatcher<void> m_watcher;
    std::function<void()> m_done;
    std::atomic<bool> m_cancelled {false};
    bool m_running = false;
};

} // namespace prepmark
