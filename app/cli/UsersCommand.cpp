#include "CliDatabase.h"
#include "Commands.h"
#include "OptionParser.h"

#include "storage/UserRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace prepmark::cli {
namespace {

const char *const kHelp
    = "prepmark-cli users add USER --name NAME --role ROLE [--email E] [--student-number N] [--no-password]\n"
      "prepmark-cli users passwd USER\n"
      "prepmark-cli users disable USER | enable USER\n"
      "prepmark-cli users list [--json]\n"
      "  each with --db FILE|URL [--as USER]\n"
      "\n"
      "Accounts. On a server (--db postgresql://ADMIN@HOST/DBNAME) every account is a PostgreSQL\n"
      "login role: add creates it, passwd sets its password (SCRAM-SHA-256, computed here; the\n"
      "password never travels in clear), disable stops its sign-in. In an SQLite file the password\n"
      "is stored as an Argon2id hash. Only admins add, disable and enable accounts or set another\n"
      "user's password; everyone may set their own. ROLE: student, lecturer, leader or admin.\n"
      "\n"
      "Passwords are never given on the command line: PrepMark asks twice on the terminal, or reads\n"
      "PREPMARK_NEW_PASSWORD in a script. --no-password creates an account that cannot sign in\n"
      "until a password is set (as a roster import does).\n"
      "Exit codes: 0 done, 1 refused or failed (message on stderr), 2 usage.\n";

int usage(CliStreams &streams, const QString &problem)
{
    return usageError(streams, usersCommand(), problem);
}

// The new password: PREPMARK_NEW_PASSWORD, or asked twice on the terminal.
Result<QString> newPassword(const QString &username)
{
    const QString scripted = qEnvironmentVariable("PREPMARK_NEW_PASSWORD");
    if (!scripted.isEmpty())
        return scripted;
    const QString first = askPassword(QStringLiteral("New password for %1: ").arg(username));
    if (first.isEmpty())
        return makeError(QStringLiteral("no password given (run on a terminal to be asked, or set "
                                        "PREPMARK_NEW_PASSWORD in a script)"));
    if (askPassword(QStringLiteral("Again: ")) != first)
        return makeError(QStringLiteral("the two passwords differ; nothing was changed"));
    return first;
}

int add(const OptionParser &options, const CliSession &session, const QString &username, CliStreams &streams)
{
    UserRecord user;
    user.username = username;
    user.displayName = options.value(QStringLiteral("name"));
    user.email = options.value(QStringLiteral("email"));
    user.studentNumber = options.value(QStringLiteral("student-number"));
    const Result<Role> role = roleFromName(options.value(QStringLiteral("role")));
    if (!role)
        return usage(streams,
            QStringLiteral("--role: \"%1\" is not student, lecturer, leader or admin")
                .arg(options.value(QStringLiteral("role"))));
    user.role = *role;
    if (user.displayName.trimmed().isEmpty())
        return usage(streams, QStringLiteral("missing --name"));
    QString password;
    if (!options.isSet(QStringLiteral("no-password"))) {
        const Result<QString> given = newPassword(username);
        if (!given)
            return failure(streams, usersCommand(), given.errorMessage());
        password = *given;
    }
    UserRepository users(session.database->connection(), session.actor);
    const Result<qint64> created = users.createAccount(user, password);
    if (!created)
        return failure(streams, usersCommand(), created.errorMessage());
    streams.out << username << ": " << roleName(user.role) << " account created"
                << (password.isEmpty() ? " (no password yet: it cannot sign in until `users passwd`)" : "") << '\n';
    return ExitSuccess;
}

int list(const OptionParser &options, const CliSession &session, CliStreams &streams)
{
    const Result<QVector<UserRecord>> all = UserRepository(session.database->connection(), session.actor).all();
    if (!all)
        return failure(streams, usersCommand(), all.errorMessage());
    if (options.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const UserRecord &user : *all)
            rows.append(
                QJsonObject {{QStringLiteral("username"), user.username}, {QStringLiteral("name"), user.displayName},
                    {QStringLiteral("role"), roleName(user.role)}, {QStringLiteral("email"), user.email},
                    {QStringLiteral("studentNumber"), user.studentNumber}, {QStringLiteral("active"), user.active}});
        streams.out << QJsonDocument(rows).toJson(QJsonDocument::Indented);
        return ExitSuccess;
    }
    for (const UserRecord &user : *all)
        streams.out << qSetFieldWidth(12) << Qt::left << user.username << qSetFieldWidth(10) << roleName(user.role)
                    << qSetFieldWidth(0) << (user.active ? "" : "[disabled] ") << user.displayName << '\n';
    streams.out << all->size() << " accounts\n";
    return ExitSuccess;
}

int runUsers(const QStringList &arguments, CliStreams &streams)
{
    OptionParser options;
    options.signInOptions()
        .valueOption(QStringLiteral("name"))
        .valueOption(QStringLiteral("role"))
        .valueOption(QStringLiteral("email"))
        .valueOption(QStringLiteral("student-number"))
        .flag(QStringLiteral("no-password"))
        .flag(QStringLiteral("json"))
        .flag(QStringLiteral("help"));
    if (!options.parse(arguments))
        return usage(streams, options.error());
    if (options.isSet(QStringLiteral("help")))
        return streams.out << kHelp, ExitSuccess;
    const QStringList words = options.positional();
    const QString action = words.value(0);
    const bool needsUser = action == QLatin1String("add") || action == QLatin1String("passwd")
        || action == QLatin1String("disable") || action == QLatin1String("enable");
    if (!needsUser && action != QLatin1String("list"))
        return usage(streams,
            action.isEmpty() ? QStringLiteral("say which: add, passwd, disable, enable or list")
                             : QStringLiteral("unknown action \"%1\"").arg(action));
    if (words.size() != (needsUser ? 2 : 1))
        return usage(streams,
            needsUser ? QStringLiteral("%1 takes one user name").arg(action)
                      : QStringLiteral("list takes no user name"));
    if (!options.require(SharedOption::database))
        return usage(streams, options.error());
    const Result<CliSession> session = signInFromOptions(options, DatabaseAccess::Writable);
    if (!session)
        return failure(streams, usersCommand(), session.errorMessage());
    if (action == QLatin1String("list"))
        return list(options, *session, streams);
    const QString username = words[1];
    if (action == QLatin1String("add"))
        return add(options, *session, username, streams);
    UserRepository users(session->database->connection(), session->actor);
    if (action == QLatin1String("passwd")) {
        const Result<QString> password = newPassword(username);
        if (!password)
            return failure(streams, usersCommand(), password.errorMessage());
        if (const Status done = users.setPassword(username, *password); !done)
            return failure(streams, usersCommand(), done.errorMessage());
        streams.out << username << ": password changed\n";
        return ExitSuccess;
    }
    const bool enable = action == QLatin1String("enable");
    if (const Status done = users.setActive(username, enable); !done)
        return failure(streams, usersCommand(), done.errorMessage());
    streams.out << username << (enable ? ": enabled\n" : ": disabled (cannot sign in)\n");
    return ExitSuccess;
}

} // namespace

CliCommand usersCommand()
{
    return {QStringLiteral("users"),
        QStringLiteral("users add|passwd|disable|enable|list [USER] --db FILE|URL [--as USER]   (users --help)"),
        runUsers};
}

} // namespace prepmark::cli
