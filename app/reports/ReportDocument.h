#pragma once

#include "ChartSpec.h"

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace prepmark {

struct ReportTableRow
{
    QStringList cells;
    QVector<bool> alert; // per cell: below threshold, drawn red, bold and marked (set by the caller)
    bool strong = false; // a total row
};

struct ReportTable
{
    QStringList header;
    QVector<double> columnWeights; // relative widths; empty: equal
    QVector<Qt::Alignment> alignment; // per column; empty: first left, others right
    QVector<ReportTableRow> rows;
};

// One dimension against its threshold on the scale, for a feedback sheet.
struct ThresholdBar
{
    QString label;
    double score = 0.0;
    double threshold = 0.0;
    bool meets = false;
    QString valueText; // as printed beside the bar (locale formatted)
};

struct ThresholdBarsSpec
{
    double minimum = 1.0;
    double maximum = 5.0;
    QVector<ThresholdBar> bars;
    QString legend; // explains the threshold mark and the hatching
};

// A block of a paginated report page.
struct ReportBlock
{
    enum class Kind {
        Title, // text: title; lines: the title page's lines under it
        Heading, // text
        Paragraph, // text (plain; line breaks kept)
        KeyFigures, // figures: (value, label) boxes in a row
        Table, // table; splits over pages, header repeated
        Chart, // chart, drawn by the ChartPainter, height in points
        ThresholdBars, // bars
        Notice, // text in a framed box (a verdict)
        PageBreak,
    };
    Kind kind = Kind::Paragraph;
    QString text;
    QStringList lines;
    QVector<QPair<QString, QString>> figures;
    ReportTable table;
    ChartSpec chart;
    double height = 0.0; // Chart: its height
    ThresholdBarsSpec bars;
    bool alert = false; // Notice: an inadequate verdict
};

// A report as a sequence of blocks, laid out on A4 pages by ReportLayout and painted by
// ReportPagePainter onto a PDF (ReportPdfWriter) or a preview image. Every page carries
// the footer: footerLeft, and "page n of N" on the right.
class ReportDocument
{
public:
    QString footerLeft;
    QString pageNumberFormat = QStringLiteral("%1 / %2"); // translated by the caller: "page %1 of %2"
    QVector<ReportBlock> blocks;

    ReportDocument &title(const QString &text, const QStringList &lines);
    ReportDocument &heading(const QString &text);
    ReportDocument &paragraph(const QString &text);
    ReportDocument &keyFigures(const QVector<QPair<QString, QString>> &figures);
    ReportDocument &addTable(const ReportTable &table);
    ReportDocument &addChart(const ChartSpec &chart, double height);
    ReportDocument &thresholdBars(const ThresholdBarsSpec &bars);
    ReportDocument &notice(const QString &text, bool alert);
    ReportDocument &pageBreak();
};

} // namespace prepmark
