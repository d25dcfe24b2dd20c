#include "HeatmapDelegate.h"

#include "CohortHeatmapModel.h"

#include <QPainter>

#include <algorithm>

namespace prepmark {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor HeatmapDelegate::colourForMargin(double margin, bool near)
{
    if (margin < 0.0)
        return mix(QColor(0xf6, 0xc9, 0xc4), QColor(0xb7, 0x1c, 0x1c), -margin / 1.5);
    if (near)
        return QColor(0xfc, 0xe3, 0x9c);
    return mix(QColor(0xe3, 0xf2, 0xe4), QColor(0x5c, 0xae, 0x60), margin / 2.0);
}

void HeatmapDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant margin = index.data(CohortHeatmapModel::MarginRole);
    if (!margin.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    const double m = margin.toDouble();
    const QColor fill = colourForMargin(m, index.data(CohortHeatmapModel::NearRole).toBool());
    const QRect cell = option.rect.adjusted(1, 1, -1, -1);
    painter->fillRect(cell, fill);
    if (m < 0.0)
        painter->fillRect(cell, QBrush(QColor(0, 0, 0, 60), Qt::BDiagPattern));
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRect(cell.adjusted(1, 1, -1, -1));
    }
    QFont font = option.font;
    font.setBold(m < 0.0);
    painter->setFont(font);
    painter->setPen(fill.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(0x21, 0x21, 0x21));
    painter->drawText(cell, Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    painter->restore();
}

} // namespace prepmark
