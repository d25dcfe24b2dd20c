#pragma once

#include "ui/common/UserContext.h"

#include "reports/CohortReport.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace prepmark {

class CohortHeatmapModel;
class DashboardDetailTabs;

// The cohort threshold dashboard: for one assignment of a cohort, where threshold
// failures block adequacy. Key figures on top; a students × dimensions heatmap coloured
// relative to each threshold (hatched and ▼ below it); beside it what blocks, the
// masked failures, the near-threshold list, the policy comparison and the markers'
// agreement. Every student cell or row opens the submission.
class CohortDashboardPage : public QWidget
{
    Q_OBJECT

public:
    CohortDashboardPage(UserContext &context, QWidget *parent = nullptr);

    // assignmentId 0: the most recent assignment with agreed results.
    void showCohort(qint64 cohortId, qint64 assignmentId = 0);
    const CohortReport &report() const { return m_report; }
    CohortHeatmapModel *heatmapModel() const { return m_heatmap; }
    QTableView *heatmapView() const { return m_view; }
    DashboardDetailTabs *details() const { return m_details; }
    QComboBox *cohortPicker() const { return m_cohort; }
    QComboBox *assignmentPicker() const { return m_assignment; }
    QPushButton *feedbackSheetsButton() const { return m_feedbackSheets; }
    QLabel *figure(const QString &name) const;

signals:
    void openSubmission(qint64 submissionId);

private:
    QLabel *addFigure(const QString &name, QWidget *parent);
    void fillAssignments(qint64 cohortId, qint64 assignmentId);
    void showReport(const CohortReport &report);

    UserContext &m_context;
    CohortReport m_report;
    QComboBox *m_cohort = nullptr;
    QComboBox *m_assignment = nullptr;
    QPushButton *m_feedbackSheets = nullptr;
    QLabel *m_message = nullptr;
    QList<QLabel *> m_figures;
    CohortHeatmapModel *m_heatmap = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    DashboardDetailTabs *m_details = nullptr;
};

} // namespace prepmark
