#pragma once

#include "reports/CohortReport.h"

#include <QChartView>

class QBarSet;

namespace prepmark {

// How many students each dimension blocks, and how many it fails alone (the only
// dimension below threshold), as horizontal bars per dimension. The "alone" bars are
// hatched, so the two series are told apart without colour.
class BlockingChartView : public QChartView
{
    Q_OBJECT

public:
    explicit BlockingChartView(QWidget *parent = nullptr);

    void setReport(const CohortReport &report);
    QBarSet *blockedSet() const { return m_blocked; }
    QBarSet *aloneSet() const { return m_alone; }

private:
    QBarSet *m_blocked = nullptr;
    QBarSet *m_alone = nullptr;
};

} // namespace prepmark
