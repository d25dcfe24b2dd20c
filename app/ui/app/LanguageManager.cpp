#include "LanguageManager.h"

#include <QApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

#include <memory>

namespace prepmark {

namespace {
std::unique_ptr<QTranslator> g_prepmark;
std::unique_ptr<QTranslator> g_qt;
QString g_current;

const char *const kCodes[] = {"de", "en", "es", "fr"};
} // namespace

QList<QPair<QString, QString>> LanguageManager::languages()
{
    return {{QString(), tr("System default")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("fr"), QStringLiteral("Français")}};
}

bool LanguageManager::apply(const QString &requested)
{
    QString code = requested;
    if (code.isEmpty()) {
        const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
        code = QStringLiteral("en");
        for (const char *known : kCodes) {
            if (system == QLatin1String(known))
                code = system;
        }
    }
    const bool hadTranslator = g_prepmark || g_qt;
    if (g_prepmark)
        QCoreApplication::removeTranslator(g_prepmark.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_prepmark.reset();
    g_qt.reset();
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    g_current = code;
    bool loaded = true;
    if (code != QLatin1String("en")) {
        auto prepmark = std::make_unique<QTranslator>();
        loaded = prepmark->load(QStringLiteral(":/i18n/prepmark_%1.qm").arg(code));
        if (loaded) {
            QCoreApplication::installTranslator(prepmark.get());
            g_prepmark = std::move(prepmark);
        }
        auto qt = std::make_unique<QTranslator>();
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            g_qt = std::move(qt);
        }
    }
    if (!hadTranslator && !g_prepmark && !g_qt) {
        // No translator came or went (English before and after), so Qt sends no
        // LanguageChange; the locale may still have changed, so say so ourselves.
        for (QWidget *window : QApplication::topLevelWidgets()) {
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(window, &change);
        }
    }
    return loaded;
}

QString LanguageManager::current()
{
    return g_current;
}

QString LanguageManager::stored()
{
    return QSettings().value(QStringLiteral("language")).toString();
}

void LanguageManager::store(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
}

} // namespace prepmark
