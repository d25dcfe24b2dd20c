#include "RosterReader.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>
#include <optional>

namespace prepmark {

namespace {

int column(const QStringList &header, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        for (int i = 0; i < header.size(); ++i) {
            if (header[i].trimmed().compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
                return i;
        }
    }
    return -1;
}

struct Columns
{
    int first = -1, last = -1, full = -1, email = -1, username = -1, idNumber = -1, roles = -1;
    int student = -1, canvasId = -1, section = -1, status = -1;

    // The column a row's sign-in name comes from.
    int identity() const { return username >= 0 ? username : email; }
};

Columns findColumns(const QStringList &h)
{
    Columns c;
    c.first = column(h, {"First name", "firstname", "first_name"});
    c.last = column(h, {"Last name", "Surname", "lastname", "last_name"});
    c.full = column(h, {"full_name", "Full name", "Name"});
    c.email = column(h, {"Email address", "email", "E-mail"});
    c.username = column(h, {"Username", "login_id", "SIS Login ID"});
    c.idNumber = column(h, {"ID number", "idnumber", "user_id", "SIS User ID"});
    c.roles = column(h, {"Roles", "Role"});
    c.student = column(h, {"Student"});
    c.canvasId = column(h, {"ID", "canvas_user_id"});
    c.section = column(h, {"Section"});
    c.status = column(h, {"status"});
    return c;
}

// The format whose columns the header has (RosterFile::format), or an empty string.
QString formatOf(const QStringList &h, const Columns &c)
{
    const bool hasName = (c.first >= 0 && c.last >= 0) || c.full >= 0;
    if (c.student == 0 && c.canvasId >= 0 && c.section >= 0)
        return QStringLiteral("canvas-gradebook");
    if ((column(h, {"login_id"}) >= 0 || column(h, {"user_id"}) >= 0) && hasName)
        return QStringLiteral("canvas-users");
    if (column(h, {"username"}) >= 0 && column(h, {"firstname"}) >= 0 && column(h, {"lastname"}) >= 0)
        return QStringLiteral("moodle-users");
    if (hasName && c.email >= 0)
        return QStringLiteral("moodle-participants");
    return {};
}

// "Last, First" (Canvas's sortable name) as "First Last".
QString fromSortableName(const QString &name)
{
    const qsizetype comma = name.lastIndexOf(QLatin1Char(','));
    if (comma < 0)
        return name.simplified();
    return (name.mid(comma + 1) + QLatin1Char(' ') + name.left(comma)).simplified();
}

const QRegularExpression &emailPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return pattern;
}

const QRegularExpression &nonStudentRow()
{
    // Canvas writes rows of "Muted" or "Manual Posting" under the header for some assignments.
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(Muted|Manual Posting.*)?\\s*$"), QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// The field of a row in a column (trimmed), or an empty string when the file has no such column.
QString field(const CsvRecord &record, int column)
{
    return column >= 0 ? record.fields.value(column).trimmed() : QString();
}

// Reads the rows of one roster file, in order, into its entries and its problems (each
// naming the line and column); remembers what earlier rows used, to refuse duplicates.
class RosterRowReader
{
public:
    RosterRowReader(const CsvTable &table, const Columns &columns, RosterFile &file)
        : m_table(table),
          m_columns(columns),
          m_canvasGradebook(file.format == QLatin1String("canvas-gradebook")),
          m_file(file)
    {
    }

    void read(const CsvRecord &record)
    {
        if (record.fields.size() > m_table.header.size()) {
            problem(record.line, int(m_table.header.size()),
                QStringLiteral("the row has %1 fields but the header has %2")
                    .arg(record.fields.size())
                    .arg(m_table.header.size()));
            return;
        }
        const std::optional<RosterEntry> entry = entryOf(record);
        if (!entry)
            return; // not a person
        const int problemsBefore = int(m_file.problems.size());
        checkFields(*entry);
        if (!entry->skipReason.isEmpty()) {
            m_file.entries << *entry;
            return;
        }
        checkUnique(*entry);
        if (int(m_file.problems.size()) == problemsBefore)
            m_file.entries << *entry;
    }

private:
    // The person of a row as written, or nothing for a row of a Canvas gradebook that is not a person.
    std::optional<RosterEntry> entryOf(const CsvRecord &record) const
    {
        const Columns &c = m_columns;
        RosterEntry entry;
        entry.line = record.line;
        if (m_canvasGradebook) {
            const QString student = field(record, c.student);
            if (student.startsWith(QLatin1String("Points Possible"))
                || std::all_of(record.fields.begin(), record.fields.end(),
                    [](const QString &v) { return nonStudentRow().match(v).hasMatch(); }))
                return std::nullopt;
            entry.displayName = fromSortableName(student);
            if (student.compare(QLatin1String("Student, Test"), Qt::CaseInsensitive) == 0)
                entry.skipReason = QStringLiteral("Canvas's test student");
        } else {
            entry.displayName = c.full >= 0 && !field(record, c.full).isEmpty()
                ? field(record, c.full).simplified()
                : (field(record, c.first) + QLatin1Char(' ') + field(record, c.last)).simplified();
        }
        entry.email = field(record, c.email);
        entry.studentNumber = field(record, c.idNumber);
        entry.username = field(record, c.username);
        if (entry.username.isEmpty() && m_canvasGradebook && !field(record, c.canvasId).isEmpty())
            entry.username = QStringLiteral("canvas-") + field(record, c.canvasId);
        if (entry.username.isEmpty())
            entry.username = entry.email;
        const QString roles = field(record, c.roles);
        if (!roles.isEmpty() && !roles.contains(QLatin1String("student"), Qt::CaseInsensitive))
            entry.skipReason = QStringLiteral("role \"%1\", not a student").arg(roles);
        if (field(record, c.status).compare(QLatin1String("deleted"), Qt::CaseInsensitive) == 0)
            entry.skipReason = QStringLiteral("status \"deleted\"");
        return entry;
    }

    // A name, an identity to sign in with (without spaces), a plausible email address.
    void checkFields(const RosterEntry &entry)
    {
        const Columns &c = m_columns;
        if (entry.displayName.isEmpty())
            problem(entry.line, m_canvasGradebook ? c.student : (c.full >= 0 ? c.full : c.first),
                QStringLiteral("no name"));
        if (entry.username.isEmpty())
            problem(entry.line, m_canvasGradebook ? c.canvasId : c.identity(),
                m_canvasGradebook ? QStringLiteral("no SIS Login ID and no Canvas ID to sign in with")
                                  : QStringLiteral("no username and no email address to sign in with"));
        else if (entry.username.contains(QRegularExpression(QStringLiteral("\\s"))))
            problem(entry.line, c.identity(), QStringLiteral("username \"%1\" contains a space").arg(entry.username));
        if (!entry.email.isEmpty() && !emailPattern().match(entry.email).hasMatch())
            problem(entry.line, c.email, QStringLiteral("\"%1\" is not an email address").arg(entry.email));
    }

    // No two rows for the same username, email address or student number (case-insensitive).
    void checkUnique(const RosterEntry &entry)
    {
        const struct
        {
            QHash<QString, int> &seen;
            QString value;
            int column;
            const char *what;
        } unique[] = {{m_usernames, entry.username, m_columns.identity(), "username"},
            {m_emails, entry.email, m_columns.email, "email address"},
            {m_numbers, entry.studentNumber, m_columns.idNumber, "student number"}};
        for (const auto &u : unique) {
            if (u.value.isEmpty())
                continue;
            const QString key = u.value.toLower();
            if (u.seen.contains(key))
                problem(entry.line, u.column,
                    QStringLiteral("%1 \"%2\" is already on line %3")
                        .arg(QLatin1String(u.what), u.value)
                        .arg(u.seen.value(key)));
            else
                u.seen.insert(key, entry.line);
        }
    }

    void problem(int line, int column, const QString &message)
    {
        m_file.problems.append({line, column < 0 ? 0 : column + 1, message});
    }

    const CsvTable &m_table;
    const Columns m_columns;
    const bool m_canvasGradebook;
    RosterFile &m_file;
    QHash<QString, int> m_usernames, m_emails, m_numbers; // lower-cased value -> line
};

} // namespace

Result<RosterFile> RosterReader::read(const CsvTable &table)
{
    const Columns columns = findColumns(table.header);
    RosterFile file;
    file.fileName = table.fileName;
    file.format = formatOf(table.header, columns);
    if (file.format.isEmpty())
        return makeError(QStringLiteral("%1:1: no roster columns found (the header has: %2). Accepted: a Moodle "
                                        "participants list (First name, Last name, Email address), a Moodle user list "
                                        "(username, firstname, lastname, email), a Canvas gradebook export (Student, "
                                        "ID, SIS User ID, SIS Login ID, Section) or a Canvas users.csv (user_id, "
                                        "login_id, first_name, last_name, email); see README, \"Roster import\"")
                             .arg(table.fileName, table.header.join(QStringLiteral(", "))));
    RosterRowReader rows(table, columns, file);
    for (const CsvRecord &record : table.records)
        rows.read(record);
    return file;
}

} // namespace prepmark
