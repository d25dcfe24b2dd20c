#include "ReportPagePainter.h"

#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace prepmark {

namespace {
using Text = ReportStyle::Text;

const QString kBelowMark = QStringLiteral("▼ ");

void drawText(QPainter &painter, const QRectF &rect, Text style, const QString &text, int flags,
    const QColor &colour = ReportStyle::ink())
{
    painter.setFont(ReportStyle::font(style));
    painter.setPen(colour);
    painter.drawText(rect, flags | Qt::TextWordWrap, ReportStyle::fitted(style, text, rect.width()));
}
} // namespace

ReportPagePainter::ReportPagePainter(const ReportDocument &document, const ChartPainter *charts)
    : m_document(document), m_charts(charts), m_pages(ReportLayout::paginate(document))
{
}

void ReportPagePainter::paint(QPainter &painter, int page) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (const PlacedBlock &placed : m_pages.value(page).blocks)
        paintBlock(painter, placed);
    paintFooter(painter, page);
    painter.restore();
}

QImage ReportPagePainter::image(int page, int widthPixels) const
{
    const double scale = widthPixels / ReportStyle::kPageWidth;
    QImage image(widthPixels, int(ReportStyle::kPageHeight * scale + 0.5), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter, page);
    return image;
}

void ReportPagePainter::paintBlock(QPainter &painter, const PlacedBlock &placed) const
{
    const ReportBlock &block = m_document.blocks[placed.block];
    const QRectF content = ReportStyle::contentRect();
    const QRectF rect(content.left(), placed.top, content.width(), placed.height);
    switch (block.kind) {
    case ReportBlock::Kind::Title: {
        painter.fillRect(QRectF(0, 0, ReportStyle::kPageWidth, 110.0), ReportStyle::accent());
        double y = rect.top() + 150.0;
        painter.setFont(ReportStyle::font(Text::Title));
        const QRectF titleRect
            = painter.boundingRect(QRectF(rect.left(), y, rect.width(), 1e6), Qt::TextWordWrap, block.text);
        drawText(painter, titleRect, Text::Title, block.text, Qt::AlignLeft, ReportStyle::accent());
        y = titleRect.bottom() + 18.0;
        painter.setPen(QPen(ReportStyle::accent(), 2.0));
        painter.drawLine(QPointF(rect.left(), y - 9.0), QPointF(rect.left() + 90.0, y - 9.0));
        for (const QString &line : block.lines) {
            painter.setFont(ReportStyle::font(Text::TitleLine));
            const QRectF lineRect
                = painter.boundingRect(QRectF(rect.left(), y, rect.width(), 1e6), Qt::TextWordWrap, line);
            drawText(painter, lineRect, Text::TitleLine, line, Qt::AlignLeft);
            y = lineRect.bottom() + 6.0;
        }
        break;
    }
    case ReportBlock::Kind::Heading:
        drawText(painter, rect, Text::Heading, block.text, Qt::AlignLeft | Qt::AlignTop, ReportStyle::accent());
        painter.setPen(QPen(ReportStyle::rule(), 0.8));
        painter.drawLine(QPointF(rect.left(), rect.bottom() - 1.5), QPointF(rect.right(), rect.bottom() - 1.5));
        break;
    case ReportBlock::Kind::Paragraph:
        drawText(painter, rect, Text::Body, block.text, Qt::AlignLeft | Qt::AlignTop);
        break;
    case ReportBlock::Kind::KeyFigures: {
        const int n = std::max<int>(1, int(block.figures.size()));
        const double gap = 8.0;
        const double width = (rect.width() - gap * (n - 1)) / n;
        for (int i = 0; i < block.figures.size(); ++i) {
            const QRectF box(rect.left() + i * (width + gap), rect.top(), width, rect.height());
            painter.setPen(Qt::NoPen);
            painter.setBrush(ReportStyle::headerFill());
            painter.drawRect(box);
            painter.fillRect(QRectF(box.left(), box.top(), 3.0, box.height()), ReportStyle::accent());
            // The value on one line: a long one ("Not yet adequate", a translation) is
            // drawn smaller rather than wrapped into the label below it.
            const QRectF valueBox = box.adjusted(9, 5, -4, -20);
            QFont valueFont = ReportStyle::font(Text::FigureValue);
            while (valueFont.pixelSize() > 9
                && QFontMetricsF(valueFont).horizontalAdvance(block.figures[i].first) > valueBox.width())
                valueFont.setPixelSize(valueFont.pixelSize() - 1);
            painter.setFont(valueFont);
            painter.setPen(ReportStyle::accent());
            painter.drawText(valueBox, Qt::AlignLeft | Qt::AlignVCenter, block.figures[i].first);
            drawText(painter, box.adjusted(9, 29, -4, -2), Text::FigureLabel, block.figures[i].second,
                Qt::AlignLeft | Qt::AlignTop, ReportStyle::muted());
        }
        break;
    }
    case ReportBlock::Kind::Table:
        paintTable(painter, placed);
        break;
    case ReportBlock::Kind::Chart:
        Q_ASSERT(m_charts);
        if (m_charts)
            m_charts->paint(painter, rect, block.chart);
        break;
    case ReportBlock::Kind::ThresholdBars:
        paintThresholdBars(painter, block, rect);
        break;
    case ReportBlock::Kind::Notice:
        painter.setPen(QPen(block.alert ? ReportStyle::alert() : ReportStyle::good(), 1.2));
        painter.setBrush(block.alert ? ReportStyle::alertFill() : ReportStyle::goodFill());
        painter.drawRect(rect.adjusted(0.6, 0.6, -0.6, -0.6));
        drawText(painter, rect.adjusted(10, 8, -10, -8), Text::Body, block.text, Qt::AlignLeft | Qt::AlignTop);
        break;
    case ReportBlock::Kind::PageBreak:
        break;
    }
}

