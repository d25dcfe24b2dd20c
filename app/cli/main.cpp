#include "CliCommand.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("PrepMark"));
    QCoreApplication::setOrganizationName(QStringLiteral("PrepMark"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    prepmark::cli::CliStreams streams{out, err};
    const int code = prepmark::cli::runCli(app.arguments().mid(1), streams);
    out.flush();
    err.flush();
    return code;
}
