#include "AccountsPage.h"

#include "AccountsModel.h"
#include "NewAccountDialog.h"
#include "PasswordDialog.h"
#include "RosterImportDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace prepmark {

AccountsPage::AccountsPage(UserContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("accountsPage"));
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("accountsFilter"));
    m_filterEdit->setPlaceholderText(tr("user name, name, role, email or student number"));
    m_filterEdit->setClearButtonEnabled(true);
    filterLabel->setBuddy(m_filterEdit);
    top->addWidget(filterLabel);
    top->addWidget(m_filterEdit, 1);
    layout->addLayout(top);

    m_model = new AccountsModel(this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("accountsTable"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AccountsModel::UsernameColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    auto *buttons = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New account…"), this);
    create->setObjectName(QStringLiteral("newAccountButton"));
    m_passwordButton = new QPushButton(tr("Set &password…"), this);
    m_passwordButton->setObjectName(QStringLiteral("setPasswordButton"));
    m_activeButton = new QPushButton(tr("&Disable"), this);
    m_activeButton->setObjectName(QStringLiteral("activeButton"));
    auto *import = new QPushButton(tr("&Import roster…"), this);
    import->setObjectName(QStringLiteral("importRosterButton"));
    buttons->addWidget(create);
    buttons->addWidget(m_passwordButton);
    buttons->addWidget(m_activeButton);
    buttons->addStretch(1);
    buttons->addWidget(import);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AccountsPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AccountsPage::updateButtons);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AccountsPage::updateButtons);
    connect(create, &QPushButton::clicked, this, &AccountsPage::newAccount);
    connect(m_passwordButton, &QPushButton::clicked, this, &AccountsPage::setPasswordOfSelected);
    connect(m_activeButton, &QPushButton::clicked, this, &AccountsPage::toggleSelectedActive);
    connect(import, &QPushButton::clicked, this, &AccountsPage::importRoster);
    reload();
}

void AccountsPage::reload()
{
    const std::optional<UserRecord> selected = selectedAccount();
    const Result<QVector<UserRecord>> accounts = UserRepository(m_context.database.connection(), m_context.actor).all();
    if (!accounts) {
        m_model->setAccounts({});
        showMessage(accounts.errorMessage(), true);
        return;
    }
    m_model->setAccounts(*accounts);
    if (selected)
        selectAccount(selected->username);
    updateButtons();
}

bool AccountsPage::selectAccount(const QString &username)
{
    const int row = m_model->rowOf(username);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_view->selectionModel()->select(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows | QItemSelectionModel::Current);
    m_view->scrollTo(index);
    updateButtons();
    return true;
}

std::optional<UserRecord> AccountsPage::selectedAccount() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->accountAt(m_filter->mapToSource(rows.first()).row());
}

void AccountsPage::updateButtons()
{
    const std::optional<UserRecord> account = selectedAccount();
    m_passwordButton->setEnabled(account.has_value());
    m_activeButton->setEnabled(account.has_value());
    m_activeButton->setText(account && !account->active ? tr("&Enable") : tr("&Disable"));
}

void AccountsPage::showMessage(const QString &text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #a40000;") : QString());
    m_message->setText(text);
}

void AccountsPage::newAccount()
{
    auto *dialog = new NewAccountDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString username = dialog->createdUsername();
        reload();
        selectAccount(username);
        showMessage(dialog->hasPassword() ? tr("Created the account \"%1\".").arg(username)
                                          : tr("Created the account \"%1\"; it cannot sign in until a password is "
                                               "set.")
                                                .arg(username),
            false);
    });
    dialog->open();
}

void AccountsPage::setPasswordOfSelected()
{
    const std::optional<UserRecord> account = selectedAccount();
    if (!account)
        return;
    auto *dialog = new PasswordDialog(m_context, account->username, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString username = account->username;
    connect(dialog, &QDialog::accepted, this,
        [this, username] { showMessage(tr("Set a new password for \"%1\".").arg(username), false); });
    dialog->open();
}

void AccountsPage::toggleSelectedActive()
{
    const std::optional<UserRecord> account = selectedAccount();
    if (!account)
        return;
    const bool enable = !account->active;
    const Status done
        = UserRepository(m_context.database.connection(), m_context.actor).setActive(account->username, enable);
    if (!done) {
        showMessage(tr("\"%1\" was not changed: %2").arg(account->username, done.errorMessage()), true);
        return;
    }
    reload();
    showMessage(enable ? tr("\"%1\" may sign in again.").arg(account->username)
                       : tr("\"%1\" is disabled and can no longer sign in.").arg(account->username),
        false);
}

void AccountsPage::importRoster()
{
    auto *dialog = new RosterImportDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RosterImportDialog::imported, this, [this](const QString &summary) {
        reload();
        showMessage(summary, false);
    });
    dialog->open();
}

} // namespace prepmark
