#include "SourceReader.h"

#include "DrumKit.h"
#include "FaultReader.h"
#include "PartNotation.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace prepmark {
namespace {

bool isId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(id).hasMatch();
}

// Joins each note tied into the next note of the same key that starts where it ends.
QVector<NoteEvent> resolveTies(QVector<PatternBar::Note> notes)
{
    std::stable_sort(notes.begin(), notes.end(),
        [](const PatternBar::Note &a, const PatternBar::Note &b) { return a.event.startTick < b.event.startTick; });
    QVector<NoteEvent> result;
    QVector<bool> absorbed(notes.size(), false);
    for (qsizetype i = 0; i < notes.size(); ++i) {
        if (absorbed[i])
            continue;
        NoteEvent event = notes[i].event;
        bool tied = notes[i].tied;
        qsizetype from = i;
        while (tied) {
            tied = false;
            const qint64 end = event.startTick + event.lengthTicks;
            for (qsizetype j = from + 1; j < notes.size() && notes[j].event.startTick <= end; ++j) {
                if (!absorbed[j] && notes[j].event.startTick == end && notes[j].event.key == event.key) {
                    absorbed[j] = true;
                    event.lengthTicks += notes[j].event.lengthTicks;
                    tied = notes[j].tied;
                    from = j;
                    break;
                }
            }
        }
        result << event;
    }
    return result;
}

} // namespace

Source SourceReader::read(const QJsonObject &object, const QString &path, const Exercise &exercise, JsonErrorSink &sink)
{
    JsonObjectReader reader(object, path, sink);
    Source source;
    source.id = reader.requiredString(QStringLiteral("id"));
    if (!sink.failed() && !isId(source.id))
        reader.fail(QStringLiteral("id"),
            QStringLiteral("\"%1\" is not an id (a-z, 0-9, _; starts with a letter)").arg(source.id));
    if (!sink.failed() && exercise.source(source.id))
        reader.fail(QStringLiteral("id"), QStringLiteral("duplicate source id \"%1\"").arg(source.id));

    const bool hasProgram = reader.has(QStringLiteral("program"));
    const bool hasKit = reader.has(QStringLiteral("kit"));
    const bool hasSpeech = reader.has(QStringLiteral("speech"));
    if (!sink.failed() && int(hasProgram) + int(hasKit) + int(hasSpeech) != 1)
        reader.fail(QStringLiteral("program"),
            QStringLiteral("a source needs exactly one of \"program\", \"kit\" or \"speech\""));
    if (hasProgram) {
        source.kind = Source::Kind::Instrument;
        source.program = reader.requiredInt(QStringLiteral("program"));
        source.bank = reader.optionalInt(QStringLiteral("bank"), 0);
        if (!sink.failed() && (source.program < 0 || source.program > 127))
            reader.fail(QStringLiteral("program"),
                QStringLiteral("General MIDI program %1 is outside 0-127").arg(source.program));
        if (!sink.failed() && (source.bank < 0 || source.bank > 127))
            reader.fail(QStringLiteral("bank"), QStringLiteral("bank %1 is outside 0-127").arg(source.bank));
    } else if (hasKit) {
        source.kind = Source::Kind::DrumKit;
        source.kit = reader.requiredString(QStringLiteral("kit"));
        const std::optional<int> program = DrumKit::kitProgram(source.kit);
        if (!sink.failed() && !program)
            reader.fail(QStringLiteral("kit"),
                QStringLiteral("unknown drum kit \"%1\" (one of: %2)")
                    .arg(source.kit, DrumKit::kitNames().join(QStringLiteral(", "))));
        source.bank = 128;
        source.program = program.value_or(0);
    } else {
        source.kind = Source::Kind::Speech;
    }

    source.pan = reader.optionalNumber(QStringLiteral("pan"), 0.0);
    if (!sink.failed() && (source.pan < -1.0 || source.pan > 1.0))
        reader.fail(QStringLiteral("pan"), QStringLiteral("pan %1 is outside -1..1").arg(source.pan));
    if (reader.has(QStringLiteral("humanise"))) {
        JsonObjectReader humanise(
            reader.requiredObject(QStringLiteral("humanise")), reader.childPath(QStringLiteral("humanise")), sink);
        source.timingJitterMs = humanise.optionalNumber(QStringLiteral("ms"), 0.0);
        source.velocityJitter = humanise.optionalInt(QStringLiteral("velocity"), 0);
        if (!sink.failed() && (source.timingJitterMs < 0.0 || source.timingJitterMs > 30.0))
            humanise.fail(QStringLiteral("ms"), QStringLiteral("timing humanisation must be 0-30 ms"));
        if (!sink.failed() && (source.velocityJitter < 0 || source.velocityJitter > 40))
            humanise.fail(QStringLiteral("velocity"), QStringLiteral("velocity humanisation must be 0-40"));
        humanise.rejectUnknownFields();
    }

    if (source.kind == Source::Kind::Speech) {
        readSpeech(reader, exercise, source);
    } else if (reader.has(QStringLiteral("partFrom"))) {
        const QString from = reader.requiredString(QStringLiteral("partFrom"));
        const Source *original = exercise.source(from);
        if (!sink.failed() && !original)
            reader.fail(QStringLiteral("partFrom"), QStringLiteral("no earlier source \"%1\"").arg(from));
        else if (!sink.failed() && original->kind != source.kind)
            reader.fail(QStringLiteral("partFrom"), QStringLiteral("\"%1\" is not the same kind of source").arg(from));
        else if (original)
            source.notes = original->notes;
    } else {
        source.notes = readPatternsAndPlay(reader, exercise, source.kind == Source::Kind::DrumKit);
    }

    const int transpose = reader.optionalInt(QStringLiteral("transpose"), 0);
    for (NoteEvent &note : source.notes) {
        note.key += transpose;
        if (!sink.failed() && (note.key < 0 || note.key > 127))
            reader.fail(
                QStringLiteral("transpose"), QStringLiteral("transposing by %1 leaves the MIDI range").arg(transpose));
    }
    const double swing = reader.optionalNumber(QStringLiteral("swing"), 50.0);
    const QString swingUnit = reader.optionalString(QStringLiteral("swingUnit"), QStringLiteral("e"));
    if (!sink.failed() && (swing < 50.0 || swing > 75.0))
        reader.fail(QStringLiteral("swing"), QStringLiteral("swing %1 is outside 50 (straight) to 75").arg(swing));
    if (!sink.failed() && swingUnit != QLatin1String("e") && swingUnit != QLatin1String("s"))
        reader.fail(QStringLiteral("swingUnit"), QStringLiteral("swing unit must be \"e\" or \"s\""));
    if (!sink.failed() && swing != 50.0)
        applySwing(source.notes, swing, swingUnit == QLatin1String("s") ? kTicksPerQuarter / 4 : kTicksPerQuarter / 2);

    const QJsonArray faults = reader.optionalArray(QStringLiteral("faults"));
    for (qsizetype i = 0; i < faults.size() && !sink.failed(); ++i)
        source.faults << FaultReader::readPerformanceFault(
            faults[i], indexPath(reader.childPath(QStringLiteral("faults")), i), exercise, source, sink);
    reader.rejectUnknownFields();
    return source;
}

