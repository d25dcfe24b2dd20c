#include "ReportLayout.h"

#include "ReportStyle.h"

#include <QFontMetricsF>

#include <algorithm>

namespace prepmark {

namespace {
double textHeight(const QString &text, ReportStyle::Text style, double width)
{
    const QFontMetricsF metrics(ReportStyle::font(style));
    if (text.isEmpty())
        return metrics.height();
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, ReportStyle::fitted(style, text, width))
        .height();
}
} // namespace

QVector<double> ReportLayout::columnWidths(const ReportTable &table, double width)
{
    const int columns = int(table.header.size());
    QVector<double> weights = table.columnWeights;
    if (weights.size() != columns)
        weights = QVector<double>(columns, 1.0);
    double sum = 0.0;
    for (double w : weights)
        sum += w;
    QVector<double> widths;
    for (double w : weights)
        widths << width * w / sum;
    return widths;
}

double ReportLayout::rowHeight(const ReportTable &table, int row, const QVector<double> &widths)
{
    const QStringList &cells = row < 0 ? table.header : table.rows[row].cells;
    const auto style
        = row < 0 || table.rows[row].strong ? ReportStyle::Text::TableHeader : ReportStyle::Text::TableCell;
    double height = 0.0;
    for (int c = 0; c < cells.size() && c < widths.size(); ++c)
        height = std::max(height, textHeight(cells[c], style, widths[c] - 2 * ReportStyle::kCellPadding));
    return height + 2 * ReportStyle::kCellPadding;
}

double ReportLayout::blockHeight(const ReportBlock &block, double width)
{
    switch (block.kind) {
    case ReportBlock::Kind::Title: {
        double height = 150.0 + textHeight(block.text, ReportStyle::Text::Title, width) + 18.0;
        for (const QString &line : block.lines)
            height += textHeight(line, ReportStyle::Text::TitleLine, width) + 6.0;
        return height;
    }
    case ReportBlock::Kind::Heading:
        return textHeight(block.text, ReportStyle::Text::Heading, width) + 6.0;
    case ReportBlock::Kind::Paragraph:
        return textHeight(block.text, ReportStyle::Text::Body, width);
    case ReportBlock::Kind::KeyFigures:
        return 50.0;
    case ReportBlock::Kind::Chart:
        return block.height;
    case ReportBlock::Kind::ThresholdBars:
        return 24.0 * block.bars.bars.size() + 16.0
            + (block.bars.legend.isEmpty() ? 0.0 : textHeight(block.bars.legend, ReportStyle::Text::Small, width) + 4);
    case ReportBlock::Kind::Notice:
        return textHeight(block.text, ReportStyle::Text::Body, width - 20.0) + 16.0;
    case ReportBlock::Kind::Table:
    case ReportBlock::Kind::PageBreak:
        return 0.0;
    }
    return 0.0;
}

QVector<ReportPage> ReportLayout::paginate(const ReportDocument &document)
{
    const QRectF content = ReportStyle::contentRect();
    const double bottom = content.bottom();
    QVector<ReportPage> pages(1);
    double y = content.top();
    auto newPage = [&]() {
        pages.append(ReportPage());
        y = content.top();
    };
    auto atTop = [&]() { return pages.last().blocks.isEmpty(); };
    // The least of block i that must share a page with what precedes it: a table's
    // header and first row, any other block whole.
    auto startHeight = [&](qsizetype i) -> double {
        if (i >= document.blocks.size())
            return 0.0;
        const ReportBlock &next = document.blocks[i];
        if (next.kind == ReportBlock::Kind::Table) {
            const QVector<double> widths = columnWidths(next.table, content.width());
            return rowHeight(next.table, -1, widths)
                + (next.table.rows.isEmpty() ? 0.0 : rowHeight(next.table, 0, widths));
        }
        return blockHeight(next, content.width());
    };

    for (int i = 0; i < document.blocks.size(); ++i) {
        const ReportBlock &block = document.blocks[i];
        if (block.kind == ReportBlock::Kind::PageBreak) {
            if (!atTop())
                newPage();
            continue;
        }
        if (block.kind == ReportBlock::Kind::Table) {
            const QVector<double> widths = columnWidths(block.table, content.width());
            const double header = rowHeight(block.table, -1, widths);
            int row = 0;
            const int rows = int(block.table.rows.size());
            do {
                // At least the header and one row (or two rows of a long table) on a page.
                const double needed = header + (rows > 0 ? rowHeight(block.table, row, widths) : 0.0);
                if (y + needed > bottom && !atTop())
                    newPage();
                PlacedBlock placed {i, y, header, row, 0};
                while (row < rows) {
                    const double h = rowHeight(block.table, row, widths);
                    if (y + placed.height + h > bottom && placed.rowCount > 0)
                        break;
                    placed.height += h;
                    ++placed.rowCount;
                    ++row;
                }
                pages.last().blocks << placed;
                y += placed.height + ReportStyle::kBlockSpacing;
                if (row < rows)
                    newPage();
            } while (row < rows);
            continue;
        }
        const double height = blockHeight(block, content.width());
        double keep = height;
        if (block.kind == ReportBlock::Kind::Heading) {
            // A heading stays with the start of what follows it, and with an
            // introductory paragraph the start of what that paragraph introduces.
            keep += ReportStyle::kBlockSpacing + startHeight(i + 1);
            if (i + 2 < document.blocks.size() && document.blocks[i + 1].kind == ReportBlock::Kind::Paragraph)
                keep += ReportStyle::kBlockSpacing + startHeight(i + 2);
            keep = std::min(keep, bottom - content.top());
        }
        if (y + keep > bottom && !atTop())
            newPage();
        pages.last().blocks << PlacedBlock {i, y, height, 0, 0};
        y += height + ReportStyle::kBlockSpacing;
    }
    if (pages.size() > 1 && pages.last().blocks.isEmpty())
        pages.removeLast();
    return pages;
}

} // namespace prepmark
