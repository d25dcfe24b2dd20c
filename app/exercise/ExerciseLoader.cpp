#include "ExerciseLoader.h"

#include "AnswerKeyReader.h"
#include "SourceReader.h"
#include "TrackReader.h"
#include "core/JsonObjectReader.h"
#include "core/StrictJson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace prepmark {
namespace {

constexpr int kFormatVersion = 1;

bool isExerciseKey(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(key).hasMatch();
}

Meter readMeter(JsonObjectReader &reader)
{
    Meter meter;
    const QString text = reader.requiredString(QStringLiteral("meter"));
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,2})/([0-9])$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (reader.sink().failed())
        return meter;
    meter.beats = match.hasMatch() ? match.captured(1).toInt() : 0;
    meter.unit = match.hasMatch() ? match.captured(2).toInt() : 0;
    if (meter.beats < 1 || meter.beats > 15 || (meter.unit != 2 && meter.unit != 4 && meter.unit != 8))
        reader.fail(QStringLiteral("meter"), QStringLiteral("\"%1\" is not a meter like 4/4, 6/8 or 7/8").arg(text));
    return meter;
}

void readSections(JsonObjectReader &reader, Exercise &exercise)
{
    JsonErrorSink &sink = reader.sink();
    const QJsonArray sections = reader.requiredArray(QStringLiteral("sections"));
    const QString path = reader.childPath(QStringLiteral("sections"));
    if (!sink.failed() && sections.isEmpty())
        reader.fail(QStringLiteral("sections"), QStringLiteral("an arrangement needs at least one section"));
    int bar = 1;
    for (qsizetype i = 0; i < sections.size() && !sink.failed(); ++i) {
        if (!sections[i].isObject()) {
            sink.fail(indexPath(path, i), QStringLiteral("expected an object"));
            break;
        }
        JsonObjectReader section(sections[i].toObject(), indexPath(path, i), sink);
        Section entry;
        entry.name = section.requiredString(QStringLiteral("name"));
        entry.bars = section.requiredInt(QStringLiteral("bars"));
        entry.firstBar = bar;
        if (!sink.failed() && (entry.bars < 1 || entry.bars > 64))
            section.fail(QStringLiteral("bars"), QStringLiteral("a section has 1-64 bars"));
        if (!sink.failed() && exercise.section(entry.name))
            section.fail(QStringLiteral("name"), QStringLiteral("duplicate section \"%1\"").arg(entry.name));
        section.rejectUnknownFields();
        bar += entry.bars;
        exercise.sections << entry;
    }
}

template <typename Item, typename ReadFunction>
void readList(JsonObjectReader &reader, const QString &key, QVector<Item> &into, ReadFunction read)
{
    JsonErrorSink &sink = reader.sink();
    const QJsonArray items = reader.requiredArray(key);
    const QString path = reader.childPath(key);
    if (!sink.failed() && items.isEmpty())
        reader.fail(key, QStringLiteral("the list is empty"));
    for (qsizetype i = 0; i < items.size() && !sink.failed(); ++i) {
        if (!items[i].isObject()) {
            sink.fail(indexPath(path, i), QStringLiteral("expected an object"));
            break;
        }
        Item item = read(items[i].toObject(), indexPath(path, i));
        if (!sink.failed())
            into << item;
    }
}

} // namespace

