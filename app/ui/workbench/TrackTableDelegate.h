#pragma once

#include <QStyledItemDelegate>

namespace prepmark {

// Editors of the track table: the family and palette colours as pick lists, clip gain
// in dB, the offset in samples, fades in milliseconds.
class TrackTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TrackTableDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace prepmark