void ReportPagePainter::paintTable(QPainter &painter, const PlacedBlock &placed) const
{
    const ReportTable &table = m_document.blocks[placed.block].table;
    const QRectF content = ReportStyle::contentRect();
    const QVector<double> widths = ReportLayout::columnWidths(table, content.width());
    auto alignment = [&](int column) -> Qt::Alignment {
        if (column < table.alignment.size())
            return table.alignment[column];
        return column == 0 ? Qt::AlignLeft : Qt::AlignRight;
    };
    const double pad = ReportStyle::kCellPadding;
    double y = placed.top;
    const double header = ReportLayout::rowHeight(table, -1, widths);
    painter.fillRect(QRectF(content.left(), y, content.width(), header), ReportStyle::headerFill());
    double x = content.left();
    for (int c = 0; c < table.header.size() && c < widths.size(); ++c) {
        drawText(painter, QRectF(x + pad, y + pad, widths[c] - 2 * pad, header - 2 * pad), Text::TableHeader,
            table.header[c], alignment(c) | Qt::AlignVCenter);
        x += widths[c];
    }
    y += header;
    painter.setPen(QPen(ReportStyle::accent(), 0.8));
    painter.drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
    for (int r = placed.firstRow; r < placed.firstRow + placed.rowCount; ++r) {
        const ReportTableRow &row = table.rows[r];
        const double h = ReportLayout::rowHeight(table, r, widths);
        if ((r - placed.firstRow) % 2 == 1)
            painter.fillRect(QRectF(content.left(), y, content.width(), h), ReportStyle::stripeFill());
        x = content.left();
        for (int c = 0; c < row.cells.size() && c < widths.size(); ++c) {
            const bool alert = c < row.alert.size() && row.alert[c];
            const QRectF cell(x, y, widths[c], h);
            if (alert)
                painter.fillRect(cell, ReportStyle::alertFill());
            const QString text
                = alert && !row.cells[c].startsWith(kBelowMark) ? kBelowMark + row.cells[c] : row.cells[c];
            drawText(painter, cell.adjusted(pad, pad, -pad, -pad),
                row.strong || alert ? Text::TableHeader : Text::TableCell, text, alignment(c) | Qt::AlignVCenter,
                alert ? ReportStyle::alert() : ReportStyle::ink());
            x += widths[c];
        }
        y += h;
        painter.setPen(QPen(row.strong ? ReportStyle::accent() : ReportStyle::rule(), row.strong ? 0.8 : 0.4));
        painter.drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
    }
}

