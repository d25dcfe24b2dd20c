#include "FaultReader.h"

#include "DrumKit.h"

#include <cmath>

namespace prepmark {
namespace {

// Reads a required number and checks lo <= value <= hi.
double numberIn(JsonObjectReader &reader, const QString &key, double lo, double hi)
{
    const double value = reader.requiredNumber(key);
    if (!reader.sink().failed() && !(value >= lo && value <= hi))
        reader.fail(key, QStringLiteral("%1 is outside %2 to %3").arg(value).arg(lo).arg(hi));
    return value;
}

QString oneOf(JsonObjectReader &reader, const QString &key, const QStringList &allowed)
{
    const QString value = reader.requiredString(key);
    if (!reader.sink().failed() && !allowed.contains(value))
        reader.fail(key, QStringLiteral("\"%1\" is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
    return value;
}

bool isSupportedRate(int rate)
{
    return rate == 44100 || rate == 48000 || rate == 88200 || rate == 96000;
}

} // namespace

BarPosition FaultReader::readPosition(JsonObjectReader &reader, const Exercise &exercise)
{
    BarPosition position;
    position.bar = reader.requiredInt(QStringLiteral("bar"));
    position.beat = reader.optionalNumber(QStringLiteral("beat"), 1.0);
    if (!reader.sink().failed() && (position.bar < 1 || position.bar > exercise.totalBars()))
        reader.fail(QStringLiteral("bar"),
            QStringLiteral("bar %1 is outside the arrangement (bars 1-%2)")
                .arg(position.bar)
                .arg(exercise.totalBars()));
    if (!reader.sink().failed() && !(position.beat >= 1.0 && position.beat < exercise.meter.beats + 1.0))
        reader.fail(QStringLiteral("beat"),
            QStringLiteral("beat %1 is outside a bar of %2").arg(position.beat).arg(exercise.meter.toString()));
    return position;
}

void FaultReader::readCommon(JsonObjectReader &reader, PlantedFault &fault)
{
    const QString expect = oneOf(reader, QStringLiteral("expect"), {QStringLiteral("fix"), QStringLiteral("keep")});
    fault.intent = expect == QLatin1String("keep") ? FaultIntent::Keep : FaultIntent::Fix;
    fault.reason = reader.optionalString(QStringLiteral("reason"));
    if (!reader.sink().failed() && fault.intent == FaultIntent::Keep && fault.reason.trimmed().isEmpty())
        reader.fail(QStringLiteral("reason"), QStringLiteral("a fault the brief asks to keep needs a reason"));
}

PlantedFault FaultReader::readTrackFault(
    const QJsonValue &value, const QString &path, const Exercise &exercise, JsonErrorSink &sink)
{
    PlantedFault fault;
    if (!value.isObject()) {
        sink.fail(path, QStringLiteral("expected an object"));
        return fault;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    const QString type = reader.requiredString(QStringLiteral("type"));
    const std::optional<FaultKind> kind = faultKindFromKey(type);
    if (!sink.failed() && !kind) {
        reader.fail(QStringLiteral("type"),
            QStringLiteral("unknown fault \"%1\" (one of: %2)")
                .arg(type, allFaultKindKeys().join(QStringLiteral(", "))));
    } else if (!sink.failed() && isPerformanceFault(*kind)) {
        reader.fail(
            QStringLiteral("type"), QStringLiteral("\"%1\" is a performance fault: put it on the source").arg(type));
    }
    if (sink.failed())
        return fault;
    fault.kind = *kind;
    readCommon(reader, fault);
    readTrackParameters(reader, exercise, fault);
    reader.rejectUnknownFields();
    return fault;
}

void FaultReader::readTrackParameters(JsonObjectReader &reader, const Exercise &exercise, PlantedFault &fault)
{
    JsonErrorSink &sink = reader.sink();
    switch (fault.kind) {
    case FaultKind::Clipping:
        fault.driveDb = numberIn(reader, QStringLiteral("driveDb"), 0.5, 24.0);
        break;
    case FaultKind::Hot:
        fault.peakDbfs = numberIn(reader, QStringLiteral("peakDbfs"), -1.0, 0.0);
        break;
    case FaultKind::DcOffset:
        fault.percent = numberIn(reader, QStringLiteral("percent"), -25.0, 25.0);
        if (!sink.failed() && std::abs(fault.percent) < 0.2)
            reader.fail(QStringLiteral("percent"), QStringLiteral("a DC offset under 0.2% is not a fault"));
        break;
    case FaultKind::Polarity:
    case FaultKind::Empty:
    case FaultKind::DualMono:
        break;
    case FaultKind::Delay:
        fault.delayMs = numberIn(reader, QStringLiteral("ms"), 0.05, 50.0);
        break;
    case FaultKind::Hum:
        fault.frequencyHz = reader.requiredNumber(QStringLiteral("frequencyHz"));
        if (!sink.failed() && fault.frequencyHz != 50.0 && fault.frequencyHz != 60.0)
            reader.fail(QStringLiteral("frequencyHz"), QStringLiteral("mains hum is 50 or 60 Hz"));
        fault.levelDbfs = numberIn(reader, QStringLiteral("levelDbfs"), -90.0, -10.0);
        fault.harmonics = reader.optionalInt(QStringLiteral("harmonics"), 4);
        if (!sink.failed() && (fault.harmonics < 1 || fault.harmonics > 8))
            reader.fail(QStringLiteral("harmonics"), QStringLiteral("harmonics must be 1-8"));
        break;
    case FaultKind::Noise:
        fault.levelDbfs = numberIn(reader, QStringLiteral("levelDbfs"), -90.0, -10.0);
        fault.variant = oneOf(reader, QStringLiteral("colour"),
            {QStringLiteral("white"), QStringLiteral("pink"), QStringLiteral("hiss")});
        break;
    case FaultKind::PhraseNoise:
        fault.levelDbfs = numberIn(reader, QStringLiteral("levelDbfs"), -90.0, -10.0);
        fault.variant = oneOf(reader, QStringLiteral("kind"),
            {QStringLiteral("buzz"), QStringLiteral("breaths"), QStringLiteral("bleed")});
        break;
    case FaultKind::Clicks: {
        const QJsonArray at = reader.requiredArray(QStringLiteral("at"));
        const QString atPath = reader.childPath(QStringLiteral("at"));
        if (!sink.failed() && at.isEmpty())
            reader.fail(QStringLiteral("at"), QStringLiteral("give at least one edit position"));
        for (qsizetype i = 0; i < at.size() && !sink.failed(); ++i) {
            if (!at[i].isObject()) {
                sink.fail(indexPath(atPath, i), QStringLiteral("expected {\"bar\": n, \"beat\": n}"));
                break;
            }
            JsonObjectReader position(at[i].toObject(), indexPath(atPath, i), sink);
            fault.at << readPosition(position, exercise);
            position.rejectUnknownFields();
        }
        if (reader.has(QStringLiteral("gapMs")))
            fault.gapMs = numberIn(reader, QStringLiteral("gapMs"), 2.0, 200.0);
        break;
    }
    case FaultKind::Crackle:
        fault.ratePerSecond = numberIn(reader, QStringLiteral("ratePerSecond"), 0.5, 50.0);
        fault.levelDbfs = numberIn(reader, QStringLiteral("levelDbfs"), -60.0, -6.0);
        break;
    case FaultKind::Distortion:
        fault.drive = numberIn(reader, QStringLiteral("drive"), 0.5, 30.0);
        break;
    case FaultKind::Lofi:
        fault.bits = int(numberIn(reader, QStringLiteral("bits"), 4, 12));
        fault.sampleRate = int(numberIn(reader, QStringLiteral("rateHz"), 4000, exercise.sampleRate / 2.0));
        break;
    case FaultKind::SampleRate:
        fault.sampleRate = reader.requiredInt(QStringLiteral("rate"));
        if (!sink.failed() && !isSupportedRate(fault.sampleRate))
            reader.fail(QStringLiteral("rate"),
                QStringLiteral("%1 Hz is not 44100, 48000, 88200 or 96000").arg(fault.sampleRate));
        else if (!sink.failed() && fault.sampleRate == exercise.sampleRate)
            reader.fail(
                QStringLiteral("rate"), QStringLiteral("%1 Hz is the session's own rate").arg(fault.sampleRate));
        break;
    case FaultKind::BitDepth:
        fault.bits = reader.requiredInt(QStringLiteral("bits"));
        if (!sink.failed() && fault.bits != 16 && fault.bits != 24)
            reader.fail(QStringLiteral("bits"), QStringLiteral("a delivered file has 16 or 24 bits"));
        else if (!sink.failed() && fault.bits >= exercise.bitDepth)
            reader.fail(QStringLiteral("bits"),
                QStringLiteral("%1 bits is not below the session's %2").arg(fault.bits).arg(exercise.bitDepth));
        break;
    case FaultKind::Unconsolidated:
        fault.startBar = reader.requiredInt(QStringLiteral("startBar"));
        fault.endBar = reader.optionalInt(QStringLiteral("endBar"), 0);
        if (!sink.failed() && (fault.startBar < 1 || fault.startBar > exercise.totalBars()))
            reader.fail(
                QStringLiteral("startBar"), QStringLiteral("bar %1 is outside the arrangement").arg(fault.startBar));
        else if (!sink.failed() && fault.endBar != 0
            && (fault.endBar < fault.startBar || fault.endBar > exercise.totalBars()))
            reader.fail(QStringLiteral("endBar"),
                QStringLiteral("bar %1 is not between startBar and the last bar").arg(fault.endBar));
        else if (!sink.failed() && fault.startBar == 1 && (fault.endBar == 0 || fault.endBar == exercise.totalBars()))
            reader.fail(QStringLiteral("startBar"), QStringLiteral("a file holding every bar is consolidated"));
        break;
    case FaultKind::Duplicate:
        fault.of = reader.requiredString(QStringLiteral("of"));
        break;
    case FaultKind::OneSideSilent:
        fault.variant = oneOf(reader, QStringLiteral("side"), {QStringLiteral("left"), QStringLiteral("right")});
        break;
    case FaultKind::Timing:
    case FaultKind::Pitch:
        Q_UNREACHABLE();
    }
}

PlantedFault FaultReader::readPerformanceFault(
    const QJsonValue &value, const QString &path, const Exercise &exercise, const Source &source, JsonErrorSink &sink)
{
    PlantedFault fault;
    if (!value.isObject()) {
        sink.fail(path, QStringLiteral("expected an object"));
        return fault;
    }
    JsonObjectReader reader(value.toObject(), path, sink);
    const QString type = oneOf(reader, QStringLiteral("type"), {QStringLiteral("timing"), QStringLiteral("pitch")});
    if (sink.failed())
        return fault;
    fault.kind = *faultKindFromKey(type);
    readCommon(reader, fault);
    if (fault.kind == FaultKind::Timing) {
        fault.position = readPosition(reader, exercise);
        fault.ms = numberIn(reader, QStringLiteral("ms"), -200.0, 200.0);
        if (!sink.failed() && std::abs(fault.ms) < 5.0)
            reader.fail(QStringLiteral("ms"), QStringLiteral("a timing fault under 5 ms is not audible"));
        fault.lane = reader.optionalString(QStringLiteral("lane"));
        if (!sink.failed() && !fault.lane.isEmpty() && !DrumKit::lane(fault.lane))
            reader.fail(QStringLiteral("lane"), QStringLiteral("\"%1\" is not a drum lane").arg(fault.lane));
        if (!sink.failed()) {
            const qint64 tick = exercise.tickAt(fault.position);
            bool found = false;
            for (const NoteEvent &note : source.notes)
                found = found || (note.writtenTick == tick && (fault.lane.isEmpty() || note.lane == fault.lane));
            if (!found)
                reader.fail(QStringLiteral("beat"),
                    QStringLiteral("no note of \"%1\"%2 starts at bar %3 beat %4")
                        .arg(source.id, fault.lane.isEmpty() ? QString() : QStringLiteral(" on ") + fault.lane)
                        .arg(fault.position.bar)
                        .arg(fault.position.beat));
        }
    } else {
        if (!sink.failed() && source.kind != Source::Kind::Instrument)
            reader.fail(QStringLiteral("type"), QStringLiteral("only pitched instruments can be out of tune"));
        fault.fromBar = reader.requiredInt(QStringLiteral("fromBar"));
        fault.toBar = reader.requiredInt(QStringLiteral("toBar"));
        fault.cents = numberIn(reader, QStringLiteral("cents"), -100.0, 100.0);
        if (!sink.failed() && (fault.fromBar < 1 || fault.toBar < fault.fromBar || fault.toBar > exercise.totalBars()))
            reader.fail(QStringLiteral("toBar"),
                QStringLiteral("bars %1-%2 are not a range of the arrangement").arg(fault.fromBar).arg(fault.toBar));
        if (!sink.failed() && std::abs(fault.cents) < 5.0)
            reader.fail(QStringLiteral("cents"), QStringLiteral("a pitch fault under 5 cents is not audible"));
    }
    reader.rejectUnknownFields();
    return fault;
}

} // namespace prepmark
