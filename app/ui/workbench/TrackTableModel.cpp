#include "TrackTableModel.h"

#include "SessionDocument.h"

#include "exercise/InstrumentFamily.h"

#include <QColor>
#include <QFont>
#include <QMimeData>

#include <cmath>

namespace prepmark {

namespace {
const QString kRowMime = QStringLiteral("application/x-prepmark-track-row");
using Field = SessionDocument::TrackField;

// The document field a column edits; Name for the columns that have none.
bool fieldOf(int column, Field &field)
{
    switch (column) {
    case TrackTableModel::NameColumn:
        field = Field::Name;
        return true;
    case TrackTableModel::FamilyColumn:
        field = Field::Family;
        return true;
    case TrackTableModel::ColourColumn:
        field = Field::Colour;
        return true;
    case TrackTableModel::GroupColumn:
        field = Field::Group;
        return true;
    case TrackTableModel::BusColumn:
        field = Field::Bus;
        return true;
    case TrackTableModel::PolarityColumn:
        field = Field::Polarity;
        return true;
    case TrackTableModel::GainColumn:
        field = Field::GainDb;
        return true;
    case TrackTableModel::OffsetColumn:
        field = Field::OffsetSamples;
        return true;
    case TrackTableModel::FadeInColumn:
        field = Field::FadeInSamples;
        return true;
    case TrackTableModel::FadeOutColumn:
        field = Field::FadeOutSamples;
        return true;
    case TrackTableModel::KeepColumn:
        field = Field::Keep;
        return true;
    case TrackTableModel::ReasonColumn:
        field = Field::KeepReason;
        return true;
    case TrackTableModel::RemovedColumn:
        field = Field::Removed;
        return true;
    default:
        return false;
    }
}

bool isCheckColumn(int column)
{
    return column == TrackTableModel::MuteColumn || column == TrackTableModel::SoloColumn
        || column == TrackTableModel::PolarityColumn || column == TrackTableModel::KeepColumn
        || column == TrackTableModel::RemovedColumn;
}
} // namespace

TrackTableModel::TrackTableModel(SessionDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &SessionDocument::trackChanged, this,
        [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    connect(document, &SessionDocument::trackAboutToMove, this,
        [this](int from, int to) { beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to); });
    connect(document, &SessionDocument::trackMoved, this, [this] { endMoveRows(); });
}

void TrackTableModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TrackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->trackCount();
}

int TrackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TrackTableModel::isAudible(const QString &trackId) const
{
    const SessionTrack *track = m_document->session().track(trackId);
    if (!track || track->removed || m_muted.contains(trackId))
        return false;
    return m_soloed.isEmpty() || m_soloed.contains(trackId);
}

double TrackTableModel::samplesToMs(qint64 samples) const
{
    return double(samples) * 1000.0 / m_document->session().sampleRate;
}

qint64 TrackTableModel::msToSamples(double ms) const
{
    return std::llround(ms * m_document->session().sampleRate / 1000.0);
}

QVariant TrackTableModel::displayData(int row, int column) const
{
    const SessionTrack &track = m_document->track(row);
    switch (column) {
    case NameColumn:
        return track.name;
    case FamilyColumn:
        return InstrumentFamily::displayName(track.family);
    case ColourColumn:
        return track.colour;
    case GroupColumn:
        return track.group;
    case BusColumn:
        return track.bus;
    case GainColumn:
        return tr("%1 dB").arg(track.gainDb == 0.0 ? QStringLiteral("0.0") : QString::asprintf("%+.1f", track.gainDb));
    case OffsetColumn:
        return track.offsetSamples == 0
            ? QStringLiteral("0")
            : tr("%1 smp (%2 ms)").arg(track.offsetSamples).arg(samplesToMs(track.offsetSamples), 0, 'f', 2);
    case FadeInColumn:
        return track.fadeInSamples == 0 ? QString() : tr("%1 ms").arg(samplesToMs(track.fadeInSamples), 0, 'f', 1);
    case FadeOutColumn:
        return track.fadeOutSamples == 0 ? QString() : tr("%1 ms").arg(samplesToMs(track.fadeOutSamples), 0, 'f', 1);
    case ReasonColumn:
        return track.keepReason;
    default:
        return QVariant();
    }
}

QVariant TrackTableModel::editData(int row, int column) const
{
    const SessionTrack &track = m_document->track(row);
    switch (column) {
    case FamilyColumn:
        return track.family;
    case GainColumn:
        return track.gainDb;
    case OffsetColumn:
        return track.offsetSamples;
    case FadeInColumn:
        return samplesToMs(track.fadeInSamples);
    case FadeOutColumn:
        return samplesToMs(track.fadeOutSamples);
    default:
        return displayData(row, column);
    }
}

QVariant TrackTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int row = index.row();
    const int column = index.column();
    const SessionTrack &track = m_document->track(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, column);
    case Qt::EditRole:
        return editData(row, column);
    case Qt::CheckStateRole:
        switch (column) {
        case MuteColumn:
            return m_muted.contains(track.id) ? Qt::Checked : Qt::Unchecked;
        case SoloColumn:
            return m_soloed.contains(track.id) ? Qt::Checked : Qt::Unchecked;
        case PolarityColumn:
            return track.polarityInverted ? Qt::Checked : Qt::Unchecked;
        case KeepColumn:
            return track.keep ? Qt::Checked : Qt::Unchecked;
        case RemovedColumn:
            return track.removed ? Qt::Checked : Qt::Unchecked;
        default:
            return QVariant();
        }
    case Qt::DecorationRole:
        if ((column == NameColumn || column == ColourColumn) && isHexColour(track.colour))
            return QColor(track.colour);
        return QVariant();
    case Qt::ForegroundRole:
        return track.removed ? QVariant(QColor(0x9a, 0xa0, 0xa6)) : QVariant();
    case Qt::FontRole:
        if (track.removed && column == NameColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("%1 — file %2 (delivered as \"%3\")").arg(track.name, track.file, track.id);
        return QVariant();
    case TrackIdRole:
        return track.id;
    default:
        return QVariant();
    }
}

