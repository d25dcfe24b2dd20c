#pragma once

#include "reports/ChartSpec.h"

namespace prepmark {

// Draws report charts with Qt Charts: builds a QChart for the spec in a private
// QGraphicsScene and renders the scene into the painter's rectangle, so a PDF gets
// vector charts and a preview image the same picture.
//
// Why this is a library of its own: QChart is a QGraphicsWidget, so Qt Charts needs
// QtWidgets and a QApplication. Keeping it out of prepmark_reports leaves the report
// data, the CSV and HTML writers and the page layout free of widgets; only what draws
// charts (the GUI, and prepmark-cli when it writes a PDF) links this piece.
class QtChartsPainter : public ChartPainter
{
public:
    void paint(QPainter &painter, const QRectF &rect, const ChartSpec &chart) const override;
};

} // namespace prepmark
