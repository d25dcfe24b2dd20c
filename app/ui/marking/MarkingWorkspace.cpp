#include "MarkingWorkspace.h"

#include "ConflictBar.h"
#include "MarkingPage.h"
#include "MarkingQueuePage.h"
#include "ModerationPage.h"

#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace prepmark {

MarkingWorkspace::MarkingWorkspace(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("markingWorkspace"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    m_queue = new MarkingQueuePage(context, m_stack);
    m_stack->addWidget(m_queue);
    layout->addWidget(m_stack);
    connect(m_queue, &MarkingQueuePage::openRequested, this, &MarkingWorkspace::openSubmission);
}

MarkingWorkspace::~MarkingWorkspace()
{
    // Leaving normally keeps the last few seconds too; a crash keeps the last autosave.
    if (MarkingPage *page = markingPage())
        page->flushDraft();
}

MarkingPage *MarkingWorkspace::markingPage() const
{
    return qobject_cast<MarkingPage *>(m_open.data());
}

ModerationPage *MarkingWorkspace::moderationPage() const
{
    return qobject_cast<ModerationPage *>(m_open.data());
}

void MarkingWorkspace::openSubmission(qint64 submissionId)
{
    if (m_open) {
        if (MarkingPage *page = markingPage())
            page->flushDraft();
        m_stack->removeWidget(m_open);
        delete m_open;
    }
    const Result<MarkingQueueRow> row
        = MarkingQueueRepository(m_context.database.connection(), m_context.actor).row(submissionId);
    const MarkingTask task = row ? MarkingWorkflow::taskFor(*row, m_context.actor) : MarkingTask::Review;
    // A marker whose own marking is the only one so far reviews their own sheet.
    const bool ownSheet = row && row->myRole && *row->myRole != MarkerRole::Moderator
        && (row->status == SubmissionStatus::InMarking || row->status == SubmissionStatus::FirstMarked);
    QWidget *page = nullptr;
    if (task == MarkingTask::FirstMarking || task == MarkingTask::SecondMarking
        || (task == MarkingTask::Review && ownSheet)) {
        auto *marking = new MarkingPage(m_context, submissionId, m_stack);
        connect(marking, &MarkingPage::backRequested, this, &MarkingWorkspace::showQueue);
        page = marking;
    } else {
        auto *moderation = new ModerationPage(m_context, submissionId, m_stack);
        connect(moderation, &ModerationPage::backRequested, this, &MarkingWorkspace::showQueue);
        page = moderation;
    }
    m_open = page;
    m_openSubmission = submissionId;
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
}

void MarkingWorkspace::showQueue()
{
    if (m_open) {
        // A sheet whose save was refused as a conflict stays until the marker chooses:
        // leaving would drop it without a word.
        if (MarkingPage *page = markingPage(); page && !page->flushDraft() && page->conflictBar()->isShowing())
            return;
        m_stack->removeWidget(m_open);
        m_open->deleteLater();
        m_open = nullptr;
    }
    m_queue->reload();
    m_queue->selectSubmission(m_openSubmission);
    m_stack->setCurrentWidget(m_queue);
    m_queue->table()->setFocus();
}

} // namespace prepmark
