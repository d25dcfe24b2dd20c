#include "MicSpec.h"

#include <functional>
#include <utility>
#include <vector>

namespace prepmark {
namespace {

using Preset = std::pair<const char *, std::function<void(MicSpec &)>>;

const std::vector<Preset> &presets()
{
    static const std::vector<Preset> list {
        {"close", [](MicSpec &) {}},
        {"line", [](MicSpec &) {}},
        {"di", [](MicSpec &) {}},
        {"kick_in",
            [](MicSpec &m) {
                m.highpassHz = 30;
                m.highShelfDb = 6;
                m.highShelfHz = 4000;
            }},
        {"kick_out",
            [](MicSpec &m) {
                m.lowpassHz = 4000;
                m.lowShelfDb = 4;
                m.lowShelfHz = 90;
            }},
        {"snare_top", [](MicSpec &m) { m.highpassHz = 70; }},
        {"snare_bottom",
            [](MicSpec &m) {
                m.highpassHz = 220;
                m.highShelfDb = 5;
                m.highShelfHz = 5000;
            }},
        {"tom", [](MicSpec &m) { m.highpassHz = 50; }},
        {"hihat", [](MicSpec &m) { m.highpassHz = 400; }},
        {"overhead",
            [](MicSpec &m) {
                m.highpassHz = 120;
                m.highShelfDb = 2;
                m.highShelfHz = 8000;
                m.room = 0.12;
                m.roomSeconds = 0.8;
                m.delayMs = 2.9;
            }},
        {"room",
            [](MicSpec &m) {
                m.highpassHz = 50;
                m.lowpassHz = 9000;
                m.room = 0.55;
                m.roomSeconds = 1.4;
                m.delayMs = 14;
            }},
        {"amp",
            [](MicSpec &m) {
                m.drive = 1.5;
                m.highpassHz = 60;
                m.lowpassHz = 4500;
            }},
        {"cab_dynamic",
            [](MicSpec &m) {
                m.drive = 5;
                m.highpassHz = 90;
                m.lowpassHz = 6000;
                m.highShelfDb = 3;
                m.highShelfHz = 3000;
            }},
        {"cab_ribbon",
            [](MicSpec &m) {
                m.drive = 5;
                m.highpassHz = 60;
                m.lowpassHz = 3500;
                m.lowShelfDb = 2;
                m.lowShelfHz = 200;
            }},
        {"acoustic_body",
            [](MicSpec &m) {
                m.highpassHz = 60;
                m.lowShelfDb = 3;
                m.lowShelfHz = 180;
                m.lowpassHz = 8000;
            }},
        {"acoustic_neck",
            [](MicSpec &m) {
                m.highpassHz = 150;
                m.highShelfDb = 4;
                m.highShelfHz = 6000;
            }},
        {"vocal", [](MicSpec &m) { m.highpassHz = 80; }},
        {"spot",
            [](MicSpec &m) {
                m.highpassHz = 60;
                m.room = 0.08;
                m.roomSeconds = 1.8;
            }},
        {"ambient",
            [](MicSpec &m) {
                m.highpassHz = 80;
                m.room = 0.3;
                m.roomSeconds = 1.0;
                m.delayMs = 6;
            }},
        {"tree",
            [](MicSpec &m) {
                m.highpassHz = 30;
                m.room = 0.4;
                m.roomSeconds = 2.2;
                m.delayMs = 11;
            }},
    };
    return list;
}

} // namespace

std::optional<MicSpec> MicSpec::fromPreset(const QString &name)
{
    for (const Preset &entry : presets()) {
        if (name == QLatin1String(entry.first)) {
            MicSpec spec;
            spec.preset = name;
            entry.second(spec);
            return spec;
        }
    }
    return std::nullopt;
}

const QStringList &MicSpec::presetNames()
{
    static const QStringList names = [] {
        QStringList result;
        for (const Preset &entry : presets())
            result << QString::fromLatin1(entry.first);
        return result;
    }();
    return names;
}

} // namespace prepmark
