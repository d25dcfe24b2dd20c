#include "CohortDashboardPage.h"

#include "CohortHeatmapModel.h"
#include "DashboardDetailTabs.h"
#include "HeatmapDelegate.h"
#include "ui/common/FeedbackSheetExportAction.h"

#include "storage/AssignmentRepository.h"
#include "storage/CohortRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace prepmark {

namespace {
QString swatch(const QColor &colour, bool hatched = false)
{
    return QStringLiteral("<span style='background:%1;color:%2'>&nbsp;%3&nbsp;</span>")
        .arg(colour.name(), hatched ? QStringLiteral("#ffffff") : colour.name(),
            hatched ? QStringLiteral("▼") : QStringLiteral("&nbsp;&nbsp;"));
}
} // namespace

CohortDashboardPage::CohortDashboardPage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("cohortDashboard"));
    auto *layout = new QVBoxLayout(this);
    auto *pickers = new QHBoxLayout;
    auto *cohortLabel = new QLabel(tr("&Cohort:"), this);
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("dashboardCohort"));
    m_cohort->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    cohortLabel->setBuddy(m_cohort);
    auto *assignmentLabel = new QLabel(tr("&Assignment:"), this);
    m_assignment = new QComboBox(this);
    m_assignment->setObjectName(QStringLiteral("dashboardAssignment"));
    m_assignment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    assignmentLabel->setBuddy(m_assignment);
    pickers->addWidget(cohortLabel);
    pickers->addWidget(m_cohort);
    pickers->addSpacing(12);
    pickers->addWidget(assignmentLabel);
    pickers->addWidget(m_assignment);
    pickers->addStretch();
    m_feedbackSheets = new QPushButton(tr("&Feedback sheets…"), this);
    m_feedbackSheets->setObjectName(QStringLiteral("exportFeedbackSheets"));
    m_feedbackSheets->setToolTip(tr("A PDF feedback sheet for every released submission of this assignment."));
    connect(m_feedbackSheets, &QPushButton::clicked, this,
        [this] { FeedbackSheetExportAction::exportAssignment(this, m_context, m_report.assignmentId); });
    pickers->addWidget(m_feedbackSheets);
    layout->addLayout(pickers);

    auto *figures = new QHBoxLayout;
    for (const char *name : {"adequate", "masked", "alone", "near", "flips"})
        figures->addWidget(addFigure(QLatin1String(name), this), 1);
    layout->addLayout(figures);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_heatmap = new CohortHeatmapModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_heatmap);
    m_proxy->setSortRole(CohortHeatmapModel::SortRole);
    m_view = new QTableView(left);
    m_view->setObjectName(QStringLiteral("heatmap"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new HeatmapDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CohortHeatmapModel::StudentColumn, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(26);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setToolTip(tr("Double-click or press Enter on a student to open the submission."));
    auto *legend = new QLabel(tr("%1 below the threshold (hatched, ▼)  %2 within the near-threshold band above it  "
                                 "%3 %4 above it, deeper further above")
                                  .arg(swatch(HeatmapDelegate::colourForMargin(-0.75, false), true),
                                      swatch(HeatmapDelegate::colourForMargin(0.1, true)),
                                      swatch(HeatmapDelegate::colourForMargin(0.5, false)),
                                      swatch(HeatmapDelegate::colourForMargin(1.8, false))),
        left);
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(legend);
    m_details = new DashboardDetailTabs(splitter);
    splitter->addWidget(left);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        emit openSubmission(index.data(CohortHeatmapModel::SubmissionIdRole).toLongLong());
    });
    connect(m_details, &DashboardDetailTabs::openSubmission, this, &CohortDashboardPage::openSubmission);
    connect(m_cohort, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            showCohort(m_cohort->itemData(index).toLongLong());
    });
    connect(m_assignment, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0 && m_cohort->currentIndex() >= 0)
            showCohort(m_cohort->currentData().toLongLong(), m_assignment->itemData(index).toLongLong());
    });

    const QSignalBlocker blocker(m_cohort);
    if (const auto cohorts = CohortRepository(context.database.connection(), context.actor).visibleCohorts(); cohorts) {
        for (const CohortRecord &cohort : *cohorts)
            m_cohort->addItem(tr("%1 · %2").arg(cohort.name, cohort.moduleCode), cohort.id);
    }
    if (m_cohort->count() > 0)
        showCohort(m_cohort->itemData(0).toLongLong());
}

