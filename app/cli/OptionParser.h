#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace prepmark::cli {

// A small strict parser for "--name value", "--flag" and positional arguments, so
// every verb reports usage errors the same way. Unknown options are errors.
class OptionParser
{
public:
    OptionParser &valueOption(const QString &name);
    OptionParser &flag(const QString &name);
    // Parses; on failure error() says what was wrong.
    bool parse(const QStringList &arguments);

    QString error() const { return m_error; }
    bool isSet(const QString &name) const { return m_flagsSet.contains(name) || m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    QStringList positional() const { return m_positional; }

    // Sets error() to "missing --name" when the option has no value.
    bool require(const QString &name);

private:
    QSet<QString> m_valueOptions;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
    QSet<QString> m_flagsSet;
    QStringList m_positional;
    QString m_error;
};

} // namespace prepmark::cli
