#pragma once

#include "core/Verdict.h"

#include <QWidget>

namespace prepmark {

// Every dimension of a verdict side by side: a bar for the score on the rubric's scale
// with its threshold marked. Bars below threshold are hatched and labelled "▼ blocks",
// so the picture reads without colour. Paints nothing but a hint when empty.
class DimensionBarsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DimensionBarsWidget(QWidget *parent = nullptr);

    void setVerdict(const Verdict &verdict, double scaleMin, double scaleMax);
    // Any set of dimension outcomes (e.g. standings rather than one verdict).
    void setOutcomes(const QVector<DimensionOutcome> &outcomes, double scaleMin, double scaleMax);
    void clear();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::optional<QVector<DimensionOutcome>> m_outcomes;
    double m_scaleMin = 1.0;
    double m_scaleMax = 5.0;
};

} // namespace prepmark
