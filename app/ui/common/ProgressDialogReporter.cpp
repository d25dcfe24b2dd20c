#include "ProgressDialogReporter.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QProgressDialog>
#include <QThread>

namespace prepmark {

ProgressDialogReporter::ProgressDialogReporter(const QString &title, QWidget *parent, bool cancellable)
{
    m_dialog = new QProgressDialog(title, cancellable ? tr("Cancel") : QString(), 0, 100, parent);
    m_dialog->setWindowTitle(title);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    if (!cancellable)
        m_dialog->setCancelButton(nullptr);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_cancelled.store(true); });
}

ProgressDialogReporter::~ProgressDialogReporter()
{
    delete m_dialog;
}

void ProgressDialogReporter::setProgress(int percent)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, percent] { setProgress(percent); }, Qt::QueuedConnection);
        return;
    }
    if (m_dialog)
        m_dialog->setValue(percent);
    QCoreApplication::processEvents();
}

void ProgressDialogReporter::setMessage(const QString &message)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, message] { setMessage(message); }, Qt::QueuedConnection);
        return;
    }
    if (m_dialog)
        m_dialog->setLabelText(message);
}

} // namespace prepmark
