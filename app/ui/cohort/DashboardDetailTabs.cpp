#include "DashboardDetailTabs.h"

#include "BlockingChartView.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace prepmark {

namespace {
QTableWidgetItem *cell(
    const QString &text, qint64 submissionId = 0, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(alignment);
    item->setData(Qt::UserRole, submissionId);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidgetItem *number(double value, qint64 submissionId = 0)
{
    return cell(QLocale().toString(value, 'f', 2), submissionId, Qt::AlignRight | Qt::AlignVCenter);
}

QString statistic(const std::optional<double> &value, bool percent)
{
    if (!value)
        return QStringLiteral("—");
    return percent ? QStringLiteral("%1%").arg(QLocale().toString(std::round(*value * 100.0), 'f', 0))
                   : QLocale().toString(*value, 'f', 2);
}

QString names(const Rubric &rubric, const QStringList &keys)
{
    QStringList result;
    for (const QString &key : keys)
        result << (rubric.dimension(key) ? rubric.dimension(key)->name : key);
    return result.join(QStringLiteral(", "));
}

QWidget *page(QWidget *parent, std::initializer_list<QWidget *> widgets)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    for (QWidget *w : widgets)
        layout->addWidget(w, qobject_cast<QTableWidget *>(w) ? 1 : 0);
    return widget;
}

QLabel *caption(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    return label;
}
} // namespace

DashboardDetailTabs::DashboardDetailTabs(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("dashboardTabs"));
    m_chart = new BlockingChartView(this);
    m_sole = makeTable(
        QStringLiteral("soleBlockerTable"), {tr("Student"), tr("Failed by this alone"), tr("Score"), tr("Below by")});
    addTab(
        page(this,
            {m_chart, caption(tr("<b>Fail attribution</b> — students failed by one dimension alone:"), this), m_sole}),
        tr("What blocks"));
    m_masked = makeTable(QStringLiteral("maskedTable"), {tr("Student"), tr("Mean"), tr("Blocked by")});
    addTab(page(this,
               {caption(tr("<b>Masked failures</b>: the mean clears the pass line but the verdict is inadequate. "
                           "An averaged grade would have passed these students."),
                    this),
                   m_masked}),
        tr("Masked failures"));
    m_near = makeTable(QStringLiteral("nearTable"), {tr("Student"), tr("Dimension"), tr("Score"), tr("Margin")});
    addTab(page(this,
               {caption(tr("<b>Near the threshold</b>: scores within the rubric's band of the line, closest first — "
                           "candidates for second marking."),
                    this),
                   m_near}),
        tr("Near threshold"));
    m_policies = caption(QString(), this);
    m_policies->setObjectName(QStringLiteral("policySummary"));
    m_flips = makeTable(
        QStringLiteral("flipsTable"), {tr("Student"), tr("Mean"), tr("Conjunctive"), tr("Compensatory"), tr("Hybrid")});
    addTab(page(this, {m_policies, m_flips}), tr("Policy comparison"));
    m_agreementSummary = caption(QString(), this);
    m_agreement = makeTable(QStringLiteral("agreementTable"),
        {tr("Dimension"), tr("Pairs"), tr("Exact"), tr("Adjacent"), tr("Weighted κ"), tr("ICC(2,1)"),
            tr("Krippendorff α")});
    m_severity = makeTable(
        QStringLiteral("severityTable"), {tr("Marker"), tr("Double-marked"), tr("Mean difference from co-marker")});
    addTab(
        page(this,
            {m_agreementSummary, m_agreement,
                caption(tr("<b>Marker severity</b> (negative: stricter than the markers they were paired with)"), this),
                m_severity}),
        tr("Marker agreement"));
}

QTableWidget *DashboardDetailTabs::makeTable(const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), this);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    connect(table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        if (const qint64 id = item->data(Qt::UserRole).toLongLong(); id != 0)
            emit openSubmission(id);
    });
    return table;
}

void DashboardDetailTabs::setReport(const CohortReport &report)
{
    m_chart->setReport(report);
    fillStudentTables(report);
    fillAgreement(report);
}

