#pragma once

#include "Workspace.h"

#include <QWidget>

class QListWidget;
class QTabWidget;

namespace prepmark {

class CohortDashboardPage;
class CohortResultsPage;
class MarkingWorkspace;

// Home of lecturers, programme leaders and admins, in three tabs: the cohorts' results
// (the cohorts they may see on the left, the chosen cohort's students × dimensions on
// the right), the marking queue with the submission being marked, and the cohort
// threshold dashboard, whose students open in the marking tab.
class StaffHomePage : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ResultsTab = 0, MarkingTab = 1, DashboardTab = 2 };

    StaffHomePage(Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *cohortList() const { return m_cohorts; }
    CohortResultsPage *resultsPage() const { return m_results; }
    MarkingWorkspace *markingWorkspace() const { return m_marking; }
    CohortDashboardPage *dashboardPage() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }

    // Shows the submission in the marking tab.
    void openSubmission(qint64 submissionId);

private:
    void reload();

    Workspace &m_workspace;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_cohorts = nullptr;
    CohortResultsPage *m_results = nullptr;
    MarkingWorkspace *m_marking = nullptr;
    CohortDashboardPage *m_dashboard = nullptr;
};

} // namespace prepmark
