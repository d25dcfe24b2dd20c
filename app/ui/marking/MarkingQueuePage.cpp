#include "MarkingQueuePage.h"

#include "MarkingQueueModel.h"
#include "MarkingTexts.h"

#include "ui/common/SubmissionStatusText.h"

#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace prepmark {

namespace {
// Shows only the rows with a task for the marker when asked.
class TaskFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyTasks(bool only)
    {
        m_onlyTasks = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override
    {
        if (!m_onlyTasks)
            return true;
        return sourceModel()->index(sourceRow, 0).data(MarkingQueueModel::TaskRole).toInt() != int(MarkingTask::Review);
    }

private:
    bool m_onlyTasks = false;
};
} // namespace

MarkingQueuePage::MarkingQueuePage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("markingQueue"));
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    auto addFilter = [&](const QString &label, QComboBox *&combo, const char *name) {
        auto *title = new QLabel(label, this);
        combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(name));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        title->setBuddy(combo);
        filters->addWidget(title);
        filters->addWidget(combo);
        filters->addSpacing(10);
    };
    addFilter(tr("C&ohort:"), m_cohort, "queueCohort");
    addFilter(tr("A&ssignment:"), m_assignment, "queueAssignment");
    addFilter(tr("S&tatus:"), m_status, "queueStatus");
    m_myTasks = new QCheckBox(tr("Only &my tasks"), this);
    m_anonymous = new QCheckBox(tr("&Hide student names"), this);
    m_anonymous->setToolTip(tr("Anonymous marking. Blind-marked assignments hide names until release anyway."));
    filters->addWidget(m_myTasks);
    filters->addWidget(m_anonymous);
    filters->addStretch();
    layout->addLayout(filters);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_model = new MarkingQueueModel(this);
    auto *proxy = new TaskFilterProxy(this);
    m_proxy = proxy;
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(MarkingQueueModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(MarkingQueueModel::TaskColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(MarkingQueueModel::AssignmentColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openSubmission"));
    open->setDefault(true);
    buttons->addStretch();
    buttons->addWidget(open);
    layout->addLayout(buttons);

    const Result<QVector<CohortRecord>> cohorts
        = CohortRepository(m_context.database.connection(), m_context.actor).visibleCohorts();
    m_cohort->addItem(tr("All my cohorts"), 0);
    if (cohorts) {
        for (const CohortRecord &cohort : *cohorts)
            m_cohort->addItem(cohort.name, cohort.id);
    }
    m_status->addItem(tr("Any status"), -1);
    for (int s = 0; s <= int(SubmissionStatus::Released); ++s)
        m_status->addItem(SubmissionStatusText::text(SubmissionStatus(s)), s);
    fillAssignments();

    connect(m_cohort, &QComboBox::currentIndexChanged, this, [this] {
        fillAssignments();
        reload();
    });
    connect(m_assignment, &QComboBox::currentIndexChanged, this, &MarkingQueuePage::reload);
    connect(m_status, &QComboBox::currentIndexChanged, this, &MarkingQueuePage::reload);
    connect(m_anonymous, &QCheckBox::toggled, this, &MarkingQueuePage::reload);
    connect(m_myTasks, &QCheckBox::toggled, this, [this, proxy](bool only) {
        proxy->setOnlyTasks(only);
        reload();
    });
    connect(m_table, &QAbstractItemView::activated, this, &MarkingQueuePage::openCurrent);
    connect(open, &QPushButton::clicked, this, &MarkingQueuePage::openCurrent);
    reload();
}

void MarkingQueuePage::fillAssignments()
{
    const QSignalBlocker blocker(m_assignment);
    m_assignment->clear();
    m_assignment->addItem(tr("All assignments"), 0);
    AssignmentRepository assignments(m_context.database.connection(), m_context.actor);
    for (int i = 1; i < m_cohort->count(); ++i) {
        const qint64 cohortId = m_cohort->itemData(i).toLongLong();
        if (m_cohort->currentIndex() > 0 && i != m_cohort->currentIndex())
            continue;
        if (const Result<QVector<AssignmentRecord>> list = assignments.forCohort(cohortId); list) {
            for (const AssignmentRecord &assignment : *list)
                m_assignment->addItem(m_cohort->currentIndex() > 0
                        ? assignment.title
                        : tr("%1 — %2").arg(m_cohort->itemText(i), assignment.title),
                    assignment.id);
        }
    }
}

void MarkingQueuePage::reload()
{
    MarkingQueueFilter filter;
    filter.cohortId = m_cohort->currentData().toLongLong();
    filter.assignmentId = m_assignment->currentData().toLongLong();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.status = SubmissionStatus(status);
    filter.anonymous = m_anonymous->isChecked();
    const Result<QVector<MarkingQueueRow>> rows
        = MarkingQueueRepository(m_context.database.connection(), m_context.actor).queue(filter);
    if (!rows) {
        m_model->setRows(m_context.actor, {});
        m_summary->setText(rows.errorMessage().toHtmlEscaped());
        return;
    }
    m_model->setRows(m_context.actor, *rows);
    const int mine
        = m_model->countWithTask(MarkingTask::FirstMarking) + m_model->countWithTask(MarkingTask::SecondMarking);
    m_summary->setText(tr(
        "<b>%1</b> submissions · <b>%2</b> to mark · <b>%3</b> to moderate · <b>%4</b> to agree · <b>%5</b> to release")
                           .arg(m_model->rowCount())
                           .arg(mine)
                           .arg(m_model->countWithTask(MarkingTask::Moderation))
                           .arg(m_model->countWithTask(MarkingTask::Agreement))
                           .arg(m_model->countWithTask(MarkingTask::Release)));
}

bool MarkingQueuePage::selectSubmission(qint64 submissionId)
{
    const int sourceRow = m_model->rowOfSubmission(submissionId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void MarkingQueuePage::openCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        emit openRequested(index.data(MarkingQueueModel::SubmissionIdRole).toLongLong());
}

} // namespace prepmark
