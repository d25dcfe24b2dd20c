#include "Transaction.h"

#include "SqlDialect.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <vector>

namespace prepmark {

namespace {
// Open transactions per connection; connections never cross threads.
thread_local QHash<QString, int> t_openTransactions;
// Failed statements waiting for their connection's transaction to end.
thread_local std::map<QString, std::vector<QSqlQuery>> t_failedStatements;

QString savepointName(int depth)
{
    return QStringLiteral("prepmark_savepoint_%1").arg(depth);
}

bool run(const QSqlDatabase &connection, const QString &sql, QString *error)
{
    QSqlQuery query(connection);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}
} // namespace

Transaction::Transaction(QSqlDatabase connection, Lock lock) : m_connection(std::move(connection))
{
    m_depth = t_openTransactions.value(m_connection.connectionName(), 0);
    QString error;
    if (m_depth == 0 && lock == Lock::Write && dialectOf(m_connection) == SqlDialect::Sqlite) {
        // QSqlDatabase::commit() and rollback() send COMMIT and ROLLBACK whoever began.
        m_active = run(m_connection, QStringLiteral("BEGIN IMMEDIATE"), &error);
    } else if (m_depth == 0) {
        m_active = m_connection.transaction();
        error = m_connection.lastError().text();
    } else {
        m_active = run(m_connection, QStringLiteral("SAVEPOINT ") + savepointName(m_depth), &error);
    }
    if (m_active)
        t_openTransactions[m_connection.connectionName()] = m_depth + 1;
    else
        m_beginError = makeError(QStringLiteral("cannot begin a transaction: %1").arg(error));
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

void Transaction::leave()
{
    m_active = false;
    t_openTransactions[m_connection.connectionName()] = m_depth;
    // Committed, or rolled back to where it began: the connection takes statements again.
    t_failedStatements.erase(m_connection.connectionName());
}

void Transaction::freeWhenTransactionEnds(const QString &connectionName, QSqlQuery query)
{
    if (t_openTransactions.value(connectionName, 0) > 0)
        t_failedStatements[connectionName].push_back(std::move(query));
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    QString error;
    const bool done = m_depth == 0 ? m_connection.commit()
                                   : run(m_connection, QStringLiteral("RELEASE ") + savepointName(m_depth), &error);
    if (!done) {
        if (m_depth == 0)
            error = m_connection.lastError().text();
        rollback();
        return makeError(QStringLiteral("cannot commit: %1").arg(error));
    }
    leave();
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    if (m_depth == 0) {
        m_connection.rollback();
    } else {
        QString error;
        run(m_connection, QStringLiteral("ROLLBACK TO ") + savepointName(m_depth), &error);
        run(m_connection, QStringLiteral("RELEASE ") + savepointName(m_depth), &error);
    }
    leave();
}

} // namespace prepmark
