#include "DrumKit.h"

#include <array>

namespace prepmark {
namespace {

struct LaneInfo
{
    const char *name;
    int key;
    const char *group;
};

constexpr std::array<LaneInfo, 35> kLanes {{
    {"kick", 36, "kick"},
    {"kick2", 35, "kick"},
    {"snare", 38, "snare"},
    {"snare2", 40, "snare"},
    {"rim", 37, "snare"},
    {"clap", 39, "snare"},
    {"hat", 42, "hat"},
    {"hat_pedal", 44, "hat"},
    {"hat_open", 46, "hat"},
    {"tom_hi", 50, "tom_hi"},
    {"tom_hi2", 48, "tom_hi"},
    {"tom_mid", 47, "tom_mid"},
    {"tom_low", 45, "tom_low"},
    {"tom_floor", 43, "tom_floor"},
    {"tom_floor2", 41, "tom_floor"},
    {"crash", 49, "cymbals"},
    {"crash2", 57, "cymbals"},
    {"ride", 51, "cymbals"},
    {"ride_bell", 53, "cymbals"},
    {"china", 52, "cymbals"},
    {"splash", 55, "cymbals"},
    {"tamb", 54, "perc"},
    {"cowbell", 56, "perc"},
    {"shaker", 82, "perc"},
    {"cabasa", 69, "perc"},
    {"maracas", 70, "perc"},
    {"clave", 75, "perc"},
    {"conga_hi", 62, "perc"},
    {"conga", 63, "perc"},
    {"conga_low", 64, "perc"},
    {"bongo_hi", 60, "perc"},
    {"bongo_low", 61, "perc"},
    {"triangle", 81, "perc"},
    {"woodblock", 76, "perc"},
    {"timbale", 65, "perc"},
}};

struct KitInfo
{
    const char *name;
    int program;
};

constexpr std::array<KitInfo, 8> kKits {{
    {"standard", 0},
    {"room", 8},
    {"power", 16},
    {"electronic", 24},
    {"tr808", 25},
    {"jazz", 32},
    {"brush", 40},
    {"orchestra", 48},
}};

} // namespace

std::optional<DrumKit::Lane> DrumKit::lane(const QString &name)
{
    for (const LaneInfo &info : kLanes) {
        if (name == QLatin1String(info.name))
            return Lane {QString::fromLatin1(info.name), info.key, QString::fromLatin1(info.group)};
    }
    return std::nullopt;
}

const QStringList &DrumKit::laneNames()
{
    static const QStringList names = [] {
        QStringList result;
        for (const LaneInfo &info : kLanes)
            result << QString::fromLatin1(info.name);
        return result;
    }();
    return names;
}

const QStringList &DrumKit::groups()
{
    static const QStringList list {QStringLiteral("kick"), QStringLiteral("snare"), QStringLiteral("hat"),
        QStringLiteral("tom_hi"), QStringLiteral("tom_mid"), QStringLiteral("tom_low"), QStringLiteral("tom_floor"),
        QStringLiteral("cymbals"), QStringLiteral("perc")};
    return list;
}

bool DrumKit::isGroup(const QString &group)
{
    return groups().contains(group);
}

std::optional<int> DrumKit::kitProgram(const QString &kitName)
{
    for (const KitInfo &kit : kKits) {
        if (kitName == QLatin1String(kit.name))
            return kit.program;
    }
    return std::nullopt;
}

const QStringList &DrumKit::kitNames()
{
    static const QStringList names = [] {
        QStringList result;
        for (const KitInfo &kit : kKits)
            result << QString::fromLatin1(kit.name);
        return result;
    }();
    return names;
}

} // namespace prepmark
