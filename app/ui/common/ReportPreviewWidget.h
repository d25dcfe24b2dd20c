#pragma once

#include "reports/ReportDocument.h"

#include <QScrollArea>

class QVBoxLayout;

namespace prepmark {

class ChartPainter;

// Shows a ReportDocument exactly as its PDF will look: every page painted by
// ReportPagePainter into an image, one under the other on a grey desk.
class ReportPreviewWidget : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReportPreviewWidget(QWidget *parent = nullptr);

    // charts may be nullptr for documents without charts; it must outlive the call.
    void showDocument(const ReportDocument &document, const ChartPainter *charts);
    void clear();
    int pageCount() const { return m_pages; }

private:
    QWidget *m_desk = nullptr;
    QVBoxLayout *m_layout = nullptr;
    int m_pages = 0;
};

} // namespace prepmark
