#pragma once

#include "ReportLayout.h"

#include <QImage>

class QPainter;

namespace prepmark {

// Paints the pages of a laid-out ReportDocument. The painter is in points (1/72 inch)
// with the page's top-left corner at (0, 0): the caller scales it to its device.
// Charts are drawn by the ChartPainter; a document with charts needs one.
class ReportPagePainter
{
public:
    ReportPagePainter(const ReportDocument &document, const ChartPainter *charts);

    int pageCount() const { return int(m_pages.size()); }
    const QVector<ReportPage> &pages() const { return m_pages; }
    void paint(QPainter &painter, int page) const;
    // The page as an image widthPixels wide, on white (for previews).
    QImage image(int page, int widthPixels) const;

private:
    void paintBlock(QPainter &painter, const PlacedBlock &placed) const;
    void paintTable(QPainter &painter, const PlacedBlock &placed) const;
    void paintThresholdBars(QPainter &painter, const ReportBlock &block, const QRectF &rect) const;
    void paintFooter(QPainter &painter, int page) const;

    const ReportDocument &m_document;
    const ChartPainter *m_charts;
    QVector<ReportPage> m_pages;
};

} // namespace prepmark
