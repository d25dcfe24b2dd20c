#include "PlantedFault.h"

#include <array>
#include <cmath>

namespace prepmark {
namespace {

struct KindInfo
{
    FaultKind kind;
    const char *key;
};

constexpr std::array<KindInfo, 21> kKinds {{
    {FaultKind::Clipping, "clipping"},
    {FaultKind::Hot, "hot"},
    {FaultKind::DcOffset, "dc_offset"},
    {FaultKind::Polarity, "polarity"},
    {FaultKind::Delay, "delay"},
    {FaultKind::Hum, "hum"},
    {FaultKind::Noise, "noise"},
    {FaultKind::PhraseNoise, "phrase_noise"},
    {FaultKind::Clicks, "clicks"},
    {FaultKind::Crackle, "crackle"},
    {FaultKind::Distortion, "distortion"},
    {FaultKind::Lofi, "lofi"},
    {FaultKind::SampleRate, "sample_rate"},
    {FaultKind::BitDepth, "bit_depth"},
    {FaultKind::Unconsolidated, "unconsolidated"},
    {FaultKind::Empty, "empty"},
    {FaultKind::Duplicate, "duplicate"},
    {FaultKind::DualMono, "dual_mono"},
    {FaultKind::OneSideSilent, "one_side_silent"},
    {FaultKind::Timing, "timing"},
    {FaultKind::Pitch, "pitch"},
}};

QString number(double value)
{
    return QString::number(value, 'g', 4);
}

} // namespace

QString faultKindKey(FaultKind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<FaultKind> faultKindFromKey(const QString &key)
{
    for (const KindInfo &info : kKinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QStringList allFaultKindKeys()
{
    QStringList keys;
    for (const KindInfo &info : kKinds)
        keys << QString::fromLatin1(info.key);
    return keys;
}

bool isPerformanceFault(FaultKind kind)
{
    return kind == FaultKind::Timing || kind == FaultKind::Pitch;
}

QString faultIntentKey(FaultIntent intent)
{
    return intent == FaultIntent::Keep ? QStringLiteral("keep") : QStringLiteral("fix");
}

QString describeFault(const PlantedFault &fault)
{
    switch (fault.kind) {
    case FaultKind::Clipping:
        return QStringLiteral("clipped (driven %1 dB over full scale)").arg(number(fault.driveDb));
    case FaultKind::Hot:
        return QStringLiteral("too hot (peaks at %1 dBFS)").arg(number(fault.peakDbfs));
    case FaultKind::DcOffset:
        return QStringLiteral("DC offset %1%").arg(number(fault.percent));
    case FaultKind::Polarity:
        return QStringLiteral("polarity inverted");
    case FaultKind::Delay:
        return QStringLiteral("late by %1 ms").arg(number(fault.delayMs));
    case FaultKind::Hum:
        return QStringLiteral("%1 Hz hum at %2 dBFS").arg(number(fault.frequencyHz), number(fault.levelDbfs));
    case FaultKind::Noise:
        return QStringLiteral("%1 noise at %2 dBFS").arg(fault.variant, number(fault.levelDbfs));
    case FaultKind::PhraseNoise:
        return QStringLiteral("%1 between phrases at %2 dBFS").arg(fault.variant, number(fault.levelDbfs));
    case FaultKind::Clicks:
        return QStringLiteral("%1 clicks at edit points (%2 ms dropouts)")
            .arg(fault.at.size())
            .arg(number(fault.gapMs));
    case FaultKind::Crackle:
        return QStringLiteral("vinyl crackle at %1 dBFS").arg(number(fault.levelDbfs));
    case FaultKind::Distortion:
        return QStringLiteral("saturated (drive %1)").arg(number(fault.drive));
    case FaultKind::Lofi:
        return QStringLiteral("lo-fi (%1 bit, %2 Hz)").arg(fault.bits).arg(fault.sampleRate);
    case FaultKind::SampleRate:
        return QStringLiteral("delivered at %1 Hz").arg(fault.sampleRate);
    case FaultKind::BitDepth:
        return QStringLiteral("delivered at %1 bit").arg(fault.bits);
    case FaultKind::Unconsolidated:
        return fault.endBar > 0
            ? QStringLiteral("not consolidated (holds bars %1-%2 only)").arg(fault.startBar).arg(fault.endBar)
            : QStringLiteral("not consolidated (starts at bar %1)").arg(fault.startBar);
    case FaultKind::Empty:
        return QStringLiteral("empty track");
    case FaultKind::Duplicate:
        return QStringLiteral("duplicate of %1").arg(fault.of);
    case FaultKind::DualMono:
        return QStringLiteral("stereo file with identical channels");
    case FaultKind::OneSideSilent:
        return QStringLiteral("%1 side silent").arg(fault.variant);
    case FaultKind::Timing:
        return QStringLiteral("bar %1 beat %2 %3 by %4 ms")
            .arg(fault.position.bar)
            .arg(number(fault.position.beat))
            .arg(fault.ms >= 0 ? QStringLiteral("late") : QStringLiteral("early"))
            .arg(number(std::abs(fault.ms)));
    case FaultKind::Pitch:
        return QStringLiteral("bars %1-%2 %3 by %4 cents")
            .arg(fault.fromBar)
            .arg(fault.toBar)
            .arg(fault.cents >= 0 ? QStringLiteral("sharp") : QStringLiteral("flat"))
            .arg(number(std::abs(fault.cents)));
    }
    return {};
}

} // namespace prepmark
