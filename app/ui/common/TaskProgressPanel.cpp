#include "TaskProgressPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace prepmark {

TaskProgressPanel::TaskProgressPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("taskProgress"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(
        QStringLiteral("#taskProgress { background: #eef4fb; border: 1px solid #c7d9ee; border-radius: 6px; }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    auto *texts = new QVBoxLayout;
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("taskMessage"));
    texts->addWidget(m_title);
    texts->addWidget(m_message);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 100);
    m_bar->setMinimumWidth(260);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("taskCancel"));
    layout->addLayout(texts, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgressPanel::cancel);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        hide();
        std::function<void()> done = std::move(m_done);
        m_done = nullptr;
        m_running = false; // before done(), which may start the next task
        if (done)
            done();
        emit finished();
    });
    hide();
}

TaskProgressPanel::~TaskProgressPanel()
{
    m_cancelled.store(true);
    m_watcher.waitForFinished();
}

bool TaskProgressPanel::start(
    const QString &title, std::function<void(ProgressReporter &)> work, std::function<void()> done)
{
    if (isRunning())
        return false;
    m_cancelled.store(false);
    m_running = true;
    m_done = std::move(done);
    m_title->setText(title);
    m_message->clear();
    m_bar->setValue(0);
    m_cancel->setEnabled(true);
    show();
    m_watcher.setFuture(QtConcurrent::run([this, work = std::move(work)] { work(*this); }));
    return true;
}

void TaskProgressPanel::cancel()
{
    m_cancelled.store(true);
    m_cancel->setEnabled(false);
    m_message->setText(tr("Cancelling…"));
}

void TaskProgressPanel::setProgress(int percent)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, percent] { setProgress(percent); }, Qt::QueuedConnection);
        return;
    }
    m_bar->setValue(std::clamp(percent, 0, 100));
}

void TaskProgressPanel::setMessage(const QString &message)
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, message] { setMessage(message); }, Qt::QueuedConnection);
        return;
    }
    if (!m_cancelled.load())
        m_message->setText(message);
}

} // namespace prepmark
