#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace prepmark {

// RAII transaction (after Mixxx's SqlTransaction): begins on construction, rolls back
// on destruction unless commit() succeeded, so an early return or a failed statement
// leaves nothing half-written.
//
//     Transaction transaction(connection);
//     if (!transaction.active()) return transaction.beginError();
//     ... statements ...
//     return transaction.commit();
//
// Transactions nest: one begun while another is open on the same connection is a
// SAVEPOINT, so a repository call that is transactional on its own can also run
// inside a larger unit of work (the demo builder, an import) and be undone with it.
// Transactions on one connection must end in reverse order of beginning.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase connection);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool active() const { return m_active; }
    Error beginError() const { return m_beginError; }
    Status commit();
    void rollback();

    // PostgreSQL refuses every statement of a transaction after one failed, until it is
    // rolled back, and so cannot free the failed statement either. SqlQuery hands such a
    // statement here: it is freed when the transaction (or savepoint) on its connection
    // ends, or at once when none is open.
    static void freeWhenTransactionEnds(const QString &connectionName, QSqlQuery query);

private:
    void leave();

    QSqlDatabase m_connection;
    int m_depth = 0; // 0: the outermost transaction; n: savepoint n
    bool m_active = false;
    Error m_beginError;
};

} // namespace prepmark
