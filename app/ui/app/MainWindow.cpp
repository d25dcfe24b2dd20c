#include "MainWindow.h"

#include "DatabaseLocator.h"
#include "SettingsDialog.h"
#include "StaffHomePage.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/common/RoleText.h"
#include "ui/marking/MarkingPage.h"
#include "ui/marking/MarkingWorkspace.h"
#include "ui/marking/ModerationPage.h"
#include "ui/student/ReleasedResultsPage.h"
#include "ui/student/StudentExercisesPage.h"
#include "ui/student/StudentProfilePage.h"
#include "ui/student/StudentWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

namespace prepmark {

MainWindow::MainWindow(Database &database, const Actor &actor, QWidget *parent)
    : QMainWindow(parent), m_context(new UserContext {database, actor})
{
    setObjectName(QStringLiteral("mainWindow"));
    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel);
    buildHome();
    retranslate();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow()
{
    // The pages hold references to the user context: delete them (a workbench saves its
    // draft as it goes) while the context still exists, not after it as QWidget would.
    delete takeCentralWidget();
}

void MainWindow::buildHome()
{
    // What the old page showed, to show it again.
    int tab = -1;
    qint64 submission = 0;
    if (auto *staff = qobject_cast<StaffHomePage *>(m_home)) {
        tab = staff->tabs()->currentIndex();
        if (MarkingPage *page = staff->markingWorkspace()->markingPage()) {
            page->flushDraft();
            submission = page->submissionId();
        } else if (ModerationPage *page = staff->markingWorkspace()->moderationPage()) {
            submission = page->submissionId();
        }
    } else if (auto *tabs = qobject_cast<QTabWidget *>(m_home)) {
        tab = tabs->currentIndex();
    }
    if (m_context->actor.role == Role::Student) {
        // Work in progress (an exercise page, the workbench with its undo history, a
        // feedback page) moves to the new tabs as it is; only a workspace showing its
        // home is rebuilt in the new language.
        StudentWorkspace *exercises = nullptr;
        if (auto *old = qobject_cast<QTabWidget *>(m_home)) {
            auto *current = old->findChild<StudentWorkspace *>();
            if (current && current->currentPage() != current->home())
                exercises = current;
        }
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("studentTabs"));
        if (!exercises)
            exercises = new StudentWorkspace(*m_context, tabs);
        auto *profile = new StudentProfilePage(*m_context, tabs);
        tabs->addTab(exercises, tr("&Exercises"));
        tabs->addTab(profile, tr("&Profile"));
        connect(exercises, &StudentWorkspace::submitted, profile, &StudentProfilePage::reload);
        tabs->addTab(new ReleasedResultsPage(*m_context, tabs), tr("&Released results"));
        if (tab >= 0)
            tabs->setCurrentIndex(tab);
        m_home = tabs;
    } else {
        auto *staff = new StaffHomePage(*m_context, this);
        if (submission != 0)
            staff->openSubmission(submission);
        if (tab >= 0)
            staff->tabs()->setCurrentIndex(tab);
        m_home = staff;
    }
    setCentralWidget(m_home); // deletes the old page
}

void MainWindow::retranslate()
{
    const Database &database = m_context->database;
    const Actor &actor = m_context->actor;
    const QString demo = database.isServer() ? tr("server")
        : DatabaseLocator::isDemo(database)  ? tr("demo database")
                                             : tr("database");
    setWindowTitle(
        tr("PrepMark — %1 (%2) — %3 %4").arg(actor.displayName, RoleText::text(actor.role), demo, database.path()));
    m_statusLabel->setText(tr("Signed in as %1 · %2: %3").arg(actor.username, demo, database.path()));
    menuBar()->clear();
    buildMenus();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence(tr("Ctrl+,")));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    QAction *password = file->addAction(tr("Change my &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, &MainWindow::changeMyPassword);
    QAction *signOut = file->addAction(tr("Sign &out"));
    signOut->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About PrepMark"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::changeMyPassword()
{
    auto *dialog = new PasswordDialog(*m_context, m_context->actor.username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this] { statusBar()->showMessage(tr("Your password has been changed."), 8000); });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PrepMark"),
        tr("<h3>PrepMark %1</h3><p>Mix preparation practice and assessment.</p>"
           "<p>Preparation is adequate only when every dimension meets its threshold at the same "
           "time. The mean is shown beside the verdict, never instead of it.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && !m_rebuildPending) {
        // Installing a translator and removing the old one each send a LanguageChange:
        // rebuild once, after both.
        m_rebuildPending = true;
        QTimer::singleShot(0, this, [this] {
            m_rebuildPending = false;
            retranslate();
            buildHome();
        });
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace prepmark
