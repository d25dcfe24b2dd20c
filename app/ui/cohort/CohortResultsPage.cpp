#include "CohortResultsPage.h"

#include "CohortResultsModel.h"

#include "storage/AssignmentRepository.h"
#include "storage/RubricRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace prepmark {

CohortResultsPage::CohortResultsPage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Assignment:"), this);
    m_assignments = new QComboBox(this);
    m_assignments->setObjectName(QStringLiteral("assignmentPicker"));
    m_assignments->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_assignments);
    top->addWidget(label);
    top->addWidget(m_assignments);
    top->addStretch();
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("cohortSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);

    m_model = new CohortResultsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CohortResultsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("cohortTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CohortResultsModel::StudentColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(false);

    m_emptyState = new QLabel(this);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    layout->addWidget(m_stack, 1);

    connect(m_assignments, &QComboBox::currentIndexChanged, this, &CohortResultsPage::showAssignment);
    showMessage(tr("Choose a cohort on the left to see its students against every dimension."));
}

void CohortResultsPage::showMessage(const QString &message)
{
    m_emptyState->setText(message);
    m_stack->setCurrentWidget(m_emptyState);
    m_summary->clear();
}

void CohortResultsPage::showCohort(qint64 cohortId)
{
    const QSignalBlocker blocker(m_assignments);
    m_assignments->clear();
    const Result<QVector<AssignmentRecord>> assignments
        = AssignmentRepository(m_context.database.connection(), m_context.actor).forCohort(cohortId);
    if (!assignments) {
        showMessage(assignments.errorMessage());
        return;
    }
    if (assignments->isEmpty()) {
        showMessage(tr("This cohort has no assignments yet."));
        return;
    }
    for (const AssignmentRecord &assignment : *assignments) {
        const QString due = assignment.dueAt.isValid()
            ? QLocale().toString(assignment.dueAt.toLocalTime().date(), QLocale::ShortFormat)
            : tr("no due date");
        m_assignments->addItem(tr("%1 (due %2)").arg(assignment.title, due), assignment.id);
    }
    // Newest first; prefer the newest whose results are agreed.
    int chosen = 0;
    for (int i = 0; i < m_assignments->count(); ++i) {
        const Result<QVector<StudentResultRow>> rows
            = SubmissionRepository(m_context.database.connection(), m_context.actor)
                  .resultsForAssignment(m_assignments->itemData(i).toLongLong());
        if (rows && std::any_of(rows->begin(), rows->end(), [](const StudentResultRow &r) {
                return r.agreedScores.has_value();
            })) {
            chosen = i;
            break;
        }
    }
    m_assignments->setCurrentIndex(chosen);
    showAssignment(chosen);
}

void CohortResultsPage::showAssignment(int pickerIndex)
{
    if (pickerIndex < 0)
        return;
    const qint64 assignmentId = m_assignments->itemData(pickerIndex).toLongLong();
    QSqlDatabase connection = m_context.database.connection();
    const Result<AssignmentRecord> assignment = AssignmentRepository(connection, m_context.actor).find(assignmentId);
    if (!assignment) {
        showMessage(assignment.errorMessage());
        return;
    }
    const Result<Rubric> rubric = RubricRepository(connection).load(assignment->rubricId);
    if (!rubric) {
        showMessage(rubric.errorMessage());
        return;
    }
    const Result<QVector<StudentResultRow>> rows
        = SubmissionRepository(connection, m_context.actor).resultsForAssignment(assignmentId);
    if (!rows) {
        showMessage(rows.errorMessage());
        return;
    }
    m_model->setResults(*rubric, *rows);
    // "Blocked by" can list several dimensions: a fixed width keeps every dimension
    // column in view; the full list is in the tooltip.
    m_table->horizontalHeader()->setSectionResizeMode(CohortResultsModel::BlockingColumn, QHeaderView::Interactive);
    m_table->setColumnWidth(CohortResultsModel::BlockingColumn, 190);
    if (m_model->rowCount() == 0) {
        showMessage(tr("No students are enrolled in this cohort yet."));
        return;
    }
    m_stack->setCurrentWidget(m_table);

    const int marked = m_model->markedCount();
    QString summary = tr("<b>%1 of %2</b> students have agreed results · <b>%3 adequate</b> · <b>%4 inadequate</b>")
                          .arg(marked)
                          .arg(m_model->rowCount())
                          .arg(m_model->adequateCount())
                          .arg(marked - m_model->adequateCount());
    if (m_model->maskedCount() > 0)
        summary += tr(" · <b>%1 masked failures</b> (an averaged grade would pass them)").arg(m_model->maskedCount());
    QStringList blocks;
    const QMap<QString, int> counts = m_model->blockingCounts();
    for (const Dimension &d : rubric->dimensions)
        blocks << tr("%1 %2").arg(d.name).arg(counts.value(d.key));
    if (marked > 0)
        summary += QStringLiteral("<br>")
            + tr("Students blocked by each dimension: %1").arg(blocks.join(QStringLiteral(" · ")));
    else
        summary += QStringLiteral("<br>") + tr("No agreed results yet: marking is in progress.");
    m_summary->setText(summary);
}

} // namespace prepmark