void DashboardDetailTabs::fillStudentTables(const CohortReport &report)
{
    const Rubric &rubric = report.rubric;
    for (QTableWidget *table : {m_sole, m_masked, m_near, m_flips})
        table->setRowCount(0);
    auto append = [](QTableWidget *table, std::initializer_list<QTableWidgetItem *> items) {
        const int row = table->rowCount();
        table->insertRow(row);
        int column = 0;
        for (QTableWidgetItem *item : items)
            table->setItem(row, column++, item);
    };
    for (const CohortReportStudent &s : report.students) {
        if (!s.soleBlocker.isEmpty()) {
            const auto o = std::find_if(s.verdict.dimensions.cbegin(), s.verdict.dimensions.cend(),
                [&](const DimensionOutcome &outcome) { return outcome.key == s.soleBlocker; });
            Q_ASSERT(o != s.verdict.dimensions.cend()); // the sole blocker is one of the verdict's dimensions
            append(m_sole,
                {cell(s.name, s.submissionId), cell(o->name, s.submissionId), number(o->score, s.submissionId),
                    number(-o->margin, s.submissionId)});
        }
        if (s.verdict.masked)
            append(m_masked,
                {cell(s.name, s.submissionId), number(s.verdict.mean, s.submissionId),
                    cell(names(rubric, s.verdict.blocking), s.submissionId)});
        if (s.flips()) {
            auto verdict = [&](bool adequate) {
                QTableWidgetItem *item = cell(adequate ? tr("adequate") : tr("inadequate ▼"), s.submissionId);
                item->setForeground(adequate ? QColor(0x1b, 0x5e, 0x20) : QColor(0xa4, 0x00, 0x00));
                return item;
            };
            append(m_flips,
                {cell(s.name, s.submissionId), number(s.verdict.mean, s.submissionId), verdict(s.verdict.adequate),
                    verdict(s.compensatoryAdequate), verdict(s.hybridAdequate)});
        }
    }
    for (const NearThresholdEntry &n : report.nearThreshold)
        append(m_near,
            {cell(n.name, n.submissionId), cell(rubric.dimension(n.dimensionKey)->name, n.submissionId),
                number(n.score, n.submissionId),
                cell(QStringLiteral("%1%2")
                            .arg(n.margin >= 0 ? QStringLiteral("+") : QString())
                            .arg(QLocale().toString(n.margin, 'f', 2))
                        + (n.margin < 0 ? QStringLiteral(" ▼") : QString()),
                    n.submissionId, Qt::AlignRight | Qt::AlignVCenter)});
    const int total = int(report.students.size());
    m_policies->setText(
        tr("Of <b>%1</b> students with agreed results: <b>%2</b> adequate under the conjunctive policy "
           "(PrepMark's), <b>%3</b> under the compensatory mean ≥ %4, <b>%5</b> under the hybrid policy "
           "(mean ≥ %4, every dimension ≥ %6, required: %7). <b>%8</b> students change verdict:")
            .arg(total)
            .arg(report.conjunctiveAdequate)
            .arg(report.compensatoryAdequate)
            .arg(QLocale().toString(rubric.meanPassLine, 'f', 2))
            .arg(report.hybridAdequate)
            .arg(QLocale().toString(rubric.hybrid.floor, 'f', 2))
            .arg(rubric.hybrid.required.isEmpty() ? tr("none") : names(rubric, rubric.hybrid.required).toHtmlEscaped())
            .arg(report.flips.size()));
}

void DashboardDetailTabs::fillAgreement(const CohortReport &report)
{
    m_agreement->setRowCount(0);
    for (const Dimension &d : report.rubric.dimensions) {
        const DimensionAgreement a = report.agreement.value(d.key);
        const int row = m_agreement->rowCount();
        m_agreement->insertRow(row);
        const QStringList values {d.name, QLocale().toString(a.pairs), statistic(a.exact, true),
            statistic(a.adjacent, true), statistic(a.weightedKappa, false), statistic(a.icc, false),
            statistic(a.alpha, false)};
        for (int c = 0; c < values.size(); ++c)
            m_agreement->setItem(row, c,
                cell(values[c], 0, c == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter));
    }
    m_severity->setRowCount(0);
    for (const MarkerSeverity &m : report.severity) {
        const int row = m_severity->rowCount();
        m_severity->insertRow(row);
        m_severity->setItem(row, 0, cell(m.name));
        m_severity->setItem(row, 1, cell(QLocale().toString(m.attempts), 0, Qt::AlignRight | Qt::AlignVCenter));
        m_severity->setItem(row, 2,
            cell(tr("%1%2")
                     .arg(m.meanDifference >= 0 ? QStringLiteral("+") : QString())
                     .arg(QLocale().toString(m.meanDifference, 'f', 2)),
                0, Qt::AlignRight | Qt::AlignVCenter));
    }
    m_agreementSummary->setText(report.doubleMarked == 0
            ? tr("No attempt of this assignment has two complete markings yet.")
            : tr("Over <b>%1</b> double-marked attempts (pairs of criterion levels per dimension). The markers agree "
                 "on adequacy "
                 "in <b>%2</b> of them (Cohen's κ %3).")
                  .arg(report.doubleMarked)
                  .arg(statistic(report.adequacyAgreement, true), statistic(report.adequacyKappa, false)));
}

} // namespace prepmark
