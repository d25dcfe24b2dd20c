#pragma once

#include "ui/common/UserContext.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace prepmark {

// The application window for one signed-in user: the home page of their role, the
// database in the title bar (a file, the demo, or a server), menus with shortcuts, the
// settings (language, switched without a restart), and window geometry remembered
// between runs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &database, const Actor &actor, QWidget *parent = nullptr);
    ~MainWindow() override;

    const UserContext &context() const { return *m_context; }
    QWidget *homePage() const { return m_home; }

signals:
    void signOutRequested();

public slots:
    // Opens the settings dialog (the language).
    void showSettings();
    // Opens "Change my password…" (PasswordDialog for the signed-in user's own account).
    void changeMyPassword();

protected:
    void closeEvent(QCloseEvent *event) override;
    // On QEvent::LanguageChange: the title, the menus and the status bar are translated
    // again and the home page is rebuilt in the new language, on the same tab and the
    // same submission (a marking draft is saved first, so nothing is lost).
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void buildHome();
    void retranslate();
    void showAbout();

    std::unique_ptr<UserContext> m_context;
    QWidget *m_home = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_rebuildPending = false;
};

} // namespace prepmark
