#include "Exercise.h"

#include <cmath>

namespace prepmark {

int Exercise::totalBars() const
{
    int bars = 0;
    for (const Section &section : sections)
        bars += section.bars;
    return bars;
}

qint64 Exercise::tickAt(const BarPosition &position) const
{
    return barStartTick(position.bar) + qint64(std::llround((position.beat - 1.0) * double(meter.beatTicks())));
}

double Exercise::lengthSeconds() const
{
    return std::ceil((musicSeconds() + tailSeconds) * 100.0 - 1e-6) / 100.0;
}

qint64 Exercise::lengthFrames(int rate) const
{
    const qint64 centiseconds = std::llround(lengthSeconds() * 100.0);
    return centiseconds * rate / 100;
}

const Source *Exercise::source(const QString &id) const
{
    for (const Source &s : sources) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

const DeliveredTrack *Exercise::track(const QString &id) const
{
    for (const DeliveredTrack &t : tracks) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

const Section *Exercise::section(const QString &name) const
{
    for (const Section &s : sections) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QStringList Exercise::tracksFedBy(const QString &sourceId) const
{
    QStringList result;
    for (const DeliveredTrack &t : tracks) {
        for (const SourceFeed &feed : t.feeds) {
            if (feed.source == sourceId) {
                result << t.id;
                break;
            }
        }
    }
    return result;
}

QVector<FaultLocation> Exercise::plantedFaults() const
{
    QVector<FaultLocation> result;
    for (const DeliveredTrack &t : tracks) {
        for (int i = 0; i < t.faults.size(); ++i)
            result << FaultLocation {t.id, QString(), {t.id}, i, t.faults[i]};
    }
    for (const Source &s : sources) {
        for (int i = 0; i < s.faults.size(); ++i)
            result << FaultLocation {QString(), s.id, tracksFedBy(s.id), i, s.faults[i]};
    }
    return result;
}

QVector<FaultLocation> Exercise::faultsWithIntent(FaultIntent intent) const
{
    QVector<FaultLocation> result;
    for (const FaultLocation &location : plantedFaults()) {
        if (location.fault.intent == intent)
            result << location;
    }
    return result;
}

} // namespace prepmark
