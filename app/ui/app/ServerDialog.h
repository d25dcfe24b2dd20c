#pragma once

#include "core/Result.h"
#include "storage/DatabaseLocation.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace prepmark {

// "Server…" in the sign-in dialog: a department server's host name (or the folder of its
// Unix socket), port and database name. "Test" signs in with the user name and password
// typed in the sign-in dialog, when there are both, and says whether that account works;
// without them it only checks that the server answers. OK keeps the server for the sign-in
// dialog, which remembers it (never a password).
class ServerDialog : public QDialog
{
    Q_OBJECT

public:
    // current: the server to show (empty: a new one); username and password: as typed in
    // the sign-in dialog, for "Test".
    ServerDialog(const std::optional<DatabaseLocation> &current, const QString &username, const QString &password,
        QWidget *parent = nullptr);

    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLabel *resultLabel() const { return m_result; }

    // The server the fields describe, or why they describe none.
    Result<DatabaseLocation> location() const;

    // Tries the server as "Test" does; true when it answered as hoped (the account signs in,
    // or, without one, the server answers). The result is shown in the dialog.
    bool test();

private:
    void showResult(const QString &text, bool good);
    void submit();

    QString m_username;
    QString m_password;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace prepmark
