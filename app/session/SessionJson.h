#pragma once

#include "Session.h"

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace prepmark {

// PrepMark's native session format, session.json (documented in exercises/FORMAT.md,
// "session.json"). Reading is strict: unknown fields, duplicate keys, duplicate track
// ids, a colour that is not #rrggbb, an unknown processing step, a file path that
// leaves the session folder are errors naming the file and JSON path.
class SessionJson
{
public:
    static constexpr int kVersion = 1;

    static Result<Session> fromJson(const QByteArray &json, const QString &sourceName);
    static Result<Session> read(const QString &path);
    // Indented JSON with every field written, in a stable order.
    static QByteArray toJson(const Session &session);
    // Writes atomically (a reader never sees half a file).
    static Status write(const Session &session, const QString &path);

    static QString stateKey(Session::State state);
};

} // namespace prepmark
