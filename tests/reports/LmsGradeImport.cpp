#include "LmsGradeImport.h"

#include <QRegularExpression>

namespace lms {

QVector<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xfeff)))
        text.remove(0, 1);
    QVector<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
        row << field;
        rows << row;
    }
    return rows;
}

namespace {
// Moodle's unformat_float(): a number with a point or a comma as decimal separator.
std::optional<double> moodleFloat(const QString &value)
{
    QString v = value.trimmed();
    v.replace(QLatin1Char(','), QLatin1Char('.'));
    static const QRegularExpression number(QStringLiteral("^-?\\d*\\.?\\d+$"));
    if (!number.match(v).hasMatch())
        return std::nullopt;
    return v.toDouble();
}
} // namespace

Import importMoodle(
    const QByteArray &csv, const QMap<QString, QMap<QString, QString>> &users, const QStringList &existingItems)
{
    Import import;
    QVector<QStringList> rows = parseCsv(csv);
    if (rows.isEmpty())
        return import.error = QStringLiteral("csvemptyfile"), import;
    QStringList header = rows.takeFirst();
    for (QString &h : header)
        h = h.trimmed();
    const QVector<QPair<QString, QString>> identifiers {{QStringLiteral("username"), QStringLiteral("Username")},
        {QStringLiteral("idnumber"), QStringLiteral("ID number")},
        {QStringLiteral("email"), QStringLiteral("Email address")}};
    int identifier = -1;
    QString field;
    for (const auto &candidate : identifiers) {
        identifier = int(header.indexOf(candidate.second));
        if (identifier >= 0) {
            field = candidate.first;
            break;
        }
    }
    if (identifier < 0)
        return import.error = QStringLiteral("no user field to map from"), import;
    import.identifierColumn = header[identifier];
    enum class Kind { Ignore, Grade, Feedback };
    QVector<QPair<Kind, QString>> mapping;
    for (const QString &h : header) {
        if (h.contains(QLatin1String("(Real)"))) {
            const QString item = h.section(QStringLiteral("(Real)"), 0, 0).trimmed();
            if (!existingItems.contains(item))
                import.newItems << h; // a new grade item is named after the whole header
            mapping.append({Kind::Grade, existingItems.contains(item) ? item : h});
        } else if (h.contains(QLatin1String("(Feedback)"))) {
            const QString item = h.section(QStringLiteral("(Feedback)"), 0, 0).trimmed();
            mapping.append({existingItems.contains(item) ? Kind::Feedback : Kind::Ignore, item});
        } else {
            mapping.append({Kind::Ignore, QString()});
        }
    }
    for (const QStringList &row : rows) {
        const QString value = row.value(identifier).trimmed();
        if (value.isEmpty())
            continue; // Moodle skips rows with a blank user field
        if (!users.value(field).contains(value))
            return import.error = QStringLiteral("usermappingerror: %1 %2").arg(field, value), import;
        const QString user = users.value(field).value(value);
        for (int i = 0; i < mapping.size(); ++i) {
            const QString cell = row.value(i);
            if (mapping[i].first == Kind::Grade) {
                if (cell.trimmed().isEmpty() || cell.trimmed() == QLatin1String("-")) {
                    import.grades[user].insert(mapping[i].second, std::nullopt);
                    continue;
                }
                const std::optional<double> grade = moodleFloat(cell);
                if (!grade)
                    return import.error = QStringLiteral("badgrade: \"%1\" in %2").arg(cell, header[i]), import;
                if (*grade > 100.0)
                    return import.error = QStringLiteral("gradevaluetoobig: %1").arg(*grade), import;
                import.grades[user].insert(mapping[i].second, grade);
            } else if (mapping[i].first == Kind::Feedback) {
                import.feedback[user].insert(mapping[i].second, cell);
            }
        }
    }
    return import;
}

