#include "TrackTableDelegate.h"

#include "TrackTableModel.h"

#include "exercise/InstrumentFamily.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPainter>
#include <QPixmap>
#include <QSpinBox>

#include <limits>

namespace prepmark {

namespace {
QIcon swatch(const QString &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(0, 0, 0, 60));
    painter.setBrush(QColor(colour));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 3, 3);
    return QIcon(pixmap);
}
} // namespace

TrackTableDelegate::TrackTableDelegate(QObject *parent) : QStyledItemDelegate(parent) { }

QWidget *TrackTableDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    switch (index.column()) {
    case TrackTableModel::FamilyColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(none)"), QString());
        for (const QString &key : InstrumentFamily::keys())
            combo->addItem(swatch(InstrumentFamily::defaultColour(key)), InstrumentFamily::displayName(key), key);
        return combo;
    }
    case TrackTableModel::ColourColumn: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(no colour)"), QString());
        for (const QString &key : InstrumentFamily::keys()) {
            const QString colour = InstrumentFamily::defaultColour(key);
            combo->addItem(swatch(colour), tr("%1 (%2)").arg(InstrumentFamily::displayName(key), colour), colour);
        }
        return combo;
    }
    case TrackTableModel::GainColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(-96.0, 48.0);
        spin->setDecimals(1);
        spin->setSingleStep(0.5);
        spin->setSuffix(tr(" dB"));
        return spin;
    }
    case TrackTableModel::OffsetColumn: {
        auto *spin = new QSpinBox(parent);
        spin->setRange(std::numeric_limits<int>::min() / 2, std::numeric_limits<int>::max() / 2);
        spin->setSuffix(tr(" smp"));
        return spin;
    }
    case TrackTableModel::FadeInColumn:
    case TrackTableModel::FadeOutColumn: {
        auto *spin = new QDoubleSpinBox(parent);
        spin->setRange(0.0, 60000.0);
        spin->setDecimals(1);
        spin->setSingleStep(5.0);
        spin->setSuffix(tr(" ms"));
        return spin;
    }
    default:
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
}

void TrackTableDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findData(value.toString());
        if (found < 0 && !value.toString().isEmpty()) {
            combo->addItem(swatch(value.toString()), value.toString(), value.toString());
            combo->setCurrentIndex(combo->count() - 1);
        } else {
            combo->setCurrentIndex(std::max(0, found));
        }
    } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        spin->setValue(value.toDouble());
    } else if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(int(value.toLongLong()));
    } else {
        QStyledItemDelegate::setEditorData(editor, index);
    }
}

void TrackTableDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor))
        model->setData(index, spin->value(), Qt::EditRole);
    else if (auto *spin = qobject_cast<QSpinBox *>(editor))
        model->setData(index, qint64(spin->value()), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace prepmark
