#pragma once

#include <QString>
#include <QStringList>

namespace prepmark {

// The instrument families a prepared session is coloured and ordered by. Keys are
// stable data ("drums", "lead_vocals"); the default colour of each family is the
// palette the answer keys and the workbench use unless an exercise overrides it.
class InstrumentFamily
{
public:
    // Every family key, in the conventional top-to-bottom track order of a session.
    static const QStringList &keys();
    static bool isKey(const QString &key);
    // "Lead vocals"
    static QString displayName(const QString &key);
    // "#rrggbb"; empty for an unknown key.
    static QString defaultColour(const QString &key);
    // Position of the family in keys(), or -1.
    static int conventionalIndex(const QString &key);
};

// True for "#rrggbb" (hex digits in either case).
bool isHexColour(const QString &colour);

} // namespace prepmark