QLabel *CohortDashboardPage::addFigure(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("figure_") + name);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral(
        "QLabel { background: #f5f7fa; border: 1px solid #dde2e8; border-radius: 6px; padding: 8px 12px; }"));
    m_figures << label;
    return label;
}

QLabel *CohortDashboardPage::figure(const QString &name) const
{
    for (QLabel *label : m_figures) {
        if (label->objectName() == QStringLiteral("figure_") + name)
            return label;
    }
    return nullptr;
}

void CohortDashboardPage::fillAssignments(qint64 cohortId, qint64 assignmentId)
{
    const QSignalBlocker blocker(m_assignment);
    m_assignment->clear();
    if (const auto list = AssignmentRepository(m_context.database.connection(), m_context.actor).forCohort(cohortId);
        list) {
        for (const AssignmentRecord &assignment : *list)
            m_assignment->addItem(assignment.title, assignment.id);
    }
    m_assignment->setCurrentIndex(m_assignment->findData(assignmentId));
}

void CohortDashboardPage::showCohort(qint64 cohortId, qint64 assignmentId)
{
    {
        const QSignalBlocker blocker(m_cohort);
        m_cohort->setCurrentIndex(m_cohort->findData(cohortId));
    }
    const Result<CohortReport> report
        = CohortReportBuilder::build(m_context.database.connection(), m_context.actor, cohortId, assignmentId);
    if (!report) {
        m_message->setText(report.errorMessage());
        m_message->show();
        return;
    }
    fillAssignments(cohortId, report->assignmentId);
    showReport(*report);
}

void CohortDashboardPage::showReport(const CohortReport &report)
{
    m_report = report;
    m_message->hide();
    m_feedbackSheets->setEnabled(report.assignmentId != 0);
    m_heatmap->setReport(report);
    // Names whole, the dimensions sharing the rest of the width.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int c = CohortHeatmapModel::FirstDimensionColumn; c < m_heatmap->meanColumn(); ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    m_details->setReport(report);
    const int total = int(report.students.size());
    int alone = 0;
    for (int n : report.soleBlockerCounts)
        alone += n;
    QSet<qint64> near;
    for (const NearThresholdEntry &entry : report.nearThreshold)
        near.insert(entry.studentId);
    const auto big = [](const QString &value, const QString &text, const QString &colour = QStringLiteral("#263238")) {
        return QStringLiteral("<span style='font-size:20pt;font-weight:600;color:%1'>%2</span><br>%3")
            .arg(colour, value, text);
    };
    figure(QStringLiteral("adequate"))
        ->setText(big(tr("%1 / %2").arg(report.conjunctiveAdequate).arg(total),
            tr("adequate: every dimension at its threshold (%1 enrolled)").arg(report.enrolled),
            QStringLiteral("#1b5e20")));
    figure(QStringLiteral("masked"))
        ->setText(big(QLocale().toString(report.maskedCount), tr("masked failures: an averaged grade would pass them"),
            QStringLiteral("#a40000")));
    figure(QStringLiteral("alone"))->setText(big(QLocale().toString(alone), tr("failed by one dimension alone")));
    figure(QStringLiteral("near"))
        ->setText(big(QLocale().toString(near.size()), tr("students near a threshold: second-marking candidates")));
    figure(QStringLiteral("flips"))
        ->setText(big(QLocale().toString(report.flips.size()),
            tr("verdicts another policy would change (compensatory passes %1)").arg(report.compensatoryAdequate)));
    if (total == 0) {
        m_message->setText(tr("No agreed results for %1 yet: marking is in progress. %2 students are enrolled.")
                               .arg(report.assignmentTitle)
                               .arg(report.enrolled));
        m_message->show();
    }
}

} // namespace prepmark
