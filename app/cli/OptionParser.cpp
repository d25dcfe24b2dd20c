#include "OptionParser.h"

namespace prepmark::cli {

OptionParser &OptionParser::valueOption(const QString &name)
{
    m_valueOptions.insert(name);
    return *this;
}

OptionParser &OptionParser::flag(const QString &name)
{
    m_flags.insert(name);
    return *this;
}

bool OptionParser::parse(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            m_positional << argument;
            continue;
        }
        QString name = argument.mid(2);
        QString inlineValue;
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        const bool hasInline = equals >= 0;
        if (hasInline) {
            inlineValue = name.mid(equals + 1);
            name = name.left(equals);
        }
        if (m_flags.contains(name) && !hasInline) {
            m_flagsSet.insert(name);
        } else if (m_valueOptions.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < arguments.size()) {
                m_values.insert(name, arguments[++i]);
            } else {
                m_error = QStringLiteral("--%1 needs a value").arg(name);
                return false;
            }
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return false;
        }
    }
    return true;
}

bool OptionParser::require(const QString &name)
{
    if (m_values.value(name).isEmpty()) {
        m_error = QStringLiteral("missing --%1").arg(name);
        return false;
    }
    return true;
}

} // namespace prepmark::cli
