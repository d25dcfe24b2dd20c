#include "GuiApplication.h"

#include "DatabaseLocator.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "ProgressDialogReporter.h"
#include "SelfTest.h"

#include "storage/DemoDataBuilder.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <cstdio>

namespace prepmark {

namespace {

int takeScreenshot(Database &database, const QString &username, const QString &path, const QSize &size)
{
    const Result<Actor> actor = UserRepository::authenticate(database.connection(), username, DemoDataBuilder::demoPassword());
    if (!actor) {
        std::fprintf(stderr, "prepmark: --as %s: %s\n", qPrintable(username), qPrintable(actor.errorMessage()));
        return 1;
    }
    MainWindow window(database, *actor);
    window.resize(size);
    window.show();
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTimer wait;
        wait.start(20);
    }
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "prepmark: cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("%s\n", qPrintable(path));
    return 0;
}

int runInteractive(Database &database)
{
    std::unique_ptr<MainWindow> window;
    std::function<bool()> signIn = [&]() {
        LoginDialog login(database);
        if (login.exec() != QDialog::Accepted)
            return false;
        window = std::make_unique<MainWindow>(database, login.actor());
        QObject::connect(window.get(), &MainWindow::signOutRequested, window.get(), [&]() {
            QTimer::singleShot(0, [&]() {
                window->close();
                window.reset();
                if (!signIn())
                    QApplication::quit();
            });
        });
        window->show();
        return true;
    };
    if (!signIn())
        return 0;
    return QApplication::exec();
}

} // namespace

int runGuiApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PrepMark"));
    QApplication::setOrganizationName(QStringLiteral("PrepMark"));
    QApplication::setApplicationVersion(QStringLiteral(PREPMARK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("PrepMark: mix preparation practice and assessment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QObject::tr("Database file (default: %1).").arg(DatabaseLocator::defaultPath()), QStringLiteral("file"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QObject::tr("Open the database, build every page offscreen, exit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QObject::tr("Save a screenshot of the main window and exit."), QStringLiteral("png"));
    const QCommandLineOption as(QStringLiteral("as"), QObject::tr("With --screenshot: the demo user to sign in as."), QStringLiteral("user"));
    const QCommandLineOption size(QStringLiteral("size"), QObject::tr("With --screenshot: window size, e.g. 1280x760."), QStringLiteral("WxH"), QStringLiteral("1280x760"));
    parser.addOptions({dbOption, selfTest, screenshot, as, size});
    parser.process(app);

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : DatabaseLocator::defaultPath();
    const bool interactive = !parser.isSet(selfTest) && !parser.isSet(screenshot);
    std::unique_ptr<ProgressDialogReporter> progress;
    if (interactive)
        progress = std::make_unique<ProgressDialogReporter>(QObject::tr("Building the demo database…"), nullptr, false);
    Result<DatabaseLocator::Opened> opened = DatabaseLocator::openOrCreateDemo(path, progress.get());
    progress.reset();
    if (!opened) {
        std::fprintf(stderr, "prepmark: %s\n", qPrintable(opened.errorMessage()));
        if (interactive)
            QMessageBox::critical(nullptr, QObject::tr("PrepMark cannot open its database"), opened.errorMessage());
        return 1;
    }
    Database &database = *opened->database;
    if (opened->createdDemo)
        std::printf("prepmark: first start: built the demo database at %s\n", qPrintable(path));

    if (parser.isSet(selfTest))
        return SelfTest(database).run();
    if (parser.isSet(screenshot)) {
        if (!parser.isSet(as)) {
            std::fprintf(stderr, "prepmark: --screenshot needs --as USER\n");
            return 2;
        }
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize windowSize = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize(1280, 760);
        return takeScreenshot(database, parser.value(as), parser.value(screenshot), windowSize);
    }
    return runInteractive(database);
}

} // namespace prepmark
