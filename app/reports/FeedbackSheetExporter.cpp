#include "FeedbackSheetExporter.h"

#include "FeedbackSheetDocument.h"
#include "ReportPdfWriter.h"

#include <QDir>
#include <QRegularExpression>

namespace prepmark {

QString FeedbackSheetExporter::fileName(qint64 assignmentId, const FeedbackSheet &sheet)
{
    QString name = sheet.studentName.normalized(QString::NormalizationForm_KD);
    name.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9 _-]")));
    name = name.simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString who = sheet.studentNumber.isEmpty() ? QString::number(sheet.studentId) : sheet.studentNumber;
    return QStringLiteral("%1-%2%3.pdf")
        .arg(assignmentId)
        .arg(who, name.isEmpty() ? QString() : QLatin1Char('-') + name);
}

Status FeedbackSheetExporter::write(const FeedbackSheet &sheet, const QString &path, ProgressReporter &progress)
{
    return ReportPdfWriter::write(FeedbackSheetDocument::build(sheet), nullptr, path,
        FeedbackSheetDocument::tr("Feedback: %1").arg(sheet.assignmentTitle), progress);
}

Result<FeedbackSheetBatch> FeedbackSheetExporter::exportAssignment(const QSqlDatabase &connection, const Actor &actor,
    qint64 assignmentId, const QString &folder, ProgressReporter &progress)
{
    const Result<QVector<FeedbackSheet>> sheets = FeedbackSheetBuilder::forAssignment(connection, actor, assignmentId);
    if (!sheets)
        return sheets.error();
    if (!QDir().mkpath(folder))
        return makeError(QStringLiteral("%1: cannot create the folder").arg(folder));
    FeedbackSheetBatch batch;
    batch.released = int(sheets->size());
    const QDir dir(folder);
    for (int i = 0; i < sheets->size(); ++i) {
        if (progress.wasCancelled()) {
            batch.cancelled = true;
            break;
        }
        const FeedbackSheet &sheet = sheets->at(i);
        progress.setMessage(sheet.studentName);
        const QString path = dir.filePath(fileName(assignmentId, sheet));
        if (const Status written = write(sheet, path); !written)
            return written.error();
        batch.files << path;
        progress.setProgress(100 * (i + 1) / int(sheets->size()));
    }
    return batch;
}

} // namespace prepmark