QVector<NoteEvent> SourceReader::readPatternsAndPlay(JsonObjectReader &reader, const Exercise &exercise, bool drums)
{
    JsonErrorSink &sink = reader.sink();
    PartNotation::PitchedStyle style;
    int steps = 16;
    if (drums) {
        steps = reader.optionalInt(QStringLiteral("steps"), 16);
    } else {
        style.velocity = reader.optionalInt(QStringLiteral("velocity"), 90);
        style.gate = reader.optionalNumber(QStringLiteral("gate"), 0.9);
        if (!sink.failed() && (style.velocity < 1 || style.velocity > 127))
            reader.fail(QStringLiteral("velocity"), QStringLiteral("velocity must be 1-127"));
        if (!sink.failed() && (style.gate <= 0.0 || style.gate > 1.0))
            reader.fail(QStringLiteral("gate"), QStringLiteral("gate must be above 0 and at most 1"));
    }
    const QJsonObject patternObject = reader.requiredObject(QStringLiteral("patterns"));
    const QString patternsPath = reader.childPath(QStringLiteral("patterns"));
    QMap<QString, Pattern> patterns;
    for (auto it = patternObject.constBegin(); it != patternObject.constEnd() && !sink.failed(); ++it) {
        const QString patternPath = patternsPath + QLatin1Char('.') + it.key();
        Result<Pattern> pattern = makeError(QString());
        if (drums) {
            if (!it->isObject()) {
                sink.fail(patternPath, QStringLiteral("a drum pattern is an object of lanes"));
                break;
            }
            QMap<QString, QString> lanes;
            int patternSteps = steps;
            const QJsonObject laneObject = it->toObject();
            for (auto lane = laneObject.constBegin(); lane != laneObject.constEnd(); ++lane) {
                if (lane.key() == QLatin1String("steps") && lane->isDouble()) {
                    patternSteps = lane->toInt();
                } else if (lane->isString()) {
                    lanes.insert(lane.key(), lane->toString());
                } else {
                    sink.fail(
                        patternPath + QLatin1Char('.') + lane.key(), QStringLiteral("expected a string of steps"));
                    break;
                }
            }
            if (sink.failed())
                break;
            pattern = PartNotation::parseDrums(lanes, patternSteps, exercise.meter);
        } else {
            if (!it->isString()) {
                sink.fail(patternPath, QStringLiteral("a pitched pattern is a string of bars"));
                break;
            }
            pattern = PartNotation::parsePitched(it->toString(), exercise.meter, style);
        }
        if (!pattern) {
            sink.fail(patternPath, pattern.errorMessage());
            break;
        }
        patterns.insert(it.key(), *pattern);
    }
    if (!patterns.contains(QStringLiteral("rest")))
        patterns.insert(QStringLiteral("rest"), Pattern {QVector<PatternBar>(1)});

    QVector<PatternBar::Note> placed;
    const QJsonObject play = reader.requiredObject(QStringLiteral("play"));
    const QString playPath = reader.childPath(QStringLiteral("play"));
    for (auto it = play.constBegin(); it != play.constEnd() && !sink.failed(); ++it) {
        const QString itemPath = playPath + QLatin1Char('.') + it.key();
        const Section *section = exercise.section(it.key());
        if (!section) {
            sink.fail(itemPath, QStringLiteral("no section \"%1\"").arg(it.key()));
            break;
        }
        if (!it->isString()) {
            sink.fail(itemPath, QStringLiteral("expected a string of pattern names"));
            break;
        }
        const Result<QStringList> sequence = PartNotation::parsePlaySequence(it->toString(), patterns.keys());
        if (!sequence) {
            sink.fail(itemPath, sequence.errorMessage());
            break;
        }
        // The sequence loops to fill the section and stops at its end; a pattern that
        // would only start after the end is a mistake ("verse*2" in a 4-bar section).
        QVector<const PatternBar *> bars;
        for (const QString &name : *sequence) {
            if (bars.size() >= section->bars) {
                sink.fail(itemPath,
                    QStringLiteral("\"%1\" would start after the end of section \"%2\" (%3 bars)")
                        .arg(name, section->name)
                        .arg(section->bars));
                break;
            }
            for (const PatternBar &bar : patterns[name].bars)
                bars << &bar;
        }
        if (sink.failed())
            break;
        for (int b = 0; b < section->bars; ++b) {
            const qint64 barStart = exercise.barStartTick(section->firstBar + b);
            for (PatternBar::Note note : bars[b % bars.size()]->notes) {
                note.event.startTick += barStart;
                note.event.writtenTick += barStart;
                placed << note;
            }
        }
    }
    return resolveTies(placed);
}

