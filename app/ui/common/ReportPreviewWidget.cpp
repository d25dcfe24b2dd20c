#include "ReportPreviewWidget.h"

#include "reports/ReportPagePainter.h"

#include <QGraphicsDropShadowEffect>
#include <QLabel>
#include <QVBoxLayout>

namespace prepmark {

ReportPreviewWidget::ReportPreviewWidget(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reportPreview"));
    m_desk = new QWidget(this);
    m_desk->setAutoFillBackground(true);
    QPalette desk = m_desk->palette();
    desk.setColor(QPalette::Window, QColor(0x8a, 0x90, 0x98));
    m_desk->setPalette(desk);
    m_layout = new QVBoxLayout(m_desk);
    m_layout->setSpacing(14);
    m_layout->setContentsMargins(16, 16, 16, 16);
    m_layout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setWidget(m_desk);
    setWidgetResizable(true);
}

void ReportPreviewWidget::clear()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pages = 0;
}

void ReportPreviewWidget::showDocument(const ReportDocument &document, const ChartPainter *charts)
{
    clear();
    const ReportPagePainter painter(document, charts);
    const int width = std::max(600, std::min(900, viewport()->width() - 48));
    const qreal ratio = devicePixelRatioF();
    for (int page = 0; page < painter.pageCount(); ++page) {
        QImage image = painter.image(page, int(width * ratio));
        image.setDevicePixelRatio(ratio);
        auto *label = new QLabel(m_desk);
        label->setObjectName(QStringLiteral("reportPage%1").arg(page + 1));
        label->setPixmap(QPixmap::fromImage(image));
        label->setAccessibleName(tr("Page %1 of %2").arg(page + 1).arg(painter.pageCount()));
        auto *shadow = new QGraphicsDropShadowEffect(label);
        shadow->setBlurRadius(12);
        shadow->setOffset(0, 2);
        label->setGraphicsEffect(shadow);
        m_layout->addWidget(label, 0, Qt::AlignHCenter);
    }
    m_pages = painter.pageCount();
}

} // namespace prepmark