Import importCanvas(const QByteArray &csv, const QVector<CanvasStudent> &students, const QStringList &customColumns)
{
    Import import;
    QVector<QStringList> rows = parseCsv(csv);
    if (rows.isEmpty())
        return import.error = QStringLiteral("Invalid header row"), import;
    const QStringList header = rows.takeFirst();
    // row_has_student_headers? and update_column_count
    if (!(header.size() > 3 && header[0].contains(QLatin1String("Student")) && header[1].contains(QLatin1String("ID"))))
        return import.error = QStringLiteral("Invalid header row"), import;
    int studentColumns = 3, sisUser = -1, sisLogin = -1;
    static const QRegularExpression sisLoginPattern(QStringLiteral("SIS\\s+Login\\s+ID"));
    static const QRegularExpression sisUserPattern(QStringLiteral("SIS\\s+User\\s+ID"));
    if (sisLoginPattern.match(header[2]).hasMatch()) {
        sisLogin = 2;
        studentColumns += 1;
    } else if (sisUserPattern.match(header[2]).hasMatch() && sisLoginPattern.match(header.value(3)).hasMatch()) {
        sisUser = 2;
        sisLogin = 3;
        studentColumns += 2;
    }
    QMap<QString, int> custom;
    for (int i = 0; i < header.size(); ++i) {
        if (customColumns.contains(header[i]))
            custom.insert(header[i], i);
    }
    studentColumns += int(custom.size());
    if (!header.value(studentColumns - (1 + int(custom.size()))).contains(QLatin1String("Section")))
        return import.error = QStringLiteral("Invalid header row"), import;
    // strip_non_assignment_columns, strip_custom_columns, parse_assignments
    static const QRegularExpression computed(QStringLiteral(
        "Current Score|Current Points|Current Grade|Final Score|Final Points|Final Grade|Override Score|Override "
        "Grade|Override Status"));
    QMap<QString, int> assignments;
    for (int i = studentColumns; i < header.size(); ++i) {
        if (computed.match(header[i]).hasMatch() || custom.contains(header[i]))
            continue;
        assignments.insert(header[i], i);
        import.newItems << header[i];
    }
    static const QRegularExpression ignoredRow(
        QStringLiteral("^\\s*(Muted|Manual Posting.*)?\\s*$"), QRegularExpression::CaseInsensitiveOption);
    for (const QStringList &row : rows) {
        if (row.value(0).contains(QLatin1String("Points Possible"))) {
            for (auto it = assignments.constBegin(); it != assignments.constEnd(); ++it)
                import.pointsPossible.insert(it.key(), row.value(*it).toDouble());
            continue;
        }
        if (std::all_of(row.begin(), row.end(), [](const QString &v) { return ignoredRow.match(v).hasMatch(); }))
            continue;
        // process_student
        const CanvasStudent *found = nullptr;
        for (const CanvasStudent &s : students) {
            if (!row.value(1).isEmpty() && s.id == row.value(1))
                found = &s;
        }
        for (const CanvasStudent &s : students) {
            if (!found && sisUser >= 0 && !row.value(sisUser).isEmpty() && s.sisUserId == row.value(sisUser))
                found = &s;
        }
        for (const CanvasStudent &s : students) {
            if (!found && sisLogin >= 0 && !row.value(sisLogin).isEmpty() && s.sisLoginId == row.value(sisLogin))
                found = &s;
        }
        for (const CanvasStudent &s : students) {
            if (!found && (s.name == row.value(0) || s.sortableName == row.value(0)))
                found = &s;
        }
        if (!found)
            return import.error = QStringLiteral("student not found: %1").arg(row.value(0)), import;
        for (auto it = assignments.constBegin(); it != assignments.constEnd(); ++it) {
            QString grade = row.value(*it).trimmed();
            static const QRegularExpression decimal(QStringLiteral("^-?[0-9.,]+%?$"));
            if (decimal.match(grade).hasMatch()) {
                // decimal_comma_to_period
                QStringList parts = grade.split(QRegularExpression(QStringLiteral("[,.]")));
                const QString last = parts.takeLast();
                grade = parts.isEmpty() ? last : parts.join(QString()) + QLatin1Char('.') + last;
            }
            if (grade.isEmpty() || grade == QLatin1String("-")) {
                import.grades[found->key].insert(it.key(), std::nullopt);
                continue;
            }
            bool ok = false;
            const double value = grade.toDouble(&ok);
            if (!ok)
                return import.error = QStringLiteral("not a points grade: \"%1\" for %2").arg(grade, it.key()), import;
            import.grades[found->key].insert(it.key(), value);
        }
        for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
            import.feedback[found->key].insert(it.key(), row.value(*it));
    }
    return import;
}

} // namespace lms
