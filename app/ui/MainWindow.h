#pragma once

#include "Workspace.h"

#include <QMainWindow>

#include <memory>

namespace prepmark {

// The application window for one signed-in user: the home page of their role, the
// database in the title bar (and whether it is the demo), menus with shortcuts, and
// window geometry remembered between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Workspace &workspace() const { return *m_workspace; }
    QWidget *homePage() const { return m_home; }

signals:
    void signOutRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();

    std::unique_ptr<Workspace> m_workspace;
    QWidget *m_home = nullptr;
};

} // namespace prepmark