void SourceReader::readSpeech(JsonObjectReader &reader, const Exercise &exercise, Source &source)
{
    JsonErrorSink &sink = reader.sink();
    JsonObjectReader speech(
        reader.requiredObject(QStringLiteral("speech")), reader.childPath(QStringLiteral("speech")), sink);
    source.voice = speech.optionalString(QStringLiteral("voice"), QStringLiteral("en-us"));
    source.wordsPerMinute = speech.optionalInt(QStringLiteral("wpm"), 170);
    source.pitch = speech.optionalInt(QStringLiteral("pitch"), 50);
    if (!sink.failed() && (source.wordsPerMinute < 80 || source.wordsPerMinute > 450))
        speech.fail(QStringLiteral("wpm"), QStringLiteral("words per minute must be 80-450"));
    if (!sink.failed() && (source.pitch < 0 || source.pitch > 99))
        speech.fail(QStringLiteral("pitch"), QStringLiteral("pitch must be 0-99"));
    static const QRegularExpression voicePattern(QStringLiteral("^[a-z]{2,3}(-[a-z0-9]+)*(\\+[a-z0-9]+)?$"));
    if (!sink.failed() && !voicePattern.match(source.voice).hasMatch())
        speech.fail(QStringLiteral("voice"), QStringLiteral("\"%1\" is not an espeak-ng voice name").arg(source.voice));
    speech.rejectUnknownFields();

    const QJsonArray lines = reader.requiredArray(QStringLiteral("lines"));
    const QString linesPath = reader.childPath(QStringLiteral("lines"));
    if (!sink.failed() && lines.isEmpty())
        reader.fail(QStringLiteral("lines"), QStringLiteral("a speech source needs at least one line"));
    for (qsizetype i = 0; i < lines.size() && !sink.failed(); ++i) {
        JsonObjectReader line(lines[i].toObject(), indexPath(linesPath, i), sink);
        if (!lines[i].isObject()) {
            sink.fail(indexPath(linesPath, i), QStringLiteral("expected an object"));
            break;
        }
        const BarPosition position = FaultReader::readPosition(line, exercise);
        Source::Line entry;
        entry.startTick = exercise.tickAt(position);
        entry.text = line.requiredString(QStringLiteral("text"));
        line.rejectUnknownFields();
        source.lines << entry;
    }
}

void SourceReader::applySwing(QVector<NoteEvent> &notes, double swingPercent, qint64 unitTicks)
{
    // Warps time inside every pair of units: the first unit stretches to swing% of
    // the pair, the second shrinks to the rest. Onsets and ends move alike.
    const double share = swingPercent / 100.0;
    auto warp = [&](qint64 tick) {
        const qint64 pair = 2 * unitTicks;
        const qint64 cell = tick - tick % pair;
        const double inCell = double(tick % pair);
        const double warped = inCell < double(unitTicks)
            ? inCell * 2.0 * share
            : double(pair) * share + (inCell - double(unitTicks)) * 2.0 * (1.0 - share);
        return cell + qint64(std::llround(warped));
    };
    for (NoteEvent &note : notes) {
        const qint64 end = warp(note.startTick + note.lengthTicks);
        note.startTick = warp(note.startTick);
        note.lengthTicks = std::max<qint64>(1, end - note.startTick);
    }
}

} // namespace prepmark
