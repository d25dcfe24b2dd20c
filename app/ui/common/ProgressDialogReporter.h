#pragma once

#include "core/ProgressReporter.h"

#include <QObject>
#include <QPointer>

#include <atomic>

class QProgressDialog;
class QWidget;

namespace prepmark {

// Shows long work from the core layers in a modal progress dialog with a Cancel
// button. Work on the GUI thread keeps the window responsive because every progress
// report lets the event loop run; work on other threads reports through queued calls.
class ProgressDialogReporter : public QObject, public ProgressReporter
{
    Q_OBJECT

public:
    ProgressDialogReporter(const QString &title, QWidget *parent, bool cancellable = true);
    ~ProgressDialogReporter() override;

    void setProgress(int percent) override;
    void setMessage(const QString &message) override;
    bool wasCancelled() const override { return m_cancelled.load(); }

private:
    QPointer<QProgressDialog> m_dialog;
    std::atomic<bool> m_cancelled {false};
};

} // namespace prepmark
