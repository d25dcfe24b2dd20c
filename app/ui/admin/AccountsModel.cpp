#include "AccountsModel.h"

#include "ui/common/RoleText.h"

#include <QBrush>
#include <QPalette>

namespace prepmark {

AccountsModel::AccountsModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountsModel::setAccounts(QVector<UserRecord> accounts)
{
    beginResetModel();
    m_accounts = std::move(accounts);
    endResetModel();
}

int AccountsModel::rowOf(const QString &username) const
{
    for (qsizetype row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].username.compare(username.trimmed(), Qt::CaseInsensitive) == 0)
            return int(row);
    }
    return -1;
}

int AccountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

int AccountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserRecord &account = m_accounts.at(index.row());
    if (role == Qt::ForegroundRole && !account.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case UsernameColumn:
        return account.username;
    case NameColumn:
        return account.displayName;
    case RoleColumn:
        return RoleText::text(account.role);
    case EmailColumn:
        return account.email;
    case StudentNumberColumn:
        return account.studentNumber;
    case StatusColumn:
        return account.active ? tr("active") : tr("disabled");
    }
    return {};
}

QVariant AccountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("User name");
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case EmailColumn:
        return tr("Email");
    case StudentNumberColumn:
        return tr("Student number");
    case StatusColumn:
        return tr("Sign-in");
    }
    return {};
}

} // namespace prepmark
