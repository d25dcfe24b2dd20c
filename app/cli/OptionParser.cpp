#include "OptionParser.h"

namespace prepmark::cli {

namespace {
bool isOption(const QString &argument)
{
    return argument.startsWith(QLatin1String("--")) && argument != QLatin1String("--");
}
} // namespace

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
        if (!isOption(argument)) {
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
            } else if (i + 1 < arguments.size() && !isOption(arguments[i + 1])) {
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

bool OptionParser::readId(const QString &name, qint64 &id)
{
    if (!m_values.contains(name))
        return true;
    bool ok = false;
    const qint64 read = m_values.value(name).toLongLong(&ok);
    if (!ok || read < 1) {
        const bool vowel = QStringLiteral("aeiou").contains(name.left(1));
        m_error = QStringLiteral("--%1: \"%2\" is not %3 %1 id (a whole number above 0)")
                      .arg(name, m_values.value(name), vowel ? QStringLiteral("an") : QStringLiteral("a"));
        return false;
    }
    id = read;
    return true;
}

bool OptionParser::readCount(const QString &name, int &count, const QString &unit, int maximum)
{
    if (!m_values.contains(name))
        return true;
    bool ok = false;
    const int read = m_values.value(name).toInt(&ok);
    if (!ok || read < 1 || read > maximum) {
        const QString range = maximum == std::numeric_limits<int>::max() ? QStringLiteral("above 0")
                                                                         : QStringLiteral("from 1 to %1").arg(maximum);
        m_error = QStringLiteral("--%1: \"%2\" is not a whole number of %3 %4")
                      .arg(name, m_values.value(name), unit, range);
        return false;
    }
    count = read;
    return true;
}

} // namespace prepmark::cli
