#include "WriteConflict.h"

#include <QStringList>

namespace prepmark {

QString WriteConflict::message() const
{
    const QString who = changedByName.isEmpty() ? QStringLiteral("someone else") : changedByName;
    const QString when = changedAt.isValid()
        ? QStringLiteral(" at %1").arg(changedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")))
        : QString();
    QString what;
    switch (kind) {
    case Kind::Changed:
        what = QStringLiteral("%1: changed by %2%3 since this was read").arg(subject, who, when);
        break;
    case Kind::Removed:
        what = QStringLiteral("%1: removed since this was read (last changed by %2%3)").arg(subject, who, when);
        break;
    case Kind::Claimed: {
        QString role = QStringLiteral("marker");
        for (const ConflictingValue &value : values) {
            if (value.key == QLatin1String("role"))
                role = value.theirs + QStringLiteral(" marker");
        }
        what = QStringLiteral("%1: %2 is already the %3%4")
                   .arg(subject, who, role, when.isEmpty() ? QString() : QStringLiteral(" (since%1)").arg(when));
        break;
    }
    case Kind::Completed:
        what = QStringLiteral("%1: the marking was completed by %2%3").arg(subject, who, when);
        break;
    case Kind::NewAttempt:
        what = QStringLiteral("%1: a new attempt was handed in%2").arg(subject, when);
        break;
    case Kind::Released:
        what = QStringLiteral("%1: the result was released by %2%3").arg(subject, who, when);
        break;
    }
    QStringList differences;
    for (const ConflictingValue &value : values) {
        if (value.key == QLatin1String("role"))
            continue;
        differences << QStringLiteral("%1: theirs %2, yours %3")
                           .arg(value.label, value.theirs.isEmpty() ? QStringLiteral("(none)") : value.theirs,
                               value.yours.isEmpty() ? QStringLiteral("(none)") : value.yours);
    }
    QString text = what + QStringLiteral("; nothing was saved");
    if (!differences.isEmpty())
        text += QStringLiteral(" (") + differences.join(QStringLiteral("; ")) + QLatin1Char(')');
    text += overwritable ? QStringLiteral(". Reload to take their change, or keep yours deliberately (recorded in the "
                                          "audit log as an overwrite).")
                         : QStringLiteral(". Reload to see it.");
    return text;
}

} // namespace prepmark
