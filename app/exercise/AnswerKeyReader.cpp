#include "AnswerKeyReader.h"

#include "InstrumentFamily.h"

#include <QSet>

namespace prepmark {

ExpectedTrack AnswerKeyReader::readTrack(const QJsonValue &value, const QString &path, JsonErrorSink &sink)
{
    ExpectedTrack track;
    if (!value.isObject()) {
        sink.fail(path, QStringLiteral("expected an object"));
        return track;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    track.trackId = reader.requiredString(QStringLiteral("track"));
    if (reader.has(QStringLiteral("remove"))) {
        track.remove = true;
        track.removeReason = reader.requiredString(QStringLiteral("remove"));
        reader.rejectUnknownFields();
        return track;
    }
    track.name = reader.requiredString(QStringLiteral("name"));
    track.family = reader.requiredString(QStringLiteral("family"));
    if (!sink.failed() && !InstrumentFamily::isKey(track.family))
        reader.fail(QStringLiteral("family"),
            QStringLiteral("unknown instrument family \"%1\" (one of: %2)")
                .arg(track.family, InstrumentFamily::keys().join(QStringLiteral(", "))));
    track.colour = reader.optionalString(QStringLiteral("colour"), InstrumentFamily::defaultColour(track.family));
    if (!sink.failed() && !isHexColour(track.colour))
        reader.fail(QStringLiteral("colour"), QStringLiteral("\"%1\" is not a colour like #a0522d").arg(track.colour));
    track.group = reader.optionalString(QStringLiteral("group"));
    track.bus = reader.optionalString(QStringLiteral("bus"));
    track.gainDb = reader.optionalNumber(QStringLiteral("gainDb"), 0.0);
    if (!sink.failed() && (track.gainDb < -40.0 || track.gainDb > 20.0))
        reader.fail(QStringLiteral("gainDb"), QStringLiteral("clip gain %1 dB is outside -40 to 20").arg(track.gainDb));
    reader.rejectUnknownFields();
    return track;
}

ExpectedPair AnswerKeyReader::readPair(
    const QJsonValue &value, const QString &path, const AnswerKey &key, JsonErrorSink &sink)
{
    ExpectedPair pair;
    if (!value.isObject()) {
        sink.fail(path, QStringLiteral("expected an object"));
        return pair;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    pair.a = reader.requiredString(QStringLiteral("a"));
    pair.b = reader.requiredString(QStringLiteral("b"));
    for (const QString &field : {QStringLiteral("a"), QStringLiteral("b")}) {
        const QString id = field == QLatin1String("a") ? pair.a : pair.b;
        const ExpectedTrack *track = key.forTrack(id);
        if (!sink.failed() && (!track || track->remove))
            reader.fail(field, QStringLiteral("\"%1\" is not a track that stays in the session").arg(id));
    }
    if (!sink.failed() && pair.a == pair.b)
        reader.fail(QStringLiteral("b"), QStringLiteral("a pair needs two different tracks"));
    const QString polarity = reader.optionalString(QStringLiteral("polarity"), QStringLiteral("same"));
    if (!sink.failed() && polarity != QLatin1String("same") && polarity != QLatin1String("inverted"))
        reader.fail(QStringLiteral("polarity"), QStringLiteral("polarity is \"same\" or \"inverted\""));
    pair.inverted = polarity == QLatin1String("inverted");
    pair.lagMs = reader.optionalNumber(QStringLiteral("lagMs"), 0.0);
    pair.toleranceMs = reader.optionalNumber(QStringLiteral("toleranceMs"), 0.25);
    if (!sink.failed() && (pair.lagMs < -50.0 || pair.lagMs > 50.0))
        reader.fail(QStringLiteral("lagMs"), QStringLiteral("lag %1 ms is outside -50 to 50").arg(pair.lagMs));
    if (!sink.failed() && !(pair.toleranceMs > 0.0 && pair.toleranceMs <= 5.0))
        reader.fail(QStringLiteral("toleranceMs"), QStringLiteral("tolerance must be above 0 and at most 5 ms"));
    reader.rejectUnknownFields();
    return pair;
}

NoteTopic AnswerKeyReader::readTopic(const QJsonValue &value, const QString &path, JsonErrorSink &sink)
{
    NoteTopic topic;
    if (!value.isObject()) {
        sink.fail(path, QStringLiteral("expected an object"));
        return topic;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    topic.id = reader.requiredString(QStringLiteral("id"));
    const QString kind = reader.requiredString(QStringLiteral("kind"));
    const std::optional<NoteTopic::Kind> parsed = noteTopicKindFromKey(kind);
    if (!sink.failed() && !parsed)
        reader.fail(QStringLiteral("kind"),
            QStringLiteral("\"%1\" is not found, fixed, kept, question or reference").arg(kind));
    topic.kind = parsed.value_or(NoteTopic::Kind::Found);
    topic.text = reader.requiredString(QStringLiteral("text"));
    const QJsonArray keywords = reader.requiredArray(QStringLiteral("keywords"));
    const QString keywordsPath = reader.childPath(QStringLiteral("keywords"));
    if (!sink.failed() && keywords.isEmpty())
        reader.fail(QStringLiteral("keywords"), QStringLiteral("give at least one list of words"));
    for (qsizetype i = 0; i < keywords.size() && !sink.failed(); ++i) {
        const QJsonArray words = keywords[i].toArray();
        if (!keywords[i].isArray() || words.isEmpty()) {
            sink.fail(indexPath(keywordsPath, i), QStringLiteral("expected a non-empty list of words"));
            break;
        }
        QStringList group;
        for (qsizetype w = 0; w < words.size(); ++w) {
            if (!words[w].isString() || words[w].toString().trimmed().isEmpty()) {
                sink.fail(indexPath(indexPath(keywordsPath, i), w), QStringLiteral("expected a word"));
                break;
            }
            group << words[w].toString().trimmed().toLower();
        }
        topic.keywords << group;
    }
    reader.rejectUnknownFields();
    return topic;
}

AnswerKey AnswerKeyReader::read(
    const QJsonObject &object, const QString &path, const Exercise &exercise, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    AnswerKey key;
    const QJsonArray tracks = reader.requiredArray(QStringLiteral("tracks"));
    const QString tracksPath = reader.childPath(QStringLiteral("tracks"));
    QSet<QString> names;
    for (qsizetype i = 0; i < tracks.size() && !sink.failed(); ++i) {
        const QString itemPath = indexPath(tracksPath, i);
        const ExpectedTrack track = readTrack(tracks[i], itemPath, sink);
        if (sink.failed())
            break;
        if (!exercise.track(track.trackId)) {
            sink.fail(
                itemPath + QStringLiteral(".track"), QStringLiteral("no delivered track \"%1\"").arg(track.trackId));
        } else if (key.forTrack(track.trackId)) {
            sink.fail(
                itemPath + QStringLiteral(".track"), QStringLiteral("track \"%1\" is listed twice").arg(track.trackId));
        } else if (!track.remove && names.contains(track.name.toLower())) {
            sink.fail(
                itemPath + QStringLiteral(".name"), QStringLiteral("two tracks would be named \"%1\"").arg(track.name));
        }
        names.insert(track.name.toLower());
        key.tracks << track;
    }
    for (const DeliveredTrack &track : exercise.tracks) {
        if (!sink.failed() && !key.forTrack(track.id))
            reader.fail(QStringLiteral("tracks"), QStringLiteral("delivered track \"%1\" is missing").arg(track.id));
    }

    const QJsonArray pairs = reader.optionalArray(QStringLiteral("pairs"));
    for (qsizetype i = 0; i < pairs.size() && !sink.failed(); ++i)
        key.pairs << readPair(pairs[i], indexPath(reader.childPath(QStringLiteral("pairs")), i), key, sink);

    const QJsonArray topics = reader.requiredArray(QStringLiteral("topics"));
    const QString topicsPath = reader.childPath(QStringLiteral("topics"));
    QSet<QString> topicIds;
    for (qsizetype i = 0; i < topics.size() && !sink.failed(); ++i) {
        const NoteTopic topic = readTopic(topics[i], indexPath(topicsPath, i), sink);
        if (!sink.failed() && topicIds.contains(topic.id))
            sink.fail(indexPath(topicsPath, i) + QStringLiteral(".id"),
                QStringLiteral("duplicate topic id \"%1\"").arg(topic.id));
        topicIds.insert(topic.id);
        key.topics << topic;
    }
    key.comp = reader.optionalString(QStringLiteral("comp"));
    reader.rejectUnknownFields();
    return key;
}

} // namespace prepmark
