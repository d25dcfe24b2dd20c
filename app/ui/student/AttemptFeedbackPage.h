#pragma once

#include "AttemptSubmitter.h"
#include "ui/workbench/WorkbenchTask.h"

#include "core/Rubric.h"
#include "grading/facts/GradingReport.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace prepmark {

class TaskProgressPanel;

// What the student sees right after submitting: that the attempt is stored (and, when
// assessed, sent to the lecturer), what their preparation changes against the
// delivered session, and the automatic grading once it has run (StudentWorkspace runs it
// on progress()): in practice, what was fixed, what was missed and which dimension
// blocks adequacy, with the evidence and provisional level of every criterion and the
// lecturer-only criteria named as such; when assessed, that the same evidence is
// stored for the lecturer, who marks it.
class AttemptFeedbackPage : public QWidget
{
    Q_OBJECT

public:
    AttemptFeedbackPage(const WorkbenchTask &task, const SubmittedAttempt &attempt, const Session &delivered,
        QWidget *parent = nullptr);

    QLabel *headline() const { return m_headline; }
    QTextBrowser *details() const { return m_details; }
    QLabel *gradingState() const { return m_grading; }
    TaskProgressPanel *progress() const { return m_progress; }
    const std::optional<GradingReport> &report() const { return m_report; }

    void showGrading(const GradingReport &report, const Rubric &rubric);
    // Grading did not run to the end (cancelled, or failed with the reason given).
    void showGradingProblem(const QString &message);

    // The preparation's changes against the delivered session, one line each.
    static QStringList changes(const Session &delivered, const Session &prepared);
    // The grading as HTML for a reader: the verdict over the judged dimensions, what was
    // fixed (criteria at or above their dimension's threshold), what was missed, and
    // what only the lecturer can judge.
    static QString gradingHtml(const GradingReport &report, const Rubric &rubric);

signals:
    void continueRequested();
    void homeRequested();

private:
    void updateDetails();

    WorkbenchTask m_task;
    QString m_changesHtml;
    QString m_gradingHtml;
    std::optional<GradingReport> m_report;
    TaskProgressPanel *m_progress = nullptr;
    QLabel *m_headline = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_grading = nullptr;
};

} // namespace prepmark
