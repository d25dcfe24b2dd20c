#pragma once

#include "ui/common/UserContext.h"

#include <QPointer>
#include <QWidget>

class QStackedWidget;

namespace prepmark {

class MarkingPage;
class MarkingQueuePage;
class ModerationPage;

// The "Marking" tab: the queue, and the submission opened from it — the marking page
// for a first or second marker, the side-by-side page for agreement, moderation,
// release and review. Going back saves any draft and refreshes the queue.
class MarkingWorkspace : public QWidget
{
    Q_OBJECT

public:
    MarkingWorkspace(UserContext &context, QWidget *parent = nullptr);
    ~MarkingWorkspace() override;

    MarkingQueuePage *queuePage() const { return m_queue; }
    // The page of the open submission, or nullptr while the queue shows.
    QWidget *openPage() const { return m_open; }
    MarkingPage *markingPage() const;
    ModerationPage *moderationPage() const;

public slots:
    void openSubmission(qint64 submissionId);
    void showQueue();

private:
    UserContext &m_context;
    QStackedWidget *m_stack = nullptr;
    MarkingQueuePage *m_queue = nullptr;
    QPointer<QWidget> m_open;
    qint64 m_openSubmission = 0;
};

} // namespace prepmark
