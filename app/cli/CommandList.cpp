#include "CliCommand.h"
#include "Commands.h"

namespace prepmark::cli {

QList<CliCommand> allCommands()
{
    return {
        verdictCommand(),
        analyseCommand(),
        dbCommand(),
        demoCommand(),
        exercisesCommand(),
        gradeCommand(),
        renderCommand(),
        reportCommand(),
        feedbackSheetsCommand(),
        importRosterCommand(),
        exportGradesCommand(),
        usersCommand(),
    };
}

} // namespace prepmark::cli
