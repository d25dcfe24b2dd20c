#include "GuiApplication.h"

#include "DatabaseLocator.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SelfTest.h"
#include "SignInFlow.h"
#include "StaffHomePage.h"
#include "StudentScene.h"
#include "ui/cohort/CohortDashboardPage.h"
#include "ui/cohort/ProgrammeReportPage.h"
#include "ui/marking/MarkingQueueModel.h"
#include "ui/marking/MarkingQueuePage.h"
#include "ui/marking/MarkingWorkspace.h"

#include "demo/DemoDataBuilder.h"
#include "storage/UserRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace prepmark {

namespace {

// What a screenshot shows besides the home page (--page, --submission, --cohort).
struct ScreenshotScene
{
    QString page; // "", "results", "queue", "marking", "moderation", "dashboard"
    qint64 submissionId = 0; // 0: the first suitable one in the queue
    QString cohort; // dashboard: the cohort's name; empty: the first
    QString exercise; // a student's exercise or workbench page: the exercise's key
    int excerptBars = 0; // > 0: render only that many bars of every section
};

// Opens the scene's page in a staff window; an error names what could not be shown.
Status showScene(MainWindow &window, const ScreenshotScene &scene)
{
    if (window.context().actor.role == Role::Student)
        return StudentScene::show(window, scene.page, scene.exercise, scene.excerptBars);
    if (scene.page.isEmpty())
        return {};
    auto *staff = qobject_cast<StaffHomePage *>(window.homePage());
    if (!staff)
        return makeError(QStringLiteral("--page %1: only staff have that page").arg(scene.page));
    if (scene.page == QLatin1String("results"))
        return {};
    if (scene.page == QLatin1String("programme")) {
        if (!staff->programmePage())
            return makeError(QStringLiteral("--page programme: only programme leaders and admins have that page"));
        staff->tabs()->setCurrentIndex(StaffHomePage::ProgrammeTab);
        return {};
    }
    if (scene.page == QLatin1String("accounts")) {
        if (!staff->accountsPage())
            return makeError(QStringLiteral("--page accounts: only admins have that page"));
        staff->tabs()->setCurrentIndex(StaffHomePage::AccountsTab);
        return {};
    }
    if (scene.page == QLatin1String("dashboard")) {
        staff->tabs()->setCurrentIndex(StaffHomePage::DashboardTab);
        QComboBox *cohorts = staff->dashboardPage()->cohortPicker();
        if (!scene.cohort.isEmpty()) {
            const int index = cohorts->findText(scene.cohort, Qt::MatchStartsWith);
            if (index < 0)
                return makeError(QStringLiteral("--cohort %1: not a cohort this user sees").arg(scene.cohort));
            cohorts->setCurrentIndex(index);
        }
        return {};
    }
    staff->tabs()->setCurrentIndex(StaffHomePage::MarkingTab);
    if (scene.page == QLatin1String("queue"))
        return {};
    const bool marking = scene.page == QLatin1String("marking");
    if (!marking && scene.page != QLatin1String("moderation"))
        return makeError(QStringLiteral(
            "--page %1: use signin, results, queue, marking, moderation, dashboard, programme or accounts")
                             .arg(scene.page));
    qint64 submission = scene.submissionId;
    const MarkingQueueModel *queue = staff->markingWorkspace()->queuePage()->model();
    for (int pass = 0; pass < 2 && submission == 0; ++pass) {
        for (int r = 0; r < queue->rowCount() && submission == 0; ++r) {
            const MarkingTask task = queue->taskAt(r);
            const bool fits = marking ? (task == MarkingTask::FirstMarking || task == MarkingTask::SecondMarking)
                                      : (task == MarkingTask::Moderation || task == MarkingTask::Agreement);
            // First pass: a marking under way (a draft) shows more than an empty sheet, and
            // a moderation more than an agreement.
            const bool preferred = marking ? queue->rowAt(r).myDraft : task == MarkingTask::Moderation;
            if (fits && (pass == 1 || preferred))
                submission = queue->rowAt(r).submissionId;
        }
    }
    if (submission == 0)
        return makeError(QStringLiteral("--page %1: nothing in %2's queue to open")
                             .arg(scene.page, window.context().actor.username));
    staff->markingWorkspace()->openSubmission(submission);
    return {};
}

// Lets the window lay itself out and paint before it is grabbed.
void settle()
{
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents();
        QTimer wait;
        wait.start(20);
    }
}

