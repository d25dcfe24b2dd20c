#include "CliCommand.h"
#include "Commands.h"

namespace prepmark::cli {

QList<CliCommand> allCommands()
{
    return {
        verdictCommand(),
        exercisesCommand(),
        renderCommand(),
    };
}

} // namespace prepmark::cli
