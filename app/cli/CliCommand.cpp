#include "CliCommand.h"

namespace prepmark::cli {

int runCli(const QStringList &arguments, CliStreams &streams)
{
    const QList<CliCommand> commands = allCommands();
    auto printHelp = [&](QTextStream &stream) {
        stream << "usage: prepmark-cli COMMAND [options]\n\ncommands:\n";
        for (const CliCommand &command : commands)
            stream << "  " << command.synopsis << '\n';
    };
    if (arguments.isEmpty()) {
        printHelp(streams.err);
        return ExitUsage;
    }
    const QString &verb = arguments.first();
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") || verb == QLatin1String("help")) {
        printHelp(streams.out);
        return ExitSuccess;
    }
    for (const CliCommand &command : commands) {
        if (command.name == verb)
            return command.run(arguments.mid(1), streams);
    }
    streams.err << "prepmark-cli: unknown command \"" << verb << "\"\n";
    printHelp(streams.err);
    return ExitUsage;
}

} // namespace prepmark::cli
