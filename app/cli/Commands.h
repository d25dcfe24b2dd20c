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

} // namespace prepmark::cli
