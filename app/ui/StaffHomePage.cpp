#include "StaffHomePage.h"

#include "CohortResultsPage.h"

#include "storage/CohortRepository.h"

#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QVBoxLayout>

namespace prepmark {

StaffHomePage::StaffHomePage(Workspace &workspace, QWidget *parent) : QWidget(parent), m_workspace(workspace)
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
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

    m_results = new CohortResultsPage(workspace, splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    layout->addWidget(splitter);

    connect(m_cohorts, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_results->showCohort(m_cohorts->item(row)->data(Qt::UserRole).toLongLong());
    });
    reload();
}

void StaffHomePage::reload()
{
    m_cohorts->clear();
    const Result<QVector<CohortRecord>> cohorts = CohortRepository(m_workspace.database.connection(), m_workspace.actor).visibleCohorts();
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
        auto *item = new QListWidgetItem(tr("%1\n%2 · %3").arg(cohort.name, cohort.moduleCode, cohort.academicYear), m_cohorts);
        item->setData(Qt::UserRole, cohort.id);
    }
    m_cohorts->setCurrentRow(0);
}

} // namespace prepmark
