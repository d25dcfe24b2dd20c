#pragma once

#include "storage/AccessPolicy.h"

#include <QSqlDatabase>
#include <QVector>

namespace prepmark {

// A reusable remark from the comment bank.
struct BankedComment
{
    qint64 id = 0;
    qint64 ownerId = 0; // 0: shared with every marker
    QString dimensionKey; // empty: general, for any dimension
    QString text;
};

// The comment bank: remarks a marker reuses across submissions. Staff read the shared
// comments and their own; they add and remove only their own (leaders and admins also
// manage the shared ones).
class CommentBankRepository
{
public:
    CommentBankRepository(const QSqlDatabase &connection, Actor actor);

    // Adds a comment owned by the actor (shared: owned by nobody; leaders and admins only).
    Result<qint64> add(const QString &text, const QString &dimensionKey = {}, bool shared = false);
    Status remove(qint64 commentId);
    // Shared and own comments for a dimension, general ones included; own first.
    // An empty dimensionKey lists every comment the actor may use.
    Result<QVector<BankedComment>> comments(const QString &dimensionKey = {}) const;

private:
    QSqlDatabase m_connection;
    AccessPolicy m_access;
};

} // namespace prepmark
