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

class ConflictBar;
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
//
// Every save names the attempt the page shows and the draft version it read or last
// saved, so a second window of the same marker (or another lecturer who claimed the
// submission first) never loses work silently: a save refused as a conflict shows the
// ConflictBar with the stored sheet beside this one, and the marker reloads (takes theirs)
// or keeps theirs over it (audited). Autosave pauses until they choose.
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
    ConflictBar *conflictBar() const { return m_conflictBar; }
    bool hasUnsavedChanges() const { return m_dirty; }

    // Saves the draft now when something changed since the last save; false (with the
    // reason shown on the page) when it could not be saved.
    bool flushDraft();

public slots:
    void completeMarking();
    // The two ways on from a conflict: take what is stored now, or write this sheet over it.
    void reloadAfterConflict();
    void keepMine();

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
    void showConflict(const WriteConflict &conflict, bool completing);

    UserContext &m_context;
    qint64 m_submissionId = 0;
    MarkingQueueRow m_row;
    MarkingTask m_task = MarkingTask::Review;
    bool m_dirty = false;
    bool m_loaded = false;
    qint64 m_draftVersion = 0; // of the draft this sheet was read from or last saved as; 0: none
    bool m_completeAfterKeep = false; // the conflict refused completing: keeping mine completes it
    ConflictBar *m_conflictBar = nullptr;
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
