#include "TrackEditCommand.h"

#include <QCoreApplication>

namespace prepmark {

namespace {
QString describe(SessionDocument::TrackField field, const QString &track)
{
    using F = SessionDocument::TrackField;
    const char *text = nullptr;
    switch (field) {
    case F::Name:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Rename %1");
        break;
    case F::Colour:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Colour %1");
        break;
    case F::Family:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Set the family of %1");
        break;
    case F::Group:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Group %1");
        break;
    case F::Bus:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Route %1");
        break;
    case F::GainDb:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Clip gain of %1");
        break;
    case F::Polarity:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Flip the polarity of %1");
        break;
    case F::OffsetSamples:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Offset %1");
        break;
    case F::FadeInSamples:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Fade in %1");
        break;
    case F::FadeOutSamples:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Fade out %1");
        break;
    case F::Keep:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Keep %1 as intended");
        break;
    case F::KeepReason:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Reason to keep %1");
        break;
    case F::Removed:
        text = QT_TRANSLATE_NOOP("prepmark::TrackEditCommand", "Remove %1");
        break;
    }
    return QCoreApplication::translate("prepmark::TrackEditCommand", text).arg(track);
}

bool mergeable(SessionDocument::TrackField field)
{
    using F = SessionDocument::TrackField;
    return field == F::GainDb || field == F::OffsetSamples || field == F::FadeInSamples || field == F::FadeOutSamples;
}
} // namespace

TrackEditCommand::TrackEditCommand(
    SessionDocument *document, QString trackId, SessionDocument::TrackField field, QVariant before, QVariant after)
    : m_document(document),
      m_trackId(std::move(trackId)),
      m_field(field),
      m_before(std::move(before)),
      m_after(std::move(after))
{
    const SessionTrack *track = document->session().track(m_trackId);
    setText(describe(field, track ? track->name : m_trackId));
}

void TrackEditCommand::undo()
{
    m_document->applyTrackField(m_trackId, m_field, m_before);
}

void TrackEditCommand::redo()
{
    m_document->applyTrackField(m_trackId, m_field, m_after);
}

int TrackEditCommand::id() const
{
    return mergeable(m_field) ? 1000 + int(m_field) : -1;
}

bool TrackEditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *edit = static_cast<const TrackEditCommand *>(other);
    if (edit->m_trackId != m_trackId || edit->m_field != m_field)
        return false;
    m_after = edit->m_after;
    return true;
}

} // namespace prepmark
