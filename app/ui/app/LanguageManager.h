#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace prepmark {

// The interface language, switched while the application runs. Translations are the
// compiled Qt Linguist files of translations/ (":/i18n/prepmark_<code>.qm"), with Qt's
// own (dialog buttons) when Debian's qt6-translations-l10n is installed. Applying a
// language installs its translators, which makes Qt send QEvent::LanguageChange to every
// widget, and sets the default QLocale so numbers and dates follow it.
class LanguageManager
{
    Q_DECLARE_TR_FUNCTIONS(LanguageManager)

public:
    // (code, name in that language); code "" is the system's language.
    static QList<QPair<QString, QString>> languages();

    // Applies code ("de", "es", "fr", "en", or "" for the system's); false when its
    // translation is missing (English is then used).
    static bool apply(const QString &code);
    static QString current();

    // The stored choice, and storing it (QSettings "language").
    static QString stored();
    static void store(const QString &code);
};

} // namespace prepmark
