#pragma once

#include "core/ProgressReporter.h"
#include "core/Result.h"

#include "storage/Database.h"

#include <QString>

#include <memory>
#include <optional>

namespace prepmark {

// Where the GUI's database lives and how it comes to exist. On first start there is no
// database in the user's data folder; PrepMark then builds the demo programme there,
// so a new user can sign in at once with a demo account. Anywhere else a database is made
// on purpose (prepmark-cli demo or db init), never by a mistyped --db. A department's
// server is entered once in the sign-in dialog ("Server…") and remembered here.
class DatabaseLocator
{
public:
    // <user data folder>/prepmark.db (QStandardPaths::AppDataLocation).
    static QString defaultPath();

    struct Opened
    {
        std::unique_ptr<Database> database;
        bool createdDemo = false; // this start built the demo programme
    };

    // Opens the database file at path. When the file does not exist, only the default path
    // is created, holding the demo programme; any other path is an Error that names it and
    // says how to make a database. A damaged or foreign file is an Error and is left
    // untouched.
    static Result<Opened> openOrCreateDemo(const QString &path, ProgressReporter &progress = ProgressReporter::none());

    // Creates a database holding the demo programme at path, which must not exist yet (as
    // `prepmark-cli demo --db PATH` does). Nothing is left behind when it fails.
    static Result<std::unique_ptr<Database>> createDemo(
        const QString &path, ProgressReporter &progress = ProgressReporter::none());

    static bool isDemo(const Database &database);

    // A server from the parts the "Server…" dialog asks for: a host name (or address), or
    // the folder of the server's Unix socket (starting with '/'); its port; the database.
    static Result<DatabaseLocation> serverLocation(const QString &hostOrSocket, int port, const QString &databaseName);

    // Where the sign-in dialog signs in at start. --db given: that file, or that server
    // (a postgresql:// URL; its user name is offered in the dialog). Without --db: the server
    // chosen last in the dialog, if it was one, else this computer's default file.
    struct SignInStart
    {
        QString localPath; // "This computer": the file signed in to without a server
        std::optional<DatabaseLocation> server; // set: start on this server
    };
    static Result<SignInStart> signInStart(const QString &dbOption);

    // The server "Server…" remembered (QSettings, never a user name or password), and
    // whether the last choice in the dialog was that server or this computer.
    static std::optional<DatabaseLocation> rememberedServer();
    static bool serverChosenLast();
    static void rememberServer(const DatabaseLocation &server);
    static void rememberThisComputer();
};

} // namespace prepmark
