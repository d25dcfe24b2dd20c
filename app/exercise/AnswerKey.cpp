#include "AnswerKey.h"

#include <array>

namespace prepmark {
namespace {

constexpr std::array<std::pair<NoteTopic::Kind, const char *>, 5> kTopicKinds {{
    {NoteTopic::Kind::Found, "found"},
    {NoteTopic::Kind::Fixed, "fixed"},
    {NoteTopic::Kind::Kept, "kept"},
    {NoteTopic::Kind::Question, "question"},
    {NoteTopic::Kind::Reference, "reference"},
}};

} // namespace

QString noteTopicKindKey(NoteTopic::Kind kind)
{
    for (const auto &[k, key] : kTopicKinds) {
        if (k == kind)
            return QString::fromLatin1(key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<NoteTopic::Kind> noteTopicKindFromKey(const QString &key)
{
    for (const auto &[k, name] : kTopicKinds) {
        if (key == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

const ExpectedTrack *AnswerKey::forTrack(const QString &trackId) const
{
    for (const ExpectedTrack &track : tracks) {
        if (track.trackId == trackId)
            return &track;
    }
    return nullptr;
}

QStringList AnswerKey::expectedOrder() const
{
    QStringList order;
    for (const ExpectedTrack &track : tracks) {
        if (!track.remove)
            order << track.trackId;
    }
    return order;
}

QStringList AnswerKey::groups() const
{
    QStringList result;
    for (const ExpectedTrack &track : tracks) {
        if (!track.remove && !track.group.isEmpty() && !result.contains(track.group))
            result << track.group;
    }
    return result;
}

QStringList AnswerKey::buses() const
{
    QStringList result;
    for (const ExpectedTrack &track : tracks) {
        if (!track.remove && !track.bus.isEmpty() && !result.contains(track.bus))
            result << track.bus;
    }
    return result;
}

QStringList AnswerKey::groupMembers(const QString &group) const
{
    QStringList result;
    for (const ExpectedTrack &track : tracks) {
        if (!track.remove && track.group == group)
            result << track.trackId;
    }
    return result;
}

QStringList AnswerKey::busMembers(const QString &bus) const
{
    QStringList result;
    for (const ExpectedTrack &track : tracks) {
        if (!track.remove && track.bus == bus)
            result << track.trackId;
    }
    return result;
}

QVector<NoteTopic> AnswerKey::topicsOfKind(NoteTopic::Kind kind) const
{
    QVector<NoteTopic> result;
    for (const NoteTopic &topic : topics) {
        if (topic.kind == kind)
            result << topic;
    }
    return result;
}

} // namespace prepmark
