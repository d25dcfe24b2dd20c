#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>

namespace prepmark {

// The look of a report page: A4 in points (1/72 inch), margins, fonts and colours,
// shared by ReportLayout (which measures) and ReportPagePainter (which draws), so what
// is measured is what is drawn. Fonts use pixel sizes in points: a painter scaled from
// points to the device draws them at the same size on a PDF and on a preview image.
class ReportStyle
{
public:
    enum class Text {
        Title,
        TitleLine,
        Heading,
        Body,
        Small,
        TableHeader,
        TableCell,
        FigureValue,
        FigureLabel,
        Footer
    };

    static constexpr double kPageWidth = 595.0; // A4
    static constexpr double kPageHeight = 842.0;
    static constexpr double kMargin = 46.0;
    static constexpr double kFooterHeight = 22.0;
    static constexpr double kBlockSpacing = 9.0;
    static constexpr double kCellPadding = 3.5;

    static QRectF contentRect()
    {
        return QRectF(kMargin, kMargin, kPageWidth - 2 * kMargin, kPageHeight - 2 * kMargin - kFooterHeight);
    }
    static QFont font(Text text);
    // text with every word wider than width hyphenated onto lines of its own ("Documenta-",
    // "tion"): a long dimension name in a narrow column, or a German compound, is never
    // clipped. Measure and draw the result with Qt::TextWordWrap.
    static QString fitted(Text style, const QString &text, double width);

    static QColor ink() { return QColor(0x20, 0x24, 0x2a); }
    static QColor muted() { return QColor(0x5f, 0x66, 0x70); }
    static QColor accent() { return QColor(0x1f, 0x4e, 0x79); }
    static QColor rule() { return QColor(0xc8, 0xcd, 0xd3); }
    static QColor headerFill() { return QColor(0xe8, 0xee, 0xf4); }
    static QColor stripeFill() { return QColor(0xf6, 0xf8, 0xfa); }
    static QColor alert() { return QColor(0xb7, 0x1c, 0x1c); }
    static QColor alertFill() { return QColor(0xfb, 0xe9, 0xe9); }
    static QColor good() { return QColor(0x2e, 0x7d, 0x32); }
    static QColor goodFill() { return QColor(0xe8, 0xf5, 0xe9); }
};

} // namespace prepmark
