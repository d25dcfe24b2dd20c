#include "Session.h"

namespace prepmark {

bool SessionNotes::isEmpty() const
{
    return found.trimmed().isEmpty() && fixed.trimmed().isEmpty() && left.trimmed().isEmpty()
        && questions.trimmed().isEmpty() && references.trimmed().isEmpty();
}

QString SessionNotes::allText() const
{
    QString text;
    auto section = [&](const char *heading, const QString &body) {
        if (body.trimmed().isEmpty())
            return;
        text += QStringLiteral("## %1\n%2\n\n").arg(QString::fromLatin1(heading), body.trimmed());
    };
    section("Found", found);
    section("Fixed", fixed);
    section("Left, and why", left);
    section("Questions for the artist", questions);
    section("References", references);
    return text;
}

const SessionTrack *Session::track(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &tracks[index];
}

SessionTrack *Session::track(const QString &id)
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : &tracks[index];
}

int Session::indexOf(const QString &id) const
{
    for (int i = 0; i < tracks.size(); ++i) {
        if (tracks[i].id == id)
            return i;
    }
    return -1;
}

QVector<SessionTrack> Session::activeTracks() const
{
    QVector<SessionTrack> result;
    for (const SessionTrack &track : tracks) {
        if (!track.removed)
            result << track;
    }
    return result;
}

const QStringList &Session::processingSteps()
{
    static const QStringList steps {
        QStringLiteral("remove_dc"),
        QStringLiteral("notch_hum"),
        QStringLiteral("denoise"),
        QStringLiteral("declick"),
        QStringLiteral("declip"),
        QStringLiteral("convert_rate"),
        QStringLiteral("convert_bit_depth"),
        QStringLiteral("to_mono"),
        QStringLiteral("mono_from_left"),
        QStringLiteral("mono_from_right"),
    };
    return steps;
}

} // namespace prepmark
