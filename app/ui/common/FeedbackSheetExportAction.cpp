#include "FeedbackSheetExportAction.h"

#include "ProgressDialogReporter.h"

#include "reports/FeedbackSheetExporter.h"

#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace prepmark {

void FeedbackSheetExportAction::exportAssignment(QWidget *parent, const UserContext &context, qint64 assignmentId)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, tr("Folder for the feedback sheets"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    ProgressDialogReporter progress(tr("Writing feedback sheets…"), parent);
    const Result<FeedbackSheetBatch> batch = FeedbackSheetExporter::exportAssignment(
        context.database.connection(), context.actor, assignmentId, folder, progress);
    if (!batch) {
        QMessageBox::warning(parent, tr("Feedback sheets"), batch.errorMessage());
        return;
    }
    if (batch->cancelled)
        QMessageBox::information(parent, tr("Feedback sheets"),
            tr("Cancelled after %1 of %2 sheets; the sheets written are complete.")
                .arg(batch->files.size())
                .arg(batch->released));
    else if (batch->released == 0)
        QMessageBox::information(parent, tr("Feedback sheets"), tr("No result of this assignment is released yet."));
    else
        QMessageBox::information(parent, tr("Feedback sheets"),
            tr("%n feedback sheet(s) written to %1.", nullptr, int(batch->files.size()))
                .arg(QDir::toNativeSeparators(folder)));
}

void FeedbackSheetExportAction::exportSubmission(QWidget *parent, const UserContext &context, qint64 submissionId)
{
    const Result<FeedbackSheet> sheet
        = FeedbackSheetBuilder::forSubmission(context.database.connection(), context.actor, submissionId);
    if (!sheet) {
        QMessageBox::warning(parent, tr("Feedback sheet"), sheet.errorMessage());
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + FeedbackSheetExporter::fileName(0, *sheet).mid(2);
    const QString path
        = QFileDialog::getSaveFileName(parent, tr("Save the feedback sheet"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status written = FeedbackSheetExporter::write(*sheet, path); !written)
        QMessageBox::warning(parent, tr("Feedback sheet"), written.errorMessage());
}

} // namespace prepmark
