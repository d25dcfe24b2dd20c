#include "ReportPdfWriter.h"

#include "ReportPagePainter.h"
#include "ReportStyle.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace prepmark {

Status ReportPdfWriter::write(const ReportDocument &document, const ChartPainter *charts, const QString &path,
    const QString &title, ProgressReporter &progress)
{
    const bool hasCharts = std::any_of(document.blocks.begin(), document.blocks.end(),
        [](const ReportBlock &b) { return b.kind == ReportBlock::Kind::Chart; });
    Q_ASSERT(!hasCharts || charts);
    if (hasCharts && !charts)
        return makeError(QStringLiteral("%1: the report has charts but nothing to draw them with").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    const ReportPagePainter pages(document, charts);
    {
        QPdfWriter pdf(&file);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("PrepMark"));
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        QPainter painter;
        if (!painter.begin(&pdf))
            return makeError(QStringLiteral("%1: cannot start the PDF").arg(path));
        const double scale = pdf.resolution() / 72.0;
        for (int page = 0; page < pages.pageCount(); ++page) {
            if (progress.wasCancelled()) {
                painter.end();
                file.cancelWriting();
                return makeError(QStringLiteral("%1: cancelled; nothing was written").arg(path));
            }
            if (page > 0)
                pdf.newPage();
            painter.save();
            painter.scale(scale, scale);
            pages.paint(painter, page);
            painter.restore();
            progress.setProgress(100 * (page + 1) / pages.pageCount());
        }
        painter.end();
    }
    if (!file.commit())
        return makeError(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

} // namespace prepmark
