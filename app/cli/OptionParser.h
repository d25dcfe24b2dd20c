#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <limits>

namespace prepmark::cli {

// The names of the options several verbs share, so each is spelled once.
namespace SharedOption {
inline const QString database = QStringLiteral("db"); // --db FILE
inline const QString assignment = QStringLiteral("assignment"); // --assignment ID
inline const QString cohort = QStringLiteral("cohort"); // --cohort NAME (a cohort's name)
inline const QString actingUser = QStringLiteral("as"); // --as USER (who acts on an SQLite file)
} // namespace SharedOption

// A small strict parser for "--name value", "--name=value", "--flag" and positional
// arguments, so every verb reports usage errors the same way. Unknown options are errors,
// and so is a value option followed by another option instead of its value.
class OptionParser
{
public:
    OptionParser &valueOption(const QString &name);
    OptionParser &flag(const QString &name);
    // The shared options (SharedOption), declared the same way by every verb that takes them.
    OptionParser &databaseOption() { return valueOption(SharedOption::database); }
    OptionParser &assignmentOption() { return valueOption(SharedOption::assignment); }
    OptionParser &cohortOption() { return valueOption(SharedOption::cohort); }
    // --db and --as: what signInFromOptions (CliDatabase.h) reads.
    OptionParser &signInOptions() { return valueOption(SharedOption::database).valueOption(SharedOption::actingUser); }

    // Parses; on failure error() says what was wrong.
    bool parse(const QStringList &arguments);

    QString error() const { return m_error; }
    bool isSet(const QString &name) const { return m_flagsSet.contains(name) || m_values.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const { return m_values.value(name, fallback); }
    QStringList positional() const { return m_positional; }

    // Sets error() to "missing --name" when the option has no value.
    bool require(const QString &name);
    // Reads --name as the id of a row (a whole number above 0) into id, which keeps its value
    // when the option is not given. Otherwise false, with error() naming the option and the
    // value: `--assignment: "two" is not an assignment id (a whole number above 0)`.
    bool readId(const QString &name, qint64 &id);
    // Reads --name as a whole number of unit from 1 to maximum into count, which keeps its
    // value when the option is not given. Otherwise false, with error() naming the option and
    // the value: `--excerpt: "zero" is not a whole number of bars above 0`.
    bool readCount(const QString &name, int &count, const QString &unit, int maximum = std::numeric_limits<int>::max());

private:
    QSet<QString> m_valueOptions;
    QSet<QString> m_flags;
    QMap<QString, QString> m_values;
    QSet<QString> m_flagsSet;
    QStringList m_positional;
    QString m_error;
};

} // namespace prepmark::cli
