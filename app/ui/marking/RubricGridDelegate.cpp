#include "RubricGridDelegate.h"

#include "RubricGridModel.h"

#include <QAbstractItemView>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

namespace prepmark {

namespace {
const QColor kChosen(0x1f, 0x5f, 0xa8);
const QColor kProvisional(0xc7, 0x7c, 0x02);
const QColor kCard(0xfa, 0xfb, 0xfc);
const QColor kCardBorder(0xd5, 0xda, 0xe1);

// Draws text word-wrapped into rect, eliding the last visible line.
void drawWrapped(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font)
{
    const QFontMetricsF metrics(font);
    QTextLayout layout(text, font);
    layout.beginLayout();
    qreal y = rect.top();
    QVector<QPair<QTextLine, QPointF>> lines;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        if (y + 2 * metrics.lineSpacing() > rect.bottom() + 0.5) {
            // Last line that fits: elide the rest of the text into it.
            const QString rest = text.mid(line.textStart());
            layout.endLayout();
            for (const auto &[l, at] : lines)
                l.draw(painter, at);
            painter->setFont(font);
            painter->drawText(QPointF(rect.left(), y + metrics.ascent()),
                metrics.elidedText(rest.simplified(), Qt::ElideRight, rect.width()));
            return;
        }
        lines.append({line, QPointF(rect.left(), y)});
        y += metrics.lineSpacing();
    }
    layout.endLayout();
    for (const auto &[l, at] : lines)
        l.draw(painter, at);
}
} // namespace

void RubricGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(RubricGridModel::RowKindRole).toInt() == RubricGridModel::DimensionRow) {
        QStyleOptionViewItem header(option);
        header.state &= ~QStyle::State_Selected;
        header.state &= ~QStyle::State_HasFocus;
        QStyledItemDelegate::paint(painter, header, index);
        return;
    }
    if (index.column() == 0)
        paintCriterion(painter, option, index);
    else
        paintLevel(painter, option, index);
}

void RubricGridDelegate::paintCriterion(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    const QStringList parts = index.data(Qt::DisplayRole).toString().split(QLatin1Char('\n'));
    const QRect area = option.rect.adjusted(10, 8, -6, -6);
    QFont name = option.font;
    name.setBold(true);
    const QVariant foreground = index.data(Qt::ForegroundRole);
    painter->setPen(option.palette.color(QPalette::Text));
    drawWrapped(painter, QRectF(area.left(), area.top(), area.width(), area.height() - 18), parts.value(0), name);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.9);
    painter->setFont(small);
    painter->setPen(
        foreground.isValid() ? foreground.value<QBrush>().color() : option.palette.color(QPalette::PlaceholderText));
    painter->drawText(QRect(area.left(), area.bottom() - 16, area.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(small).elidedText(parts.value(1), Qt::ElideRight, area.width()));
    painter->restore();
}

void RubricGridDelegate::paintLevel(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool chosen = index.data(RubricGridModel::ChosenRole).toBool();
    const bool provisional = index.data(RubricGridModel::ProvisionalRole).toBool();
    const auto *view = qobject_cast<const QAbstractItemView *>(option.widget);
    const bool current = view && view->currentIndex() == index && view->hasFocus();
    const QRectF card = QRectF(option.rect).adjusted(3, 4, -3, -4);

    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    painter->fillPath(path, chosen ? kChosen : kCard);
    QPen border(chosen ? kChosen.darker(120) : kCardBorder, 1);
    if (provisional) {
        border = QPen(kProvisional, 2, Qt::DashLine);
    }
    painter->setPen(border);
    painter->drawPath(path);
    if (current) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->drawRoundedRect(card.adjusted(-2, -2, 2, 2), 7, 7);
    }

    const QColor text = chosen ? QColor(Qt::white) : option.palette.color(QPalette::Text);
    QFont title = option.font;
    title.setBold(true);
    const QFontMetricsF titleMetrics(title);
    const QRectF inner = card.adjusted(8, 5, -8, -4);
    painter->setFont(title);
    painter->setPen(text);
    const int level = index.data(RubricGridModel::LevelRole).toInt();
    painter->drawText(QPointF(inner.left(), inner.top() + titleMetrics.ascent()),
        chosen ? QStringLiteral("✓ %1").arg(level) : QLocale().toString(level));
    if (provisional) {
        QFont tag = option.font;
        tag.setPointSizeF(tag.pointSizeF() * 0.75);
        tag.setBold(true);
        const QString label = tr("AUTO");
        const QFontMetricsF tagMetrics(tag);
        const QRectF box(inner.right() - tagMetrics.horizontalAdvance(label) - 8, inner.top(),
            tagMetrics.horizontalAdvance(label) + 8, tagMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(chosen ? QColor(Qt::white) : kProvisional);
        painter->drawRoundedRect(box, 3, 3);
        painter->setFont(tag);
        painter->setPen(chosen ? kChosen : QColor(Qt::white));
        painter->drawText(box, Qt::AlignCenter, label);
    }
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.82);
    painter->setPen(chosen ? QColor(0xe8, 0xf0, 0xfa) : option.palette.color(QPalette::PlaceholderText).darker(130));
    drawWrapped(painter,
        QRectF(inner.left(), inner.top() + titleMetrics.height() + 2, inner.width(),
            inner.height() - titleMetrics.height() - 2),
        index.data(Qt::DisplayRole).toString(), small);
    painter->restore();
}

} // namespace prepmark
