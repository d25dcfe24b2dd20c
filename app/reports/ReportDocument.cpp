#include "ReportDocument.h"

namespace prepmark {

ReportDocument &ReportDocument::title(const QString &text, const QStringList &lines)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Title;
    block.text = text;
    block.lines = lines;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::heading(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Heading;
    block.text = text;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::paragraph(const QString &text)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Paragraph;
    block.text = text;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::keyFigures(const QVector<QPair<QString, QString>> &figures)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::KeyFigures;
    block.figures = figures;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::addTable(const ReportTable &table)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.table = table;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::addChart(const ChartSpec &chart, double height)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Chart;
    block.chart = chart;
    block.height = height;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::thresholdBars(const ThresholdBarsSpec &bars)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::ThresholdBars;
    block.bars = bars;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::notice(const QString &text, bool alert)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Notice;
    block.text = text;
    block.alert = alert;
    blocks << block;
    return *this;
}

ReportDocument &ReportDocument::pageBreak()
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::PageBreak;
    blocks << block;
    return *this;
}

} // namespace prepmark
