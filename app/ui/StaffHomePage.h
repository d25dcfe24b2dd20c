#pragma once

#include "Workspace.h"

#include <QWidget>

class QListWidget;

namespace prepmark {

class CohortResultsPage;

// Home of lecturers, programme leaders and admins: the cohorts they may see on the
// left, the chosen cohort's students × dimensions on the right.
class StaffHomePage : public QWidget
{
    Q_OBJECT

public:
    StaffHomePage(Workspace &workspace, QWidget *parent = nullptr);

    QListWidget *cohortList() const { return m_cohorts; }
    CohortResultsPage *resultsPage() const { return m_results; }

private:
    void reload();

    Workspace &m_workspace;
    QListWidget *m_cohorts = nullptr;
    CohortResultsPage *m_results = nullptr;
};

} // namespace prepmark
