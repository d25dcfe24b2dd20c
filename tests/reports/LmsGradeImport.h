#pragma once

#include <QByteArray>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// Importers that follow what Moodle and Canvas do with an uploaded grade CSV, written
// from their documentation and source (Moodle grade/import/csv: load_data.php and the
// mapping form; Canvas app/models/gradebook_importer.rb), sharing no code with app/, so
// PrepMark's grade files are checked against the platforms' rules rather than against
// PrepMark's own reading of them.
namespace lms {

// RFC 4180 as the platforms' CSV libraries read it (PHP fgetcsv, Ruby CSV).
QVector<QStringList> parseCsv(const QByteArray &bytes);

struct Import
{
    QString error; // empty: the platform accepts the file
    QString identifierColumn; // the column users were matched by
    QMap<QString, QMap<QString, std::optional<double>>> grades; // user key -> item -> grade (nullopt: none)
    QMap<QString, QMap<QString, QString>>
        feedback; // user key -> item -> text (Moodle: feedback; Canvas: custom column)
    QStringList newItems; // items the import creates
    QMap<QString, double> pointsPossible; // Canvas: item -> points
};

// Moodle's CSV grade import. users: the course's users by field ("username",
// "idnumber", "email") -> value -> user key. existingItems: the course's grade items.
// Columns are mapped the way the mapping form preselects them: the identifier from the
// first user field whose label is a header ("Username", "ID number", "Email address");
// "<item> (Real)" to the existing item, else (the teacher's choice) to a new item;
// "<item> (Feedback)" to the feedback of an existing item, else ignored; everything
// else ignored. Grades: "" or "-" is no grade, otherwise a number (point or comma
// decimal) no greater than 100.
Import importMoodle(
    const QByteArray &csv, const QMap<QString, QMap<QString, QString>> &users, const QStringList &existingItems);

// Canvas's gradebook import. students: key -> (Canvas id, SIS user id, SIS login id,
// name, sortable name). customColumns: titles of the gradebook's custom columns (e.g.
// "Notes"). Header rules of GradebookImporter (Student, ID, [SIS User ID, SIS Login ID],
// Section, custom columns, then assignments; computed columns stripped); the "Points
// Possible" row; students found by ID, SIS User ID, SIS Login ID, then name.
struct CanvasStudent
{
    QString key;
    QString id;
    QString sisUserId;
    QString sisLoginId;
    QString name;
    QString sortableName;
};
Import importCanvas(const QByteArray &csv, const QVector<CanvasStudent> &students, const QStringList &customColumns);

} // namespace lms
