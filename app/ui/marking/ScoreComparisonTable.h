#pragma once

#include "core/Rubric.h"
#include "core/Scores.h"

#include "storage/marking/MarkingQueueRepository.h"

#include <QHash>
#include <QTableWidget>

#include <optional>

class QDoubleSpinBox;

namespace prepmark {

// Each dimension's first and second marker score side by side with the threshold, the
// difference (flagged beyond the tolerance) and an editor for the agreed score, then a
// row with each marker's verdict (flagged when they disagree). Scores the reader may not
// see (blind marking) say so instead. The agreed editors start at the stored agreed
// scores, or at the markers' mean.
class ScoreComparisonTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit ScoreComparisonTable(QWidget *parent = nullptr);

    // scores: the markers' dimension scores the reader may see, by marker id.
    void showScores(const Rubric &rubric, const MarkingQueueRow &row, const QHash<qint64, DimensionScores> &scores,
        const std::optional<DimensionScores> &agreed, double tolerance);
    void setEditable(bool editable);
    QDoubleSpinBox *agreedEditor(const QString &dimensionKey) const;
    // Whether the agreed editors hold scores (stored, or both markings visible).
    bool hasAgreedScores() const;
    DimensionScores agreedScores() const;

signals:
    void agreedChanged();

private:
    Rubric m_rubric;
    QVector<QDoubleSpinBox *> m_agreed;
};

} // namespace prepmark
