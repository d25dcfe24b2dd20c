#include "SessionDocument.h"

#include "MarkerListCommand.h"
#include "NotesEditCommand.h"
#include "TrackEditCommand.h"
#include "TrackMoveCommand.h"

#include "exercise/InstrumentFamily.h"

#include <QUndoStack>

#include <algorithm>

namespace prepmark {

SessionDocument::SessionDocument(Session session, QObject *parent)
    : QObject(parent), m_session(std::move(session)), m_undo(new QUndoStack(this))
{
}

SessionDocument::~SessionDocument() = default;

QVariant SessionDocument::fieldValue(const SessionTrack &track, TrackField field)
{
    switch (field) {
    case TrackField::Name:
        return track.name;
    case TrackField::Colour:
        return track.colour;
    case TrackField::Family:
        return track.family;
    case TrackField::Group:
        return track.group;
    case TrackField::Bus:
        return track.bus;
    case TrackField::GainDb:
        return track.gainDb;
    case TrackField::Polarity:
        return track.polarityInverted;
    case TrackField::OffsetSamples:
        return track.offsetSamples;
    case TrackField::FadeInSamples:
        return track.fadeInSamples;
    case TrackField::FadeOutSamples:
        return track.fadeOutSamples;
    case TrackField::Keep:
        return track.keep;
    case TrackField::KeepReason:
        return track.keepReason;
    case TrackField::Removed:
        return track.removed;
    }
    return QVariant();
}

QString SessionDocument::notesText(const SessionNotes &notes, NotesSection section)
{
    switch (section) {
    case NotesSection::Found:
        return notes.found;
    case NotesSection::Fixed:
        return notes.fixed;
    case NotesSection::Left:
        return notes.left;
    case NotesSection::Questions:
        return notes.questions;
    case NotesSection::References:
        return notes.references;
    }
    return QString();
}

void SessionDocument::setTrackField(int row, TrackField field, const QVariant &value)
{
    Q_ASSERT(row >= 0 && row < trackCount());
    const SessionTrack &current = m_session.tracks[row];
    QVariant wanted = value;
    if (field == TrackField::GainDb)
        wanted = std::clamp(value.toDouble(), -96.0, 48.0);
    if (field == TrackField::FadeInSamples || field == TrackField::FadeOutSamples)
        wanted = std::max<qint64>(0, value.toLongLong());
    if (fieldValue(current, field) == wanted)
        return;
    if (field == TrackField::Family) {
        const QString oldDefault = InstrumentFamily::defaultColour(current.family);
        const QString newColour = InstrumentFamily::defaultColour(wanted.toString());
        const bool recolour = !newColour.isEmpty() && (current.colour.isEmpty() || current.colour == oldDefault);
        if (recolour && current.colour != newColour) {
            m_undo->beginMacro(tr("Set the family of %1").arg(current.name));
            m_undo->push(
                new TrackEditCommand(this, current.id, TrackField::Family, fieldValue(current, field), wanted));
            m_undo->push(new TrackEditCommand(this, current.id, TrackField::Colour, current.colour, newColour));
            m_undo->endMacro();
            return;
        }
    }
    m_undo->push(new TrackEditCommand(this, current.id, field, fieldValue(current, field), wanted));
}

void SessionDocument::moveTrack(int from, int to)
{
    to = std::clamp(to, 0, trackCount() - 1);
    if (from == to || from < 0 || from >= trackCount())
        return;
    m_undo->push(new TrackMoveCommand(this, from, to, m_session.tracks[from].name));
}

void SessionDocument::pushMarkers(const QVector<SessionMarker> &markers, const QString &text)
{
    if (markers == m_session.markers)
        return;
    m_undo->push(new MarkerListCommand(this, m_session.markers, markers, text));
}

void SessionDocument::addMarker(const QString &name, qint64 positionSamples)
{
    QVector<SessionMarker> markers = m_session.markers;
    markers << SessionMarker {name, std::clamp<qint64>(positionSamples, 0, m_session.lengthSamples)};
    std::stable_sort(markers.begin(), markers.end(),
        [](const SessionMarker &a, const SessionMarker &b) { return a.positionSamples < b.positionSamples; });
    pushMarkers(markers, tr("Add marker %1").arg(name));
}

void SessionDocument::renameMarker(int index, const QString &name)
{
    if (index < 0 || index >= m_session.markers.size())
        return;
    QVector<SessionMarker> markers = m_session.markers;
    markers[index].name = name;
    pushMarkers(markers, tr("Rename marker %1 to %2").arg(m_session.markers[index].name, name));
}

void SessionDocument::moveMarker(int index, qint64 positionSamples)
{
    if (index < 0 || index >= m_session.markers.size())
        return;
    QVector<SessionMarker> markers = m_session.markers;
    markers[index].positionSamples = std::clamp<qint64>(positionSamples, 0, m_session.lengthSamples);
    std::stable_sort(markers.begin(), markers.end(),
        [](const SessionMarker &a, const SessionMarker &b) { return a.positionSamples < b.positionSamples; });
    pushMarkers(markers, tr("Move marker %1").arg(m_session.markers[index].name));
}

void SessionDocument::removeMarker(int index)
{
    if (index < 0 || index >= m_session.markers.size())
        return;
    QVector<SessionMarker> markers = m_session.markers;
    markers.removeAt(index);
    pushMarkers(markers, tr("Remove marker %1").arg(m_session.markers[index].name));
}

void SessionDocument::setNotes(NotesSection section, const QString &text)
{
    if (notesText(m_session.notes, section) == text)
        return;
    m_undo->push(new NotesEditCommand(this, section, notesText(m_session.notes, section), text));
}

int SessionDocument::removeTracks(const QStringList &trackIds, const QString &undoText)
{
    QStringList toRemove;
    for (const QString &id : trackIds) {
        if (const SessionTrack *track = m_session.track(id); track && !track->removed)
            toRemove << id;
    }
    if (toRemove.isEmpty())
        return 0;
    m_undo->beginMacro(undoText);
    for (const QString &id : toRemove)
        m_undo->push(new TrackEditCommand(this, id, TrackField::Removed, false, true));
    m_undo->endMacro();
    return int(toRemove.size());
}

void SessionDocument::applyTrackField(const QString &trackId, TrackField field, const QVariant &value)
{
    const int row = m_session.indexOf(trackId);
    Q_ASSERT(row >= 0);
    SessionTrack &track = m_session.tracks[row];
    switch (field) {
    case TrackField::Name:
        track.name = value.toString();
        break;
    case TrackField::Colour:
        track.colour = value.toString();
        break;
    case TrackField::Family:
        track.family = value.toString();
        break;
    case TrackField::Group:
        track.group = value.toString();
        break;
    case TrackField::Bus:
        track.bus = value.toString();
        break;
    case TrackField::GainDb:
        track.gainDb = value.toDouble();
        break;
    case TrackField::Polarity:
        track.polarityInverted = value.toBool();
        break;
    case TrackField::OffsetSamples:
        track.offsetSamples = value.toLongLong();
        break;
    case TrackField::FadeInSamples:
        track.fadeInSamples = value.toLongLong();
        break;
    case TrackField::FadeOutSamples:
        track.fadeOutSamples = value.toLongLong();
        break;
    case TrackField::Keep:
        track.keep = value.toBool();
        break;
    case TrackField::KeepReason:
        track.keepReason = value.toString();
        break;
    case TrackField::Removed:
        track.removed = value.toBool();
        break;
    }
    emit trackChanged(row);
    emit changed();
}

void SessionDocument::applyMove(int from, int to)
{
    emit trackAboutToMove(from, to);
    m_session.tracks.move(from, to);
    emit trackMoved(from, to);
    emit changed();
}

void SessionDocument::applyMarkers(const QVector<SessionMarker> &markers)
{
    m_session.markers = markers;
    emit markersChanged();
    emit changed();
}

void SessionDocument::applyNotes(NotesSection section, const QString &text)
{
    SessionNotes &notes = m_session.notes;
    switch (section) {
    case NotesSection::Found:
        notes.found = text;
        break;
    case NotesSection::Fixed:
        notes.fixed = text;
        break;
    case NotesSection::Left:
        notes.left = text;
        break;
    case NotesSection::Questions:
        notes.questions = text;
        break;
    case NotesSection::References:
        notes.references = text;
        break;
    }
    emit notesChanged(section);
    emit changed();
}

} // namespace prepmark
