#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace prepmark::cli {

// Exit codes of every prepmark-cli command (the CLI contract).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the work failed; stderr names the file or field
    ExitUsage = 2, // the command line was wrong
    ExitPartial = 3, // analyse: some files could not be read, the rest were analysed
};

// Where a command writes: results to out, messages to err.
struct CliStreams
{
    QTextStream &out;
    QTextStream &err;
};

// One verb of prepmark-cli ("verdict", "db", "demo", ...). run() gets the arguments
// after the verb and returns an ExitCode.
struct CliCommand
{
    QString name;
    QString synopsis; // one line for `prepmark-cli --help`
    std::function<int(const QStringList &arguments, CliStreams &streams)> run;
};

// "prepmark-cli VERB: problem" and the verb's synopsis on stderr; returns ExitUsage.
int usageError(CliStreams &streams, const CliCommand &command, const QString &problem);
// "prepmark-cli VERB: message" on stderr; returns ExitFailure.
int failure(CliStreams &streams, const CliCommand &command, const QString &message);

// All commands, in the order `--help` lists them.
QList<CliCommand> allCommands();

// Runs prepmark-cli with argv minus the program name.
int runCli(const QStringList &arguments, CliStreams &streams);

} // namespace prepmark::cli
