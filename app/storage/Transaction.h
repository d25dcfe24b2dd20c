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
//
// A transaction that reads rows and then writes according to what it read (a workflow
// step: "if the submission is still in marking, complete it") takes its locks up front, so
// two processes cannot both read and then both write:
//   - SQLite: Lock::Write begins the outermost transaction IMMEDIATE, taking the database's
//     write lock before the first read (a deferred one would read a snapshot and could not
//     write on it once another process had). Nested in an outer transaction it is a
//     savepoint, and the outer transaction holds whatever lock it took;
//   - PostgreSQL: the transaction itself does not lock; the code inside it locks the rows it
//     will change with SELECT ... FOR UPDATE before reading them (SubmissionRepository::lock).
class Transaction
{
public:
    enum class Lock {
        None, // SQLite: BEGIN (deferred)
        Write, // SQLite: BEGIN IMMEDIATE
    };

    explicit Transaction(QSqlDatabase connection, Lock lock = Lock::None);
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