Result<Exercise> ExerciseLoader::fromJson(const QByteArray &json, const QString &sourceName)
{
    const Result<QJsonDocument> document = parseStrictJson(json, sourceName);
    if (!document)
        return document.error();
    if (!document->isObject())
        return makeError(QStringLiteral("%1: $: an exercise must be a JSON object").arg(sourceName));

    JsonErrorSink sink(sourceName);
    JsonObjectReader reader(document->object(), QStringLiteral("$"), sink);
    Exercise exercise;
    const int format = reader.requiredInt(QStringLiteral("format"));
    if (!sink.failed() && format != kFormatVersion)
        reader.fail(QStringLiteral("format"),
            QStringLiteral("format %1 is not supported (this PrepMark reads format %2)")
                .arg(format)
                .arg(kFormatVersion));
    exercise.key = reader.requiredString(QStringLiteral("key"));
    if (!sink.failed() && !isExerciseKey(exercise.key))
        reader.fail(QStringLiteral("key"),
            QStringLiteral("\"%1\" is not a key (a-z, 0-9 and single hyphens)").arg(exercise.key));
    exercise.title = reader.requiredString(QStringLiteral("title"));
    const QString genre = reader.requiredString(QStringLiteral("genre"));
    if (!sink.failed() && !genreFromKey(genre)) {
        QStringList keys;
        for (Genre g : allGenres())
            keys << genreKey(g);
        reader.fail(QStringLiteral("genre"),
            QStringLiteral("unknown genre \"%1\" (one of: %2)").arg(genre, keys.join(QStringLiteral(", "))));
    }
    exercise.genre = genreFromKey(genre).value_or(Genre::Pop);
    exercise.difficulty = reader.requiredInt(QStringLiteral("difficulty"));
    if (!sink.failed() && (exercise.difficulty < 1 || exercise.difficulty > 3))
        reader.fail(
            QStringLiteral("difficulty"), QStringLiteral("difficulty %1 is not 1, 2 or 3").arg(exercise.difficulty));
    exercise.artist = reader.requiredString(QStringLiteral("artist"));
    exercise.brief = reader.requiredString(QStringLiteral("brief"));
    exercise.artistNotes = reader.optionalStringList(QStringLiteral("artistNotes"));
    if (!sink.failed() && exercise.artistNotes.isEmpty())
        reader.fail(QStringLiteral("artistNotes"), QStringLiteral("give at least one note from the artist"));
    exercise.tempo = reader.requiredNumber(QStringLiteral("tempo"));
    if (!sink.failed() && !(exercise.tempo >= 40.0 && exercise.tempo <= 240.0))
        reader.fail(QStringLiteral("tempo"),
            QStringLiteral("tempo %1 is outside 40-240 quarter notes a minute").arg(exercise.tempo));
    exercise.meter = readMeter(reader);
    exercise.musicalKey = reader.optionalString(QStringLiteral("musicalKey"));
    exercise.sampleRate = reader.requiredInt(QStringLiteral("sampleRate"));
    if (!sink.failed() && exercise.sampleRate != 44100 && exercise.sampleRate != 48000 && exercise.sampleRate != 96000)
        reader.fail(QStringLiteral("sampleRate"), QStringLiteral("a session runs at 44100, 48000 or 96000 Hz"));
    exercise.bitDepth = reader.requiredInt(QStringLiteral("bitDepth"));
    if (!sink.failed() && exercise.bitDepth != 16 && exercise.bitDepth != 24)
        reader.fail(QStringLiteral("bitDepth"), QStringLiteral("a session has 16 or 24 bits"));
    exercise.tailSeconds = reader.optionalNumber(QStringLiteral("tailSeconds"), 2.0);
    if (!sink.failed() && !(exercise.tailSeconds >= 0.0 && exercise.tailSeconds <= 10.0))
        reader.fail(QStringLiteral("tailSeconds"), QStringLiteral("the tail lasts 0-10 seconds"));
    if (!sink.failed())
        readSections(reader, exercise);
    if (!sink.failed()) {
        readList(
            reader, QStringLiteral("sources"), exercise.sources, [&](const QJsonObject &object, const QString &path) {
                return SourceReader::read(object, path, exercise, sink);
            });
    }
    if (!sink.failed()) {
        readList(
            reader, QStringLiteral("tracks"), exercise.tracks, [&](const QJsonObject &object, const QString &path) {
                return TrackReader::read(object, path, exercise, sink);
            });
    }
    if (!sink.failed())
        TrackReader::checkFaults(exercise, sink);
    if (!sink.failed()) {
        const QJsonObject answerKey = reader.requiredObject(QStringLiteral("answerKey"));
        if (!sink.failed())
            exercise.answerKey
                = AnswerKeyReader::read(answerKey, reader.childPath(QStringLiteral("answerKey")), exercise, sink);
    }
    for (qsizetype t = 0; t < exercise.tracks.size() && !sink.failed(); ++t) {
        const DeliveredTrack &track = exercise.tracks[t];
        const ExpectedTrack *expected = exercise.answerKey.forTrack(track.id);
        for (const PlantedFault &fault : track.faults) {
            const bool mustGo = fault.kind == FaultKind::Empty || fault.kind == FaultKind::Duplicate;
            if (mustGo && expected && !expected->remove)
                sink.fail(QStringLiteral("$.answerKey.tracks"),
                    QStringLiteral("track \"%1\" is %2: the answer key must remove it")
                        .arg(track.id, faultKindKey(fault.kind)));
        }
    }
    reader.rejectUnknownFields();
    if (sink.failed())
        return sink.error();
    exercise.contentHash = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex());
    return exercise;
}

Result<Exercise> ExerciseLoader::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    Result<Exercise> exercise = fromJson(file.readAll(), path);
    if (!exercise)
        return exercise;
    const QString folder = QFileInfo(path).absoluteDir().dirName();
    if (QFileInfo(path).fileName() == QLatin1String("exercise.json") && folder != exercise->key)
        return makeError(
            QStringLiteral("%1: $.key: \"%2\" does not match its folder \"%3\"").arg(path, exercise->key, folder));
    return exercise;
}

QStringList ExerciseLoader::bundledKeys()
{
    return QDir(QStringLiteral(":/exercises")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString ExerciseLoader::bundledPath(const QString &key)
{
    return QStringLiteral(":/exercises/%1/exercise.json").arg(key);
}

Result<Exercise> ExerciseLoader::bundled(const QString &key)
{
    if (!isExerciseKey(key) || !QFile::exists(bundledPath(key)))
        return makeError(QStringLiteral("no bundled exercise \"%1\"").arg(key));
    return fromFile(bundledPath(key));
}

Result<QVector<Exercise>> ExerciseLoader::allBundled()
{
    QVector<Exercise> exercises;
    for (const QString &key : bundledKeys()) {
        Result<Exercise> exercise = bundled(key);
        if (!exercise)
            return exercise.error();
        exercises << std::move(exercise).value();
    }
    std::stable_sort(exercises.begin(), exercises.end(), [](const Exercise &a, const Exercise &b) {
        if (a.genre != b.genre)
            return int(a.genre) < int(b.genre);
        if (a.difficulty != b.difficulty)
            return a.difficulty < b.difficulty;
        return a.key < b.key;
    });
    return exercises;
}

} // namespace prepmark
