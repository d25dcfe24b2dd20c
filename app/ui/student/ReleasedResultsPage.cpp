#include "ReleasedResultsPage.h"

#include "ui/common/DimensionBarsWidget.h"
#include "ui/common/FeedbackSheetExportAction.h"

#include "core/VerdictJson.h"
#include "storage/RubricRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace prepmark {

ReleasedResultsPage::ReleasedResultsPage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("studentVerdict"));
    m_verdict->setTextFormat(Qt::RichText);
    layout->addWidget(m_verdict);
    m_explanation = new QLabel(this);
    m_explanation->setWordWrap(true);
    layout->addWidget(m_explanation);
    m_bars = new DimensionBarsWidget(this);
    m_bars->setObjectName(QStringLiteral("dimensionBars"));
    layout->addWidget(m_bars);

    auto *historyLabel = new QLabel(tr("<b>Released results</b> — select one to see it above"), this);
    m_saveSheet = new QPushButton(tr("&Save feedback sheet (PDF)…"), this);
    m_saveSheet->setObjectName(QStringLiteral("saveFeedbackSheet"));
    m_saveSheet->setEnabled(false);
    connect(m_saveSheet, &QPushButton::clicked, this, [this] {
        const int row = m_history->currentRow();
        if (row >= 0 && row < m_results.size())
            FeedbackSheetExportAction::exportSubmission(this, m_context, m_results[row].submissionId);
    });
    auto *historyBar = new QHBoxLayout;
    historyBar->addWidget(historyLabel, 1);
    historyBar->addWidget(m_saveSheet);
    layout->addLayout(historyBar);
    m_history = new QTableWidget(0, 5, this);
    m_history->setObjectName(QStringLiteral("resultHistory"));
    m_history->setHorizontalHeaderLabels(
        {tr("Assignment"), tr("Released"), tr("Verdict"), tr("Mean"), tr("Blocked by")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setSelectionMode(QAbstractItemView::SingleSelection);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_history, 1);
    connect(m_history, &QTableWidget::currentCellChanged, this, [this](int row) { showResult(row); });
    reload();
}

void ReleasedResultsPage::reload()
{
    m_title->setText(tr("<h2>%1</h2>").arg(m_context.actor.displayName.toHtmlEscaped()));
    const Result<QVector<ReleasedResult>> results
        = ReleaseRepository(m_context.database.connection(), m_context.actor).forStudent(m_context.actor.userId);
    if (!results) {
        m_verdict->setText(results.errorMessage().toHtmlEscaped());
        return;
    }
    m_results = *results;
    m_history->setRowCount(int(m_results.size()));
    for (int i = 0; i < m_results.size(); ++i) {
        const ReleasedResult &r = m_results[i];
        m_history->setItem(i, 0, new QTableWidgetItem(r.assignmentTitle));
        m_history->setItem(
            i, 1, new QTableWidgetItem(QLocale().toString(r.releasedAt.toLocalTime().date(), QLocale::ShortFormat)));
        m_history->setItem(i, 2, new QTableWidgetItem(r.adequate ? tr("Adequate") : tr("Inadequate")));
        m_history->setItem(i, 3, new QTableWidgetItem(QLocale().toString(r.mean, 'f', 2)));
        QStringList blocking;
        const Result<Verdict> verdict = verdictFromJson(r.verdict);
        if (verdict) {
            for (const DimensionOutcome &d : verdict->dimensions) {
                if (verdict->blocking.contains(d.key))
                    blocking << d.name;
            }
        }
        m_history->setItem(i, 4, new QTableWidgetItem(blocking.join(QStringLiteral(", "))));
    }
    m_history->resizeColumnsToContents();
    if (m_results.isEmpty()) {
        m_verdict->setText(tr("<p>No results have been released to you yet.</p>"));
        m_explanation->setText(
            tr("When your lecturers release a marked submission, your five dimensions and your verdict appear here."));
        m_bars->clear();
        return;
    }
    m_history->selectRow(int(m_results.size()) - 1);
    showResult(int(m_results.size()) - 1);
}

void ReleasedResultsPage::showResult(int index)
{
    if (index < 0 || index >= m_results.size())
        return;
    const ReleasedResult &r = m_results[index];
    m_saveSheet->setEnabled(true);
    const Result<Verdict> verdict = verdictFromJson(r.verdict);
    if (!verdict) {
        m_verdict->setText(tr("This result cannot be shown: %1").arg(verdict.errorMessage()).toHtmlEscaped());
        return;
    }
    double scaleMin = 1.0;
    double scaleMax = 5.0;
    RubricRepository rubrics(m_context.database.connection());
    if (const Result<qint64> id = rubrics.idOf(r.rubricKey, r.rubricVersion); id) {
        if (const Result<Rubric> rubric = rubrics.load(*id); rubric) {
            scaleMin = rubric->scale.min;
            scaleMax = rubric->scale.max;
        }
    }
    m_bars->setVerdict(*verdict, scaleMin, scaleMax);
    QStringList blockingNames;
    for (const DimensionOutcome &d : verdict->dimensions) {
        if (verdict->blocking.contains(d.key))
            blockingNames << d.name;
    }
    if (verdict->adequate) {
        m_verdict->setText(tr("<h3 style='color:#1b5e20'>%1: Adequate</h3>").arg(r.assignmentTitle.toHtmlEscaped()));
        m_explanation->setText(tr("Every dimension meets its threshold. Mean %1, shown for reference.")
                                   .arg(QLocale().toString(verdict->mean, 'f', 2)));
    } else {
        m_verdict->setText(
            tr("<h3 style='color:#a40000'>%1: Inadequate — blocked by %2</h3>")
                .arg(r.assignmentTitle.toHtmlEscaped(), blockingNames.join(QStringLiteral(", ")).toHtmlEscaped()));
        QString text = tr("Preparation is adequate only when every dimension meets its threshold at the same time. "
                          "Raise %1 to its threshold to become adequate.")
                           .arg(blockingNames.join(tr(" and ")));
        if (verdict->masked)
            text += QLatin1Char(' ')
                + tr("Your mean (%1) would pass under an averaged grade, but excellence elsewhere "
                     "does not make up for this dimension.")
                      .arg(QLocale().toString(verdict->mean, 'f', 2));
        m_explanation->setText(text);
    }
}

} // namespace prepmark