QVariant TrackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[ColumnCount] = {
        QT_TR_NOOP("M"),
        QT_TR_NOOP("S"),
        QT_TR_NOOP("Track"),
        QT_TR_NOOP("Family"),
        QT_TR_NOOP("Colour"),
        QT_TR_NOOP("Folder"),
        QT_TR_NOOP("Bus"),
        QT_TR_NOOP("Ø"),
        QT_TR_NOOP("Clip gain"),
        QT_TR_NOOP("Offset"),
        QT_TR_NOOP("Fade in"),
        QT_TR_NOOP("Fade out"),
        QT_TR_NOOP("Keep"),
        QT_TR_NOOP("Why it is kept"),
        QT_TR_NOOP("Removed"),
    };
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("Mute for playback (not part of the preparation)"),
        QT_TR_NOOP("Solo for playback (not part of the preparation)"),
        QT_TR_NOOP("Track name; drag a row to reorder the session"),
        QT_TR_NOOP("Instrument family: sets the colour from the family palette"),
        QT_TR_NOOP("Track colour"),
        QT_TR_NOOP("Folder or group the track sits in"),
        QT_TR_NOOP("Bus the track is routed to (empty: the mix bus)"),
        QT_TR_NOOP("Polarity flipped"),
        QT_TR_NOOP("Clip gain in dB"),
        QT_TR_NOOP("Time offset in samples (and milliseconds); negative moves earlier"),
        QT_TR_NOOP("Fade at the start of the audio"),
        QT_TR_NOOP("Fade at the end of the audio"),
        QT_TR_NOOP("Keep — this is intentional (the brief asks for it)"),
        QT_TR_NOOP("Why the track's character is kept, for the mix engineer"),
        QT_TR_NOOP("Removed from the session (empty, duplicate or unused)"),
    };
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return QVariant();
}

bool TrackTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const int row = index.row();
    const int column = index.column();
    const QString id = m_document->track(row).id;
    if (role == Qt::CheckStateRole && (column == MuteColumn || column == SoloColumn)) {
        QSet<QString> &set = column == MuteColumn ? m_muted : m_soloed;
        if (value.toInt() == Qt::Checked)
            set.insert(id);
        else
            set.remove(id);
        emit dataChanged(index, index, {Qt::CheckStateRole});
        emit monitoringChanged();
        return true;
    }
    if (m_readOnly)
        return false;
    Field field;
    if (!fieldOf(column, field))
        return false;
    if (role == Qt::CheckStateRole && isCheckColumn(column)) {
        m_document->setTrackField(row, field, value.toInt() == Qt::Checked);
        return true;
    }
    if (role != Qt::EditRole || isCheckColumn(column))
        return false;
    switch (column) {
    case NameColumn:
        if (value.toString().trimmed().isEmpty())
            return false;
        m_document->setTrackField(row, field, value.toString().trimmed());
        return true;
    case ColourColumn:
        if (!value.toString().isEmpty() && !isHexColour(value.toString()))
            return false;
        m_document->setTrackField(row, field, value.toString().toLower());
        return true;
    case FamilyColumn:
        if (!value.toString().isEmpty() && !InstrumentFamily::isKey(value.toString()))
            return false;
        m_document->setTrackField(row, field, value.toString());
        return true;
    case GainColumn:
        m_document->setTrackField(row, field, value.toDouble());
        return true;
    case OffsetColumn:
        m_document->setTrackField(row, field, value.toLongLong());
        return true;
    case FadeInColumn:
    case FadeOutColumn:
        m_document->setTrackField(row, field, msToSamples(value.toDouble()));
        return true;
    default:
        m_document->setTrackField(row, field, value.toString().trimmed());
        return true;
    }
}

Qt::ItemFlags TrackTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_readOnly ? Qt::NoItemFlags : Qt::ItemIsDropEnabled;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (column == MuteColumn || column == SoloColumn)
        return result | Qt::ItemIsUserCheckable;
    if (m_readOnly)
        return result;
    result |= Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    if (isCheckColumn(column))
        return result | Qt::ItemIsUserCheckable;
    return result | Qt::ItemIsEditable;
}

Qt::DropActions TrackTableModel::supportedDropActions() const
{
    return m_readOnly ? Qt::IgnoreAction : Qt::MoveAction;
}

QStringList TrackTableModel::mimeTypes() const
{
    return {kRowMime};
}

QMimeData *TrackTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(kRowMime, QByteArray::number(indexes.first().row()));
    return data;
}

bool TrackTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const
{
    return !m_readOnly && action == Qt::MoveAction && data && data->hasFormat(kRowMime);
}

bool TrackTableModel::dropMimeData(
    const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, 0, parent))
        return false;
    bool ok = false;
    const int from = data->data(kRowMime).toInt(&ok);
    if (!ok || from < 0 || from >= rowCount())
        return false;
    // Dropped between rows (row: the one it goes before), onto a row (parent: it takes
    // that row's place), or below the last row.
    int target = rowCount() - 1;
    if (row >= 0)
        target = row > from ? row - 1 : row;
    else if (parent.isValid())
        target = parent.row();
    m_document->moveTrack(from, target);
    // The move is done; returning false stops the view from removing the source row.
    return false;
}

} // namespace prepmark
