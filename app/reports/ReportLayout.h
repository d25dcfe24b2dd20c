#pragma once

#include "ReportDocument.h"

#include <QVector>

namespace prepmark {

// A block placed on a page; a table may be split over pages (its header repeats).
struct PlacedBlock
{
    int block = 0;
    double top = 0.0; // points from the page's top edge
    double height = 0.0;
    int firstRow = 0; // Table: the rows on this page
    int rowCount = 0;
};

struct ReportPage
{
    QVector<PlacedBlock> blocks;
};

// Lays a ReportDocument out on A4 pages (ReportStyle): measures every block with the
// fonts it will be drawn with, keeps a heading with what follows it, splits tables
// between rows, and starts a page at every page break.
class ReportLayout
{
public:
    static QVector<ReportPage> paginate(const ReportDocument &document);

    // Column widths of a table over the content width.
    static QVector<double> columnWidths(const ReportTable &table, double width);
    // Height of a table row (row -1: the header) with those widths.
    static double rowHeight(const ReportTable &table, int row, const QVector<double> &widths);
    // Height of any block but a table.
    static double blockHeight(const ReportBlock &block, double width);
};

} // namespace prepmark
