#include "MoodleGradeCsv.h"

#include "CsvWriter.h"

namespace prepmark {

QByteArray MoodleGradeCsv::write(const Gradebook &gradebook)
{
    CsvWriter csv;
    QStringList header {QStringLiteral("First name"), QStringLiteral("Last name"), QStringLiteral("ID number"),
        QStringLiteral("Email address")};
    for (const Dimension &d : gradebook.rubric.dimensions)
        header << gradebook.itemName(d) + QStringLiteral(" (Real)");
    header << gradebook.adequacyItemName() + QStringLiteral(" (Real)")
           << gradebook.adequacyItemName() + QStringLiteral(" (Feedback)") << QStringLiteral("Verdict")
           << QStringLiteral("Blocking dimensions");
    csv.addRecord(header);
    for (const GradebookRow &row : gradebook.rows) {
        const QString name = row.student.displayName.simplified();
        const qsizetype space = name.indexOf(QLatin1Char(' '));
        QStringList fields {space < 0 ? name : name.left(space), space < 0 ? QString() : name.mid(space + 1),
            row.student.studentNumber, row.student.email};
        for (const Dimension &d : gradebook.rubric.dimensions)
            fields << gradeNumber(row.result.scores.value(d.key));
        fields << (row.verdict.adequate ? QStringLiteral("1") : QStringLiteral("0")) << Gradebook::feedbackText(row)
               << (row.verdict.adequate ? QStringLiteral("adequate") : QStringLiteral("inadequate"))
               << Gradebook::blockingNames(row);
        csv.addRecord(fields);
    }
    return csv.bytes();
}

} // namespace prepmark
