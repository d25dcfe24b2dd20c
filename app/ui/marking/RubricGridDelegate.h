#pragma once

#include <QStyledItemDelegate>

namespace prepmark {

// Paints the rubric grid's level cells as cards: the chosen level filled, the automatic
// provisional level outlined with a dashed "AUTO" tag, the descriptor in small type
// elided to the card (the full text is in the tooltip and the criterion panel), and a
// focus ring on the keyboard's current cell. Criterion and dimension cells are drawn
// as text. Nothing here depends on colour alone: the chosen card also carries a tick.
class RubricGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintLevel(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCriterion(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace prepmark
