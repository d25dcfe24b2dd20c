#pragma once

#include "storage/UserRepository.h"

#include <QAbstractTableModel>
#include <QVector>

namespace prepmark {

// The accounts of a database as a table: one row per account, in the order given.
class AccountsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, NameColumn, RoleColumn, EmailColumn, StudentNumberColumn, StatusColumn, ColumnCount };

    explicit AccountsModel(QObject *parent = nullptr);

    void setAccounts(QVector<UserRecord> accounts);
    const UserRecord &accountAt(int row) const { return m_accounts.at(row); }
    // The row of the account with this user name (case-insensitive), or -1.
    int rowOf(const QString &username) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<UserRecord> m_accounts;
};

} // namespace prepmark
