#pragma once

#include "ProgrammeReport.h"

#include <QCoreApplication>
#include <QString>

namespace prepmark {

// The programme report as one self-contained HTML page (no scripts, no external files;
// bars drawn with CSS, so it prints and mails well). Text is translated and numbers are
// in the current locale; every numeric cell also carries its exact value in a
// data-value attribute (counts, shares 0..1 with 4 decimals, scores with 2), so the
// page can be checked against the CSV. The markup is well-formed XML.
class ProgrammeReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeReportHtml)

public:
    static QString write(const ProgrammeReport &report);
};

} // namespace prepmark
