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

int usageError(CliStreams &streams, const CliCommand &command, const QString &problem)
{
    streams.err << "prepmark-cli " << command.name << ": " << problem << "\nusage: " << command.synopsis << '\n';
    return ExitUsage;
}

int failure(CliStreams &streams, const CliCommand &command, const QString &message)
{
    streams.err << "prepmark-cli " << command.name << ": " << message << '\n';
    return ExitFailure;
}

} // namespace prepmark::cli
