#pragma once

#include <QStyledItemDelegate>

namespace prepmark {

// Paints a heatmap cell from its margin to the threshold (CohortHeatmapModel::
// MarginRole): greens deepening above the line, amber just above it, reds deepening
// below it — and below it a hatch pattern and the ▼ in the text as well, so the map
// reads in greyscale and for colour-blind readers. Other cells are drawn as usual.
class HeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The fill for a margin; public so the legend and the tests use the same colours.
    static QColor colourForMargin(double margin, bool near);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace prepmark