void ReportPagePainter::paintThresholdBars(QPainter &painter, const ReportBlock &block, const QRectF &rect) const
{
    const ThresholdBarsSpec &spec = block.bars;
    const double labelWidth = 165.0, valueWidth = 70.0;
    const QRectF track(rect.left() + labelWidth, rect.top(), rect.width() - labelWidth - valueWidth, rect.height());
    auto xOf = [&](double value) {
        const double share = (value - spec.minimum) / std::max(1e-9, spec.maximum - spec.minimum);
        return track.left() + std::clamp(share, 0.0, 1.0) * track.width();
    };
    double y = rect.top();
    for (const ThresholdBar &bar : spec.bars) {
        const QRectF row(rect.left(), y, rect.width(), 24.0);
        drawText(painter, QRectF(row.left(), row.top(), labelWidth - 8, row.height()), Text::TableCell, bar.label,
            Qt::AlignLeft | Qt::AlignVCenter, bar.meets ? ReportStyle::ink() : ReportStyle::alert());
        painter.fillRect(QRectF(track.left(), y + 6, track.width(), 12.0), ReportStyle::stripeFill());
        const QRectF filled(track.left(), y + 6, xOf(bar.score) - track.left(), 12.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(bar.meets ? ReportStyle::good() : ReportStyle::alert());
        painter.drawRect(filled);
        if (!bar.meets) {
            painter.setBrush(QBrush(Qt::white, Qt::BDiagPattern));
            painter.drawRect(filled);
        }
        painter.setPen(QPen(ReportStyle::ink(), 1.6));
        painter.drawLine(QPointF(xOf(bar.threshold), y + 3), QPointF(xOf(bar.threshold), y + 21));
        drawText(painter, QRectF(track.right() + 6, row.top(), valueWidth - 6, row.height()),
            bar.meets ? Text::TableCell : Text::TableHeader, bar.meets ? bar.valueText : kBelowMark + bar.valueText,
            Qt::AlignLeft | Qt::AlignVCenter, bar.meets ? ReportStyle::ink() : ReportStyle::alert());
        y += 24.0;
    }
    painter.setPen(QPen(ReportStyle::rule(), 0.6));
    for (int level = int(std::ceil(spec.minimum)); level <= int(spec.maximum); ++level) {
        const double x = xOf(level);
        painter.drawLine(QPointF(x, y), QPointF(x, y + 3));
        drawText(painter, QRectF(x - 10, y + 3, 20, 10), Text::Small, QString::number(level), Qt::AlignHCenter,
            ReportStyle::muted());
    }
    if (!spec.legend.isEmpty())
        drawText(painter, QRectF(rect.left(), y + 16, rect.width(), rect.bottom() - y - 16), Text::Small, spec.legend,
            Qt::AlignLeft | Qt::AlignTop, ReportStyle::muted());
}

void ReportPagePainter::paintFooter(QPainter &painter, int page) const
{
    const double top = ReportStyle::kPageHeight - ReportStyle::kMargin - ReportStyle::kFooterHeight + 8.0;
    const QRectF content = ReportStyle::contentRect();
    painter.setPen(QPen(ReportStyle::rule(), 0.5));
    painter.drawLine(QPointF(content.left(), top), QPointF(content.right(), top));
    const QRectF rect(content.left(), top + 3, content.width(), 12.0);
    drawText(painter, rect, Text::Footer, m_document.footerLeft, Qt::AlignLeft | Qt::AlignTop, ReportStyle::muted());
    drawText(painter, rect, Text::Footer, m_document.pageNumberFormat.arg(page + 1).arg(pageCount()),
        Qt::AlignRight | Qt::AlignTop, ReportStyle::muted());
}

} // namespace prepmark
