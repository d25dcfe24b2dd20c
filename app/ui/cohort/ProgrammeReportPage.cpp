#include "ProgrammeReportPage.h"

#include "ui/common/ProgressDialogReporter.h"
#include "ui/common/ReportPreviewWidget.h"

#include "reports/ProgrammeReportCsv.h"
#include "reports/ProgrammeReportDocument.h"
#include "reports/ProgrammeReportHtml.h"
#include "reports/ReportPdfWriter.h"

#include "storage/ProgrammeRepository.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace prepmark {

ProgrammeReportPage::ProgrammeReportPage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("programmeReport"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_programmeLabel = new QLabel(this);
    m_programme = new QComboBox(this);
    m_programme->setObjectName(QStringLiteral("programmePicker"));
    m_programme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_programmeLabel->setBuddy(m_programme);
    m_pdf = new QPushButton(this);
    m_csv = new QPushButton(this);
    m_html = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("exportPdf"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_html->setObjectName(QStringLiteral("exportHtml"));
    bar->addWidget(m_programmeLabel);
    bar->addWidget(m_programme);
    bar->addStretch();
    bar->addWidget(m_pdf);
    bar->addWidget(m_csv);
    bar->addWidget(m_html);
    layout->addLayout(bar);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("programmeReportStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_preview = new ReportPreviewWidget(this);
    layout->addWidget(m_preview, 1);

    connect(m_pdf, &QPushButton::clicked, this, [this] { askAndExport(Format::Pdf); });
    connect(m_csv, &QPushButton::clicked, this, [this] { askAndExport(Format::Csv); });
    connect(m_html, &QPushButton::clicked, this, [this] { askAndExport(Format::Html); });
    connect(m_programme, &QComboBox::currentIndexChanged, this, [this] { reload(); });

    const QSignalBlocker blocker(m_programme);
    if (const auto programmes = ProgrammeRepository(context.database.connection(), context.actor).programmes()) {
        for (const ProgrammeRecord &p : *programmes)
            m_programme->addItem(QStringLiteral("%1 — %2").arg(p.code, p.name), p.code);
    }
    retranslate();
    reload();
}

void ProgrammeReportPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload(); // the preview is drawn in the language and locale
    }
    QWidget::changeEvent(event);
}

void ProgrammeReportPage::retranslate()
{
    m_programmeLabel->setText(tr("&Programme:"));
    m_pdf->setText(tr("Export &PDF…"));
    m_csv->setText(tr("Export C&SV…"));
    m_html->setText(tr("Export &HTML…"));
    m_pdf->setToolTip(tr("The report as printed: title page, charts, tables, page numbers."));
    m_csv->setToolTip(tr("One row per cohort and dimension, for spreadsheets."));
    m_html->setToolTip(tr("One self-contained web page."));
}

void ProgrammeReportPage::reload()
{
    m_hasReport = false;
    for (QPushButton *button : {m_pdf, m_csv, m_html})
        button->setEnabled(false);
    if (m_programme->currentIndex() < 0) {
        m_status->setText(tr("There is no programme in this database yet."));
        m_preview->clear();
        return;
    }
    const Result<ProgrammeReport> report = ProgrammeReportBuilder::build(
        m_context.database.connection(), m_context.actor, m_programme->currentData().toString());
    if (!report) {
        m_status->setText(report.errorMessage());
        m_preview->clear();
        return;
    }
    m_report = *report;
    m_hasReport = true;
    for (QPushButton *button : {m_pdf, m_csv, m_html})
        button->setEnabled(true);
    const QLocale locale;
    m_status->setText(tr("%1 cohorts, %2 released results of assessed assignments, %3 adequate; %4 masked failures.")
                          .arg(locale.toString(m_report.cohorts.size()), locale.toString(m_report.total.results),
                              locale.toString(m_report.total.adequate), locale.toString(m_report.total.masked)));
    m_preview->showDocument(ProgrammeReportDocument::build(m_report), &m_charts);
}

Status ProgrammeReportPage::exportTo(Format format, const QString &path, ProgressReporter &progress)
{
    if (!m_hasReport)
        return makeError(tr("There is no report to export."));
    if (format == Format::Pdf)
        return ReportPdfWriter::write(ProgrammeReportDocument::build(m_report), &m_charts, path,
            ProgrammeReportDocument::title() + QStringLiteral(" — ") + m_report.programme.code, progress);
    const QByteArray bytes
        = format == Format::Csv ? programmeReportCsv(m_report) : ProgrammeReportHtml::write(m_report).toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

void ProgrammeReportPage::askAndExport(Format format)
{
    const QString suffix = format == Format::Pdf ? QStringLiteral("pdf")
        : format == Format::Csv                  ? QStringLiteral("csv")
                                                 : QStringLiteral("html");
    const QString filter = format == Format::Pdf ? tr("PDF documents (*.pdf)")
        : format == Format::Csv                  ? tr("CSV files (*.csv)")
                                                 : tr("Web pages (*.html)");
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/')
        + tr("programme-report-%1").arg(m_report.programme.code) + QLatin1Char('.') + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the programme report"), suggested, filter);
    if (path.isEmpty())
        return;
    Status written;
    if (format == Format::Pdf) {
        ProgressDialogReporter progress(tr("Writing the programme report…"), this);
        written = exportTo(format, path, progress);
        if (!written && progress.wasCancelled()) {
            m_status->setText(tr("Export cancelled; nothing was written."));
            return;
        }
    } else {
        written = exportTo(format, path);
    }
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.errorMessage());
        return;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace prepmark
