#pragma once

#include "ui/common/UserContext.h"

#include "storage/UserRepository.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace prepmark {

class AccountsModel;

// The admin page (admins only): every account with its user name, name, role and whether
// it may sign in, filtered by what is typed; "New account…", "Set password…",
// "Disable"/"Enable" for the selected account and "Import roster…". Every change goes
// through UserRepository or RosterImporter, and what they answer (on a server, the
// database may refuse what the page allowed) is shown under the table.
//
// The dialogs are opened with open(), not exec(): the page stays responsive and a test can
// find the open dialog (findChild) and fill it in.
class AccountsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AccountsPage(UserContext &context, QWidget *parent = nullptr);

    AccountsModel *model() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_filter; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *activeButton() const { return m_activeButton; }

    // Reads the accounts again, keeping the selection.
    void reload();
    // Selects the account in the table (clearing the filter if it hides it); false if none.
    bool selectAccount(const QString &username);
    std::optional<UserRecord> selectedAccount() const;

    // What the buttons do.
    void newAccount();
    void setPasswordOfSelected();
    // Disables the selected account if it is active, enables it otherwise.
    void toggleSelectedActive();
    void importRoster();

private:
    void showMessage(const QString &text, bool problem);
    void updateButtons();

    UserContext &m_context;
    AccountsModel *m_model = nullptr;
    QSortFilterProxyModel *m_filter = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_passwordButton = nullptr;
    QPushButton *m_activeButton = nullptr;
};

} // namespace prepmark
