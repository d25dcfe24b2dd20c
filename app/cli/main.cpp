#include "CliCommand.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace {
// Verbs that draw pages (PDF reports with Qt Charts, feedback sheets) need a
// QApplication: fonts come from QtGui, and a chart is a QGraphicsWidget. Everything
// else runs on a QCoreApplication, with no display.
bool drawsPages(int argc, char *argv[])
{
    if (argc > 1 && std::strcmp(argv[1], "feedback-sheets") == 0)
        return true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--pdf") == 0 || std::strncmp(argv[i], "--pdf=", 6) == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (drawsPages(argc, argv)) {
        // No window is ever shown: draw offscreen unless told otherwise.
        if (!std::getenv("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("PrepMark"));
    QCoreApplication::setOrganizationName(QStringLiteral("PrepMark"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    prepmark::cli::CliStreams streams {out, err};
    const int code = prepmark::cli::runCli(QCoreApplication::arguments().mid(1), streams);
    out.flush();
    err.flush();
    return code;
}
