#pragma once

#include "ui/common/UserContext.h"

#include <QWidget>

class QListWidget;
class QTabWidget;

namespace prepmark {

class AccountsPage;
class CohortDashboardPage;
class CohortResultsPage;
class MarkingWorkspace;
class ProgrammeReportPage;

// Home of lecturers, programme leaders and admins, in three tabs (four for leaders, who
// also have the programme outcome report, and five for admins, who also manage the
// accounts): the cohorts' results
// (the cohorts they may see on the left, the chosen cohort's students × dimensions on
// the right), the marking queue with the submission being marked, and the cohort
// threshold dashboard, whose students open in the marking tab.
class StaffHomePage : public QWidget
{
    Q_OBJECT

public:
    // ProgrammeTab only for programme leaders and admins, AccountsTab only for admins.
    enum Tab { ResultsTab = 0, MarkingTab = 1, DashboardTab = 2, ProgrammeTab = 3, AccountsTab = 4 };

    StaffHomePage(UserContext &context, QWidget *parent = nullptr);

    QListWidget *cohortList() const { return m_cohorts; }
    CohortResultsPage *resultsPage() const { return m_results; }
    MarkingWorkspace *markingWorkspace() const { return m_marking; }
    CohortDashboardPage *dashboardPage() const { return m_dashboard; }
    ProgrammeReportPage *programmePage() const { return m_programme; } // nullptr for lecturers
    AccountsPage *accountsPage() const { return m_accounts; } // nullptr but for admins
    QTabWidget *tabs() const { return m_tabs; }

    // Shows the submission in the marking tab.
    void openSubmission(qint64 submissionId);

private:
    void reload();

    UserContext &m_context;
    QTabWidget *m_tabs = nullptr;
    QListWidget *m_cohorts = nullptr;
    CohortResultsPage *m_results = nullptr;
    MarkingWorkspace *m_marking = nullptr;
    CohortDashboardPage *m_dashboard = nullptr;
    ProgrammeReportPage *m_programme = nullptr;
    AccountsPage *m_accounts = nullptr;
};

} // namespace prepmark
