#include "RosterReader.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <initializer_list>

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
};

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

} // namespace

Result<RosterFile> RosterReader::read(const CsvTable &table)
{
    RosterFile file;
    file.fileName = table.fileName;
    const QStringList &h = table.header;
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
    const bool hasName = (c.first >= 0 && c.last >= 0) || c.full >= 0;

    if (c.student == 0 && c.canvasId >= 0 && c.section >= 0)
        file.format = QStringLiteral("canvas-gradebook");
    else if ((column(h, {"login_id"}) >= 0 || column(h, {"user_id"}) >= 0) && hasName)
        file.format = QStringLiteral("canvas-users");
    else if (column(h, {"username"}) >= 0 && column(h, {"firstname"}) >= 0 && column(h, {"lastname"}) >= 0)
        file.format = QStringLiteral("moodle-users");
    else if (hasName && c.email >= 0)
        file.format = QStringLiteral("moodle-participants");
    else
        return makeError(QStringLiteral("%1:1: no roster columns found (the header has: %2). Accepted: a Moodle "
                                        "participants list (First name, Last name, Email address), a Moodle user list "
                                        "(username, firstname, lastname, email), a Canvas gradebook export (Student, "
                                        "ID, SIS User ID, SIS Login ID, Section) or a Canvas users.csv (user_id, "
                                        "login_id, first_name, last_name, email); see README, \"Roster import\"")
                             .arg(table.fileName, h.join(QStringLiteral(", "))));
    const bool canvasGradebook = file.format == QLatin1String("canvas-gradebook");

    QHash<QString, int> usernames, emails, numbers; // lower-cased value -> line
    auto problem = [&](int line, int col, const QString &message) {
        file.problems.append({line, col < 0 ? 0 : col + 1, message});
    };
    for (const CsvRecord &record : table.records) {
        const QStringList &f = record.fields;
        auto get = [&](int col) { return col >= 0 ? f.value(col).trimmed() : QString(); };
        if (f.size() > h.size()) {
            problem(record.line, int(h.size()),
                QStringLiteral("the row has %1 fields but the header has %2").arg(f.size()).arg(h.size()));
            continue;
        }
        RosterEntry entry;
        entry.line = record.line;
        if (canvasGradebook) {
            const QString student = get(c.student);
            if (student.startsWith(QLatin1String("Points Possible"))
                || std::all_of(
                    f.begin(), f.end(), [](const QString &v) { return nonStudentRow().match(v).hasMatch(); }))
                continue; // not a person
            entry.displayName = fromSortableName(student);
            if (student.compare(QLatin1String("Student, Test"), Qt::CaseInsensitive) == 0)
                entry.skipReason = QStringLiteral("Canvas's test student");
        } else {
            entry.displayName = c.full >= 0 && !get(c.full).isEmpty()
                ? get(c.full).simplified()
                : (get(c.first) + QLatin1Char(' ') + get(c.last)).simplified();
        }
        entry.email = get(c.email);
        entry.studentNumber = get(c.idNumber);
        entry.username = get(c.username);
        const int identityColumn = c.username >= 0 ? c.username : c.email;
        if (entry.username.isEmpty() && canvasGradebook && !get(c.canvasId).isEmpty())
            entry.username = QStringLiteral("canvas-") + get(c.canvasId);
        if (entry.username.isEmpty())
            entry.username = entry.email;
        if (c.roles >= 0 && !get(c.roles).isEmpty()
            && !get(c.roles).contains(QLatin1String("student"), Qt::CaseInsensitive))
            entry.skipReason = QStringLiteral("role \"%1\", not a student").arg(get(c.roles));
        if (c.status >= 0 && get(c.status).compare(QLatin1String("deleted"), Qt::CaseInsensitive) == 0)
            entry.skipReason = QStringLiteral("status \"deleted\"");

        const int problemsBefore = int(file.problems.size());
        if (entry.displayName.isEmpty())
            problem(
                record.line, canvasGradebook ? c.student : (c.full >= 0 ? c.full : c.first), QStringLiteral("no name"));
        if (entry.username.isEmpty())
            problem(record.line, canvasGradebook ? c.canvasId : identityColumn,
                canvasGradebook ? QStringLiteral("no SIS Login ID and no Canvas ID to sign in with")
                                : QStringLiteral("no username and no email address to sign in with"));
        else if (entry.username.contains(QRegularExpression(QStringLiteral("\\s"))))
            problem(
                record.line, identityColumn, QStringLiteral("username \"%1\" contains a space").arg(entry.username));
        if (!entry.email.isEmpty() && !emailPattern().match(entry.email).hasMatch())
            problem(record.line, c.email, QStringLiteral("\"%1\" is not an email address").arg(entry.email));
        if (!entry.skipReason.isEmpty()) {
            file.entries << entry;
            continue;
        }
        const struct
        {
            QHash<QString, int> &seen;
            QString value;
            int column;
            const char *what;
        } unique[]
            = {{usernames, entry.username, identityColumn, "username"}, {emails, entry.email, c.email, "email address"},
                {numbers, entry.studentNumber, c.idNumber, "student number"}};
        for (const auto &u : unique) {
            if (u.value.isEmpty())
                continue;
            const QString key = u.value.toLower();
            if (u.seen.contains(key))
                problem(record.line, u.column,
                    QStringLiteral("%1 \"%2\" is already on line %3")
                        .arg(QLatin1String(u.what), u.value)
                        .arg(u.seen.value(key)));
            else
                u.seen.insert(key, record.line);
        }
        if (int(file.problems.size()) == problemsBefore)
            file.entries << entry;
    }
    return file;
}

} // namespace prepmark
