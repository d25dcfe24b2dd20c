#pragma once

#include "ui/common/UserContext.h"

#include "storage/marking/MarkingQueueRepository.h"
#include "storage/marking/MarkingWorkflow.h"

#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace prepmark {

class ConflictBar;
class CriterionComparisonTable;
class LiveVerdictPanel;
class ScoreComparisonTable;
class SubmissionPageHeader;

// Both markings of a submission side by side: each dimension's first and second marker
// score with the difference (beyond the tolerance flagged), every criterion's two
// levels with the remarks, and both markers' feedback. For agreement (within
// tolerance) and moderation the agreed scores are entered beside them, with the live
// verdict and a reason (required when moderating); an agreed result can be released.
// Otherwise it is read-only, showing only what blind marking lets the reader see.
//
// Recording and releasing name the submission version the page read: when someone else
// decided or released meanwhile, the ConflictBar shows who, when, and their scores beside
// these, with "Reload" and, for agreed scores not yet released, "Keep mine" (audited).
class ModerationPage : public QWidget
{
    Q_OBJECT

public:
    ModerationPage(UserContext &context, qint64 submissionId, QWidget *parent = nullptr);

    qint64 submissionId() const { return m_submissionId; }
    MarkingTask task() const { return m_task; }
    ScoreComparisonTable *scoreTable() const { return m_scores; }
    CriterionComparisonTable *criterionTable() const { return m_criteria; }
    QDoubleSpinBox *agreedEditor(const QString &dimensionKey) const;
    QPlainTextEdit *reasonEditor() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }
    LiveVerdictPanel *verdictPanel() const { return m_verdict; }
    ConflictBar *conflictBar() const { return m_conflictBar; }

public slots:
    void recordAgreedScores();
    void releaseResult();
    void reloadAfterConflict();
    // Records this page's agreed scores over the decision the conflict showed.
    void keepMine();

signals:
    void backRequested();
    void submissionChanged(qint64 submissionId);

private:
    void buildLayout();
    void load();
    void fillCriteria();
    void refreshVerdict();
    void showMessage(const QString &html, bool problem);
    WriteStatus record(std::optional<qint64> version, WriteIntent intent);
    void recorded(const WriteStatus &done, WriteIntent intent);

    UserContext &m_context;
    qint64 m_submissionId = 0;
    MarkingQueueRow m_row;
    MarkingTask m_task = MarkingTask::Review;
    Rubric m_rubric;
    double m_tolerance = 1.0;
    SubmissionPageHeader *m_header = nullptr;
    QLabel *m_message = nullptr;
    ConflictBar *m_conflictBar = nullptr;
    ScoreComparisonTable *m_scores = nullptr;
    CriterionComparisonTable *m_criteria = nullptr;
    QPlainTextEdit *m_firstFeedback = nullptr;
    QPlainTextEdit *m_secondFeedback = nullptr;
    QLabel *m_decisions = nullptr;
    LiveVerdictPanel *m_verdict = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QPushButton *m_record = nullptr;
    QPushButton *m_release = nullptr;
};

} // namespace prepmark
