#pragma once

#include "Gradebook.h"

#include <QByteArray>

namespace prepmark {

// A grade file for Moodle's "Import grades > CSV file" (the format of Moodle's own
// plain-text grade export): UTF-8, comma-separated, one header row, one row per student.
//
//   First name, Last name, ID number, Email address,
//   "<assignment> – <dimension> (Real)" for each dimension (scores 1.00-5.00),
//   "<assignment> – Adequate (Real)" (1 adequate, 0 not),
//   "<assignment> – Adequate (Feedback)" (the verdict in words, blocking dimensions,
//       the mean for comparison, the lecturer's feedback),
//   Verdict, Blocking dimensions (for reading; map them to "Ignore")
//
// On import Moodle maps the identifier from the first of its user fields it finds in the
// header ("ID number" before "Email address"; switch "Map to" to Email address when your
// Moodle has no ID numbers). "(Real)" columns map to grade items of that name, or choose
// "New grade item"; "(Feedback)" columns map to the feedback of their item. First and
// last name are the PrepMark display name split at its first space.
class MoodleGradeCsv
{
public:
    static QByteArray write(const Gradebook &gradebook);
};

} // namespace prepmark
