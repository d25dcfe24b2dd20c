#include "CliCommand.h"
#include "Commands.h"

namespace prepmark::cli {

QList<CliCommand> allCommands()
{
    return {
        verdictCommand(),
        dbCommand(),
        demoCommand(),
    };
}

} // namespace prepmark::cli
