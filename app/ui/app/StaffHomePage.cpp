#include "StaffHomePage.h"

#include "ui/admin/AccountsPage.h"
#include "ui/cohort/CohortDashboardPage.h"
#include "ui/cohort/CohortResultsPage.h"
#include "ui/cohort/ProgrammeReportPage.h"
#include "ui/marking/MarkingWorkspace.h"

#include "storage/CohortRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace prepmark {

StaffHomePage::StaffHomePage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("staffTabs"));
    m_tabs->setDocumentMode(true);
    auto *splitter = new QSplitter(m_tabs);
    splitter->setObjectName(QStringLiteral("staffSplitter"));

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("<b>Cohorts</b>"), left);
    m_cohorts = new QListWidget(left);
    m_cohorts->setObjectName(QStringLiteral("cohortList"));
    heading->setBuddy(m_cohorts);
    leftLayout->addWidget(heading);
    leftLayout->addWidget(m_cohorts);

    m_results = new CohortResultsPage(context, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    m_marking = new MarkingWorkspace(context, m_tabs);
    m_dashboard = new CohortDashboardPage(context, m_tabs);
    m_tabs->addTab(splitter, tr("Cohort &results"));
    m_tabs->addTab(m_marking, tr("&Marking"));
    m_tabs->addTab(m_dashboard, tr("Threshold &dashboard"));
    if (context.actor.seesAllCohorts()) {
        m_programme = new ProgrammeReportPage(context, m_tabs);
        m_tabs->addTab(m_programme, tr("&Programme report"));
    }
    if (context.actor.role == Role::Admin) {
        m_accounts = new AccountsPage(context, m_tabs);
        m_tabs->addTab(m_accounts, tr("&Accounts"));
    }
    layout->addWidget(m_tabs);
    connect(m_dashboard, &CohortDashboardPage::openSubmission, this, &StaffHomePage::openSubmission);

    connect(m_cohorts, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_results->showCohort(m_cohorts->item(row)->data(Qt::UserRole).toLongLong());
    });
    reload();
}

void StaffHomePage::openSubmission(qint64 submissionId)
{
    m_tabs->setCurrentIndex(MarkingTab);
    m_marking->openSubmission(submissionId);
}

void StaffHomePage::reload()
{
    m_cohorts->clear();
    const Result<QVector<CohortRecord>> cohorts
        = CohortRepository(m_context.database.connection(), m_context.actor).visibleCohorts();
    if (!cohorts) {
        m_cohorts->addItem(cohorts.errorMessage());
        return;
    }
    if (cohorts->isEmpty()) {
        auto *item = new QListWidgetItem(tr("You are not teaching any cohort yet."), m_cohorts);
        item->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const CohortRecord &cohort : *cohorts) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %3").arg(cohort.name, cohort.moduleCode, cohort.academicYear), m_cohorts);
        item->setData(Qt::UserRole, cohort.id);
    }
    m_cohorts->setCurrentRow(0);
}

} // namespace prepmark
