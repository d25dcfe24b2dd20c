#pragma once

#include <QAbstractTableModel>
#include <QSet>

namespace prepmark {

class SessionDocument;

// The workbench's track table over a SessionDocument: one row per track in session
// order, one column per preparation decision. Edits go to the document (and so onto
// its undo stack); rows can be dragged to reorder the session. Mute and solo are
// monitoring state for playback, not part of the preparation, and are not undoable.
// A read-only table (the marker's session inspector) accepts no edit and no drop.
class TrackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MuteColumn,
        SoloColumn,
        NameColumn,
        FamilyColumn,
        ColourColumn,
        GroupColumn,
        BusColumn,
        PolarityColumn,
        GainColumn,
        OffsetColumn,
        FadeInColumn,
        FadeOutColumn,
        KeepColumn,
        ReasonColumn,
        RemovedColumn,
        ColumnCount
    };
    enum Role { TrackIdRole = Qt::UserRole + 1 };

    explicit TrackTableModel(SessionDocument *document, QObject *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(
        const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    bool isMuted(const QString &trackId) const { return m_muted.contains(trackId); }
    bool isSoloed(const QString &trackId) const { return m_soloed.contains(trackId); }
    // Whether a track is heard: not removed, not muted, and soloed when any track is.
    bool isAudible(const QString &trackId) const;

signals:
    void monitoringChanged();

private:
    QVariant displayData(int row, int column) const;
    QVariant editData(int row, int column) const;
    double samplesToMs(qint64 samples) const;
    qint64 msToSamples(double ms) const;

    SessionDocument *m_document;
    bool m_readOnly = false;
    QSet<QString> m_muted;
    QSet<QString> m_soloed;
};

} // namespace prepmark
