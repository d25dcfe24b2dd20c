#include "SignInFlow.h"

#include "LoginDialog.h"
#include "MainWindow.h"

#include "storage/Database.h"

#include <QTimer>

namespace prepmark {

SignInFlow::SignInFlow(QString localPath, std::optional<DatabaseLocation> server, QObject *parent)
    : QObject(parent), m_localPath(std::move(localPath)), m_server(std::move(server))
{
}

SignInFlow::~SignInFlow()
{
    m_window.reset();
    m_database.reset();
}

void SignInFlow::start()
{
    m_dialog = std::make_unique<LoginDialog>(m_localPath, m_server);
    connect(m_dialog.get(), &QDialog::accepted, this, &SignInFlow::signedIn);
    connect(m_dialog.get(), &QDialog::rejected, this, &SignInFlow::finished);
    m_dialog->show();
}

void SignInFlow::signedIn()
{
    // The next dialog starts where this one signed in.
    m_server = m_dialog->server();
    m_database = m_dialog->takeDatabase();
    const Actor actor = m_dialog->actor();
    m_window = std::make_unique<MainWindow>(*m_database, actor);
    connect(m_window.get(), &MainWindow::signOutRequested, this,
        [this] { QTimer::singleShot(0, this, &SignInFlow::signOut); });
    m_window->show();
    // The dialog emitted the signal this runs in: delete it after.
    m_dialog.release()->deleteLater();
}

void SignInFlow::signOut()
{
    if (!m_window)
        return;
    // The dialog first, so closing the window is never the last window closing (which
    // would quit the application).
    start();
    m_window->close();
    m_window.reset();
    m_database.reset();
}

} // namespace prepmark
