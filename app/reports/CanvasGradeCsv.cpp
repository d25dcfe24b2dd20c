#include "CanvasGradeCsv.h"

#include "CsvWriter.h"

namespace prepmark {

namespace {
QString sortableName(const QString &displayName)
{
    const QString name = displayName.simplified();
    const qsizetype space = name.lastIndexOf(QLatin1Char(' '));
    return space < 0 ? name : name.mid(space + 1) + QStringLiteral(", ") + name.left(space);
}
} // namespace

QByteArray CanvasGradeCsv::write(const Gradebook &gradebook)
{
    CsvWriter csv;
    QStringList header {QStringLiteral("Student"), QStringLiteral("ID"), QStringLiteral("SIS User ID"),
        QStringLiteral("SIS Login ID"), QStringLiteral("Section"), QStringLiteral("Notes")};
    QStringList points {QStringLiteral("Points Possible"), {}, {}, {}, {}, {}};
    for (const Dimension &d : gradebook.rubric.dimensions) {
        header << gradebook.itemName(d);
        points << QString::number(gradebook.rubric.scale.max);
    }
    header << gradebook.adequacyItemName();
    points << QStringLiteral("1");
    csv.addRecord(header);
    csv.addRecord(points);
    for (const GradebookRow &row : gradebook.rows) {
        const QString username = row.student.username;
        const bool canvasId = username.startsWith(QLatin1String("canvas-"));
        QStringList fields {sortableName(row.student.displayName), canvasId ? username.mid(7) : QString(),
            row.student.studentNumber, canvasId ? QString() : username, gradebook.cohortName,
            Gradebook::feedbackText(row)};
        for (const Dimension &d : gradebook.rubric.dimensions)
            fields << gradeNumber(row.result.scores.value(d.key));
        fields << (row.verdict.adequate ? QStringLiteral("1") : QStringLiteral("0"));
        csv.addRecord(fields);
    }
    return csv.bytes();
}

} // namespace prepmark
