#pragma once

#include "cli/CliCommand.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace prepmark::test {

// What one in-process run of prepmark-cli returned and wrote.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

inline CliRun runPrepmarkCli(const QStringList &arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    cli::CliStreams streams {out, err};
    run.code = cli::runCli(arguments, streams);
    out.flush();
    err.flush();
    return run;
}

} // namespace prepmark::test
