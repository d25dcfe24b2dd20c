#pragma once

#include "ProgrammeReport.h"

#include <QByteArray>

namespace prepmark {

// The programme report as CSV, one record per cohort × dimension (UTF-8 with a byte
// order mark, for spreadsheets). Columns, fixed and in English so scripts can rely on
// them whatever the interface language:
//
//   programme, academic_year, cohort, module, students_enrolled, students_with_results,
//   submissions, results, adequate, adequacy_rate, masked_failures,
//   dimension_key, dimension, threshold, at_threshold, attainment, blocking,
//   sole_blocker, mean_score
//
// The cohort's figures repeat on each of its rows. Rates are shares 0..1 with 4
// decimals, mean scores 2 decimals, "." as the decimal point; a rate without results is
// empty. threshold lists every threshold the dimension was judged against ("2.50/3.00"
// when rubric versions differ). A dimension the cohort has no result on has no row.
QByteArray programmeReportCsv(const ProgrammeReport &report);

} // namespace prepmark
