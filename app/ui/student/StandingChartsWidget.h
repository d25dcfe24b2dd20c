#pragma once

#include "core/Rubric.h"
#include "core/Standing.h"

#include <QWidget>

class QGridLayout;

namespace prepmark {

// Small multiples, one chart per dimension: the score of every attempt (points), the
// standing after each attempt under the chosen method (solid line) and the dimension's
// threshold (dashed line), on the rubric's scale. Attempts are numbered oldest first.
class StandingChartsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StandingChartsWidget(QWidget *parent = nullptr);

    // history: for each dimension key, its scores oldest first.
    void setHistory(
        const Rubric &rubric, const QMap<QString, QVector<double>> &history, const StandingOptions &options);

    int chartCount() const { return m_charts; }

private:
    QGridLayout *m_grid = nullptr;
    int m_charts = 0;
};

} // namespace prepmark
