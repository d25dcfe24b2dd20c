#pragma once

#include "ui/common/UserContext.h"

#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include "core/MarkSheet.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace prepmark {

class CriterionPanel;
class LiveVerdictPanel;
class RubricGridModel;
class RubricGridView;
class SessionInspectorWidget;
class SubmissionPageHeader;

// A first or second marker marks one submission: the rubric grid (keys 1-5, arrows),
// the criterion panel with the automatic evidence and remarks, the session inspector,
// the overall feedback and the live verdict. The sheet is saved as a draft in the
// database a few seconds after every change (so a crash loses at most those seconds)
// and reopened from it. Completing (Ctrl+Return) stores the marks through
// MarkingWorkflow, which names anything still missing.
//
// A marker who has completed their marking sees it here read-only.
class MarkingPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kAutosaveDelayMs = 2500;

    MarkingPage(UserContext &context, qint64 submissionId, QWidget *parent = nullptr);
    ~MarkingPage() override;

    qint64 submissionId() const { return m_submissionId; }
    MarkingTask task() const { return m_task; }
    bool isReadOnly() const;
    RubricGridView *grid() const { return m_grid; }
    RubricGridModel *model() const { return m_model; }
    CriterionPanel *criterionPanel() const { return m_criterion; }
    LiveVerdictPanel *verdictPanel() const { return m_verdict; }
    QPlainTextEdit *feedbackEditor() const { return m_feedback; }
    QLabel *messageLabel() const { return m_message; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves the draft now when something changed since the last save; false (with the
    // reason shown on the page) when it could not be saved.
    bool flushDraft();

public slots:
    void completeMarking();

signals:
    void backRequested();
    void draftSaved();
    void markingCompleted(qint64 submissionId, SubmissionStatus status);

private:
    void buildLayout();
    void load();
    void loadOwnCompletedMarking(MarkSheet &sheet);
    void onSheetChanged();
    void refreshVerdict();
    void showMessage(const QString &html, bool problem);

    UserContext &m_context;
    qint64 m_submissionId = 0;
    MarkingQueueRow m_row;
    MarkingTask m_task = MarkingTask::Review;
    bool m_dirty = false;
    bool m_loaded = false;
    RubricGridModel *m_model = nullptr;
    RubricGridView *m_grid = nullptr;
    CriterionPanel *m_criterion = nullptr;
    SessionInspectorWidget *m_inspector = nullptr;
    LiveVerdictPanel *m_verdict = nullptr;
    QPlainTextEdit *m_feedback = nullptr;
    SubmissionPageHeader *m_header = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_complete = nullptr;
    QTimer *m_autosave = nullptr;
};

} // namespace prepmark
