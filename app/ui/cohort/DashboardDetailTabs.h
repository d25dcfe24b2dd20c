#pragma once

#include "reports/CohortReport.h"

#include <QTabWidget>

class QLabel;
class QTableWidget;

namespace prepmark {

class BlockingChartView;

// The detail of the cohort threshold dashboard, one tab each: what blocks (the chart and
// the students failed by one dimension alone), the masked failures, the near-threshold
// list (candidates for second marking), the policy comparison with the students whose
// verdict flips, and the markers' agreement. Activating a student's row asks to open
// their submission.
class DashboardDetailTabs : public QTabWidget
{
    Q_OBJECT

public:
    explicit DashboardDetailTabs(QWidget *parent = nullptr);

    void setReport(const CohortReport &report);

    BlockingChartView *chart() const { return m_chart; }
    QTableWidget *soleBlockerTable() const { return m_sole; }
    QTableWidget *maskedTable() const { return m_masked; }
    QTableWidget *nearTable() const { return m_near; }
    QTableWidget *flipsTable() const { return m_flips; }
    QTableWidget *agreementTable() const { return m_agreement; }
    QTableWidget *severityTable() const { return m_severity; }
    QLabel *policySummary() const { return m_policies; }

signals:
    void openSubmission(qint64 submissionId);

private:
    QTableWidget *makeTable(const QString &name, const QStringList &headers);
    void fillStudentTables(const CohortReport &report);
    void fillAgreement(const CohortReport &report);

    BlockingChartView *m_chart = nullptr;
    QTableWidget *m_sole = nullptr;
    QTableWidget *m_masked = nullptr;
    QTableWidget *m_near = nullptr;
    QLabel *m_policies = nullptr;
    QTableWidget *m_flips = nullptr;
    QLabel *m_agreementSummary = nullptr;
    QTableWidget *m_agreement = nullptr;
    QTableWidget *m_severity = nullptr;
};

} // namespace prepmark