int saveGrab(QWidget &widget, const QString &path)
{
    settle();
    if (!widget.grab().save(path)) {
        std::fprintf(stderr, "prepmark: cannot write %s\n", qPrintable(path));
        return 1;
    }
    std::printf("%s\n", qPrintable(path));
    return 0;
}

// The database a batch run (--self-test, --screenshot) works on: the file (the demo is built
// only in the default one), or the server signed in to as user with password (empty: the
// URL's user, with the password libpq finds in PGPASSWORD or ~/.pgpass).
Result<std::unique_ptr<Database>> openForBatch(
    const DatabaseLocator::SignInStart &start, const QString &user = {}, const QString &password = {})
{
    if (start.server) {
        const DatabaseLocation location = user.isEmpty() ? *start.server : start.server->withUser(user);
        return Database::open(location, Database::Mode::Existing, password);
    }
    Result<DatabaseLocator::Opened> opened = DatabaseLocator::openOrCreateDemo(start.localPath);
    if (!opened)
        return opened.error();
    if (opened->createdDemo)
        std::printf("prepmark: first start: built the demo database at %s\n", qPrintable(start.localPath));
    return std::move(opened->database);
}

// --screenshot --page signin: the sign-in dialog where it would sign in, the user name typed.
int screenshotSignIn(const DatabaseLocator::SignInStart &start, const QString &username, const QString &path)
{
    LoginDialog login(start.localPath, start.server);
    auto *name = login.findChild<QLineEdit *>(QStringLiteral("username"));
    if (!username.isEmpty())
        name->setText(username);
    login.show();
    return saveGrab(login, path);
}

int takeScreenshot(const DatabaseLocator::SignInStart &start, const QString &username, const QString &path,
    const QSize &size, const ScreenshotScene &scene)
{
    if (scene.page == QLatin1String("signin"))
        return screenshotSignIn(start, username, path);
    if (username.isEmpty()) {
        std::fprintf(stderr, "prepmark: --screenshot needs --as USER\n");
        return 2;
    }
    // Demo accounts, on a server too, have the demo password.
    const Result<std::unique_ptr<Database>> database
        = openForBatch(start, username.toLower(), DemoDataBuilder::demoPassword());
    if (!database) {
        std::fprintf(stderr, "prepmark: %s\n", qPrintable(database.errorMessage()));
        return 1;
    }
    const Result<Actor> actor = (*database)->isServer()
        ? UserRepository::signedIn((*database)->connection())
        : UserRepository::authenticate((*database)->connection(), username, DemoDataBuilder::demoPassword());
    if (!actor) {
        std::fprintf(stderr, "prepmark: --as %s: %s\n", qPrintable(username), qPrintable(actor.errorMessage()));
        return 1;
    }
    MainWindow window(**database, *actor);
    window.resize(size);
    window.show();
    if (const Status shown = showScene(window, scene); !shown) {
        std::fprintf(stderr, "prepmark: %s\n", qPrintable(shown.errorMessage()));
        return 2;
    }
    return saveGrab(window, path);
}

} // namespace

