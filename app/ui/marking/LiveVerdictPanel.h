#pragma once

#include "core/Rubric.h"
#include "core/Scores.h"

#include <QWidget>

class QLabel;

namespace prepmark {

class DimensionBarsWidget;

// The verdict as marks are entered: a bar per dimension against its threshold (the
// dimensions marked so far), and — once every dimension has a mark — the conjunctive
// verdict with the dimensions that block it and the mean beside it.
class LiveVerdictPanel : public QWidget
{
    Q_OBJECT

public:
    explicit LiveVerdictPanel(QWidget *parent = nullptr);

    // scores: the dimensions marked so far; markedCriteria of totalCriteria are marked.
    void showScores(const Rubric &rubric, const DimensionScores &scores, int markedCriteria, int totalCriteria);
    QLabel *verdictLabel() const { return m_verdict; }

private:
    QLabel *m_verdict = nullptr;
    QLabel *m_detail = nullptr;
    DimensionBarsWidget *m_bars = nullptr;
};

} // namespace prepmark
