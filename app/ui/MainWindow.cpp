#include "MainWindow.h"

#include "DatabaseLocator.h"
#include "StaffHomePage.h"
#include "StudentHomePage.h"
#include "StudentProfilePage.h"
#include "StudentWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace prepmark {

MainWindow::MainWindow(Database &database, const Actor &actor, QWidget *parent)
    : QMainWindow(parent), m_workspace(new Workspace{database, actor})
{
    setObjectName(QStringLiteral("mainWindow"));
    const QString demo = DatabaseLocator::isDemo(database) ? tr("demo database") : tr("database");
    setWindowTitle(tr("PrepMark — %1 (%2) — %3 %4")
                       .arg(actor.displayName, roleName(actor.role), demo, database.path()));
    if (actor.role == Role::Student) {
        auto *tabs = new QTabWidget(this);
        tabs->setObjectName(QStringLiteral("studentTabs"));
        auto *exercises = new StudentWorkspace(*m_workspace, tabs);
        auto *profile = new StudentProfilePage(*m_workspace, tabs);
        tabs->addTab(exercises, tr("&Exercises"));
        tabs->addTab(profile, tr("&Profile"));
        connect(exercises, &StudentWorkspace::submitted, profile, &StudentProfilePage::reload);
        tabs->addTab(new StudentHomePage(*m_workspace, tabs), tr("&Released results"));
        m_home = tabs;
    }
    else
        m_home = new StaffHomePage(*m_workspace, this);
    setCentralWidget(m_home);
    buildMenus();
    statusBar()->addWidget(new QLabel(tr("Signed in as %1 · %2: %3").arg(actor.username, demo, database.path()), this));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 760);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About PrepMark"),
                       tr("<h3>PrepMark %1</h3><p>Mix preparation practice and assessment.</p>"
                          "<p>Preparation is adequate only when every dimension meets its threshold at the same "
                          "time. The mean is shown beside the verdict, never instead of it.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace prepmark
