#pragma once

#include "AttemptSubmitter.h"
#include "WorkbenchTask.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace prepmark {

// What the student sees right after submitting: that the attempt is stored (and, when
// assessed, sent to the lecturer), what their preparation changes against the
// delivered session, and the automatic grading — what was fixed, what was missed and
// which dimension blocks adequacy — when this build can grade.
class AttemptFeedbackPage : public QWidget
{
    Q_OBJECT

public:
    AttemptFeedbackPage(const WorkbenchTask &task, const SubmittedAttempt &attempt, const Session &delivered,
        QWidget *parent = nullptr);

    QLabel *headline() const { return m_headline; }
    QTextBrowser *details() const { return m_details; }
    QLabel *gradingState() const { return m_grading; }

    // The preparation's changes against the delivered session, one line each.
    static QStringList changes(const Session &delivered, const Session &prepared);

signals:
    void continueRequested();
    void homeRequested();

private:
    QLabel *m_headline = nullptr;
    QTextBrowser *m_details = nullptr;
    QLabel *m_grading = nullptr;
};

} // namespace prepmark
