#pragma once

#include "CliCommand.h"

namespace prepmark::cli {

// One factory per verb, each in its own <Verb>Command.cpp.
CliCommand verdictCommand();
CliCommand analyseCommand();
CliCommand dbCommand();
CliCommand demoCommand();
CliCommand exercisesCommand();
CliCommand gradeCommand();
CliCommand renderCommand();
CliCommand reportCommand();
CliCommand feedbackSheetsCommand();
CliCommand importRosterCommand();
CliCommand exportGradesCommand();
CliCommand usersCommand();

// `report programme`, dispatched by the report verb (ProgrammeReportCommand.cpp).
int runProgrammeReport(const QStringList &arguments, CliStreams &streams);

} // namespace prepmark::cli
