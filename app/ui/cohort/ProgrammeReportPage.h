#pragma once

#include "ui/common/UserContext.h"

#include "core/ProgressReporter.h"
#include "core/Result.h"
#include "reports/ProgrammeReport.h"
#include "reports/charts/QtChartsPainter.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace prepmark {

class ReportPreviewWidget;

// The programme outcome report for programme leaders and admins: pick a programme, see
// the report exactly as its PDF will print (every page), export it as PDF, CSV or HTML.
// The PDF export shows its progress and can be cancelled; an export never leaves a
// half-written file behind.
class ProgrammeReportPage : public QWidget
{
    Q_OBJECT

public:
    enum class Format { Pdf, Csv, Html };

    ProgrammeReportPage(UserContext &context, QWidget *parent = nullptr);

    QComboBox *programmePicker() const { return m_programme; }
    ReportPreviewWidget *preview() const { return m_preview; }
    const ProgrammeReport &report() const { return m_report; }
    // Writes the shown report; the GUI's export buttons ask for the file first.
    Status exportTo(Format format, const QString &path, ProgressReporter &progress = ProgressReporter::none());

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reload();
    void askAndExport(Format format);

    UserContext &m_context;
    ProgrammeReport m_report;
    bool m_hasReport = false;
    QtChartsPainter m_charts;
    QLabel *m_programmeLabel = nullptr;
    QComboBox *m_programme = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_html = nullptr;
    QLabel *m_status = nullptr;
    ReportPreviewWidget *m_preview = nullptr;
};

} // namespace prepmark
