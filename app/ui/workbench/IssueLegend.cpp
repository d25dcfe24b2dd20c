#include "IssueLegend.h"

#include <QPainter>

namespace prepmark {

IssueLegend::IssueLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("issueLegend"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setFixedHeight(28);
}

QSize IssueLegend::sizeHint() const
{
    return QSize(900, 28);
}

void IssueLegend::setIssues(const TrackIssueMap &issues, const QString &caption)
{
    m_issues = issues;
    m_caption = caption;
    update();
}

void IssueLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), QColor(0xf4, 0xf6, 0xf8));
    painter.setPen(QColor(0xd5, 0xda, 0xdf));
    painter.drawLine(0, 0, width(), 0);
    int x = 10;
    const int mid = height() / 2;
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.setPen(QColor(0x2d, 0x34, 0x3b));
    const QString title = m_caption.isEmpty() ? tr("Findings") : m_caption;
    painter.drawText(QRect(x, 0, width(), height()), Qt::AlignVCenter | Qt::AlignLeft, title);
    x += painter.fontMetrics().horizontalAdvance(title) + 16;
    painter.setFont(font());
    using Kind = IssueMark::Kind;
    for (const Kind kind : {Kind::Clip, Kind::Silence, Kind::Click, Kind::Pair, Kind::Noise, Kind::File}) {
        const QString text = tr("%1 (%2)").arg(IssueMark::kindName(kind)).arg(m_issues.count(kind));
        const QColor colour = IssueMark::colour(kind);
        painter.fillRect(QRect(x, mid - 6, 14, 12), colour);
        painter.setPen(m_issues.count(kind) > 0 ? QColor(0x2d, 0x34, 0x3b) : QColor(0x9a, 0xa0, 0xa6));
        painter.drawText(QRect(x + 19, 0, width(), height()), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += 19 + painter.fontMetrics().horizontalAdvance(text) + 18;
    }
    // The hint only where it fits beside the counts, never over them.
    const QString hint = tr("Hover a mark for details");
    if (x + painter.fontMetrics().horizontalAdvance(hint) + 10 <= width()) {
        painter.setPen(QColor(0x5f, 0x69, 0x73));
        painter.drawText(QRect(0, 0, width() - 10, height()), Qt::AlignVCenter | Qt::AlignRight, hint);
    }
}

} // namespace prepmark
