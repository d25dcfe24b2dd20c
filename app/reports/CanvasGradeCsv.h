#pragma once

#include "Gradebook.h"

#include <QByteArray>

namespace prepmark {

// A grade file for Canvas's Gradebook "Import" (the layout of Canvas's gradebook export):
// UTF-8, comma-separated.
//
//   row 1: Student, ID, SIS User ID, SIS Login ID, Section, Notes,
//          "<assignment> – <dimension>" for each dimension, "<assignment> – Adequate"
//   row 2: Points Possible, , , , , , <scale maximum> per dimension, 1
//   then one row per student: "Last, First", Canvas ID, SIS User ID, SIS Login ID,
//          section (the cohort), notes (verdict in words, blocking dimensions, mean for
//          comparison, the lecturer's feedback), scores, 1 or 0.
//
// Canvas finds the student by ID, then SIS User ID, then SIS Login ID, then name. IDs
// come from the roster import: the SIS User ID is the student number, the SIS Login ID
// the username; a "canvas-<ID>" username gives the Canvas ID instead. Assignment columns
// that match no Canvas assignment are created as new assignments (points as in row 2).
// Canvas imports text only into custom columns that already exist: show the gradebook's
// Notes column before importing, or choose to ignore "Notes" on the import page.
class CanvasGradeCsv
{
public:
    static QByteArray write(const Gradebook &gradebook);
};

} // namespace prepmark
