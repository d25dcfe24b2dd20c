#include "InstrumentFamily.h"

#include <QRegularExpression>

#include <array>

namespace prepmark {
namespace {

struct FamilyInfo
{
    const char *key;
    const char *name;
    const char *colour;
};

// Warm colours for the rhythm section, cool for melodic and vocal parts, so
// neighbouring families are easy to tell apart in a track list.
constexpr std::array<FamilyInfo, 12> kFamilies {{
    {"drums", "Drums", "#c0392b"},
    {"percussion", "Percussion", "#e67e22"},
    {"bass", "Bass", "#8e44ad"},
    {"guitars", "Guitars", "#f1c40f"},
    {"keys", "Keys", "#27ae60"},
    {"synths", "Synths", "#16a085"},
    {"strings", "Strings", "#a0522d"},
    {"brass", "Brass", "#d35400"},
    {"woodwinds", "Woodwinds", "#7dcea0"},
    {"lead_vocals", "Lead vocals", "#2e86c1"},
    {"backing_vocals", "Backing vocals", "#85c1e9"},
    {"fx", "FX", "#7f8c8d"},
}};

const FamilyInfo *find(const QString &key)
{
    for (const FamilyInfo &family : kFamilies) {
        if (key == QLatin1String(family.key))
            return &family;
    }
    return nullptr;
}

} // namespace

const QStringList &InstrumentFamily::keys()
{
    static const QStringList list = [] {
        QStringList result;
        for (const FamilyInfo &family : kFamilies)
            result << QString::fromLatin1(family.key);
        return result;
    }();
    return list;
}

bool InstrumentFamily::isKey(const QString &key)
{
    return find(key) != nullptr;
}

QString InstrumentFamily::displayName(const QString &key)
{
    const FamilyInfo *family = find(key);
    return family ? QString::fromLatin1(family->name) : QString();
}

QString InstrumentFamily::defaultColour(const QString &key)
{
    const FamilyInfo *family = find(key);
    return family ? QString::fromLatin1(family->colour) : QString();
}

int InstrumentFamily::conventionalIndex(const QString &key)
{
    return int(keys().indexOf(key));
}

bool isHexColour(const QString &colour)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    return pattern.match(colour).hasMatch();
}

} // namespace prepmark