int runGuiApplication(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PrepMark"));
    QApplication::setOrganizationName(QStringLiteral("PrepMark"));
    QApplication::setApplicationVersion(QStringLiteral(PREPMARK_VERSION));

    // The stored language first, so even --help is translated; --language overrides it.
    LanguageManager::apply(LanguageManager::stored());
    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("PrepMark: mix preparation practice and assessment."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QObject::tr("The database: a file (default: %1) or a department server, postgresql://USER@HOST:PORT/DBNAME.")
            .arg(DatabaseLocator::defaultPath()),
        QStringLiteral("file|url"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"), QObject::tr("Open the database, build every page offscreen, exit."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QObject::tr("Save a screenshot of the main window and exit."), QStringLiteral("png"));
    const QCommandLineOption as(QStringLiteral("as"),
        QObject::tr("With --screenshot: the demo user to sign in as (with --page signin: the user name typed)."),
        QStringLiteral("user"));
    const QCommandLineOption size(QStringLiteral("size"), QObject::tr("With --screenshot: window size, e.g. 1280x760."),
        QStringLiteral("WxH"), QStringLiteral("1280x760"));
    const QCommandLineOption page(QStringLiteral("page"),
        QObject::tr("With --screenshot: the page to show; signin: the sign-in dialog; staff: results, queue, marking, "
                    "moderation, dashboard, programme or accounts; students: exercises, exercise, workbench, profile "
                    "or results."),
        QStringLiteral("page"));
    const QCommandLineOption exercise(QStringLiteral("exercise"),
        QObject::tr("With --page exercise|workbench: the exercise to open (default: rock-highway-static)."),
        QStringLiteral("key"), QStringLiteral("rock-highway-static"));
    const QCommandLineOption excerpt(QStringLiteral("excerpt"),
        QObject::tr("With --page workbench: render only BARS bars of every section."), QStringLiteral("bars"),
        QStringLiteral("0"));
    const QCommandLineOption submission(QStringLiteral("submission"),
        QObject::tr(
            "With --page marking|moderation: the submission to open (default: the first suitable one in the queue)."),
        QStringLiteral("id"));
    const QCommandLineOption cohort(QStringLiteral("cohort"),
        QObject::tr("With --page dashboard: the cohort to show (default: the first)."), QStringLiteral("name"));
    const QCommandLineOption language(QStringLiteral("language"),
        QObject::tr("The interface language for this run: de, en, es or fr (default: the one chosen in Settings)."),
        QStringLiteral("code"));
    parser.addOptions(
        {dbOption, selfTest, screenshot, as, size, page, submission, cohort, exercise, excerpt, language});
    parser.process(app);
    if (parser.isSet(language)) {
        if (!LanguageManager::apply(parser.value(language)))
            std::fprintf(stderr, "prepmark: --language %s: no such translation; using English\n",
                qPrintable(parser.value(language)));
    }

    const Result<DatabaseLocator::SignInStart> start = DatabaseLocator::signInStart(parser.value(dbOption));
    const bool interactive = !parser.isSet(selfTest) && !parser.isSet(screenshot);
    if (!start) {
        std::fprintf(stderr, "prepmark: --db: %s\n", qPrintable(start.errorMessage()));
        if (interactive)
            QMessageBox::critical(nullptr, QObject::tr("PrepMark cannot open its database"), start.errorMessage());
        return 2;
    }

    if (parser.isSet(selfTest)) {
        const Result<std::unique_ptr<Database>> database = openForBatch(*start);
        if (!database) {
            std::fprintf(stderr, "prepmark: %s\n", qPrintable(database.errorMessage()));
            return 1;
        }
        return SelfTest(**database).run();
    }
    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize windowSize = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize(1280, 760);
        const ScreenshotScene scene {parser.value(page), parser.value(submission).toLongLong(), parser.value(cohort),
            parser.value(exercise), parser.value(excerpt).toInt()};
        return takeScreenshot(*start, parser.value(as), parser.value(screenshot), windowSize, scene);
    }
    SignInFlow flow(start->localPath, start->server);
    QObject::connect(&flow, &SignInFlow::finished, &app, &QApplication::quit, Qt::QueuedConnection);
    flow.start();
    return QApplication::exec();
}

} // namespace prepmark
