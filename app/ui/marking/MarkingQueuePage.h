#pragma once

#include "ui/common/UserContext.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace prepmark {

class MarkingQueueModel;

// The marker's queue: every submission of the cohorts they mark, filtered by cohort,
// assignment and status, optionally only those with a task for them, with student names
// hidden on request (and always for blind-marked assignments until release). Enter or
// double-click opens the submission.
class MarkingQueuePage : public QWidget
{
    Q_OBJECT

public:
    MarkingQueuePage(UserContext &context, QWidget *parent = nullptr);

    void reload();
    MarkingQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QComboBox *cohortFilter() const { return m_cohort; }
    QComboBox *assignmentFilter() const { return m_assignment; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *anonymousOption() const { return m_anonymous; }
    QCheckBox *myTasksOption() const { return m_myTasks; }
    // Selects the submission's row (when it is in the queue as filtered).
    bool selectSubmission(qint64 submissionId);

signals:
    void openRequested(qint64 submissionId);

private:
    void fillAssignments();
    void openCurrent();

    UserContext &m_context;
    MarkingQueueModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_cohort = nullptr;
    QComboBox *m_assignment = nullptr;
    QComboBox *m_status = nullptr;
    QCheckBox *m_anonymous = nullptr;
    QCheckBox *m_myTasks = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace prepmark
