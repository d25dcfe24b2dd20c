#pragma once

#include "storage/DatabaseLocation.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QString>

namespace prepmark {

// Why a sign-in failed, in the words and language of the person at the sign-in dialog.
class SignInText
{
    Q_DECLARE_TR_FUNCTIONS(SignInText)

public:
    // A sign-in to an SQLite file that UserRepository::authenticate refused (message: its
    // English message, shown for a database error).
    static QString refusal(const SignInRefusal &refusal, const QString &username, const QString &message);

    // A sign-in to a server that failed. What comes back from Database::open and
    // UserRepository::signedIn is libpq's and PrepMark's English text; the common cases are
    // recognised by it (a wrong password, a disabled account, a server out of reach, a
    // database that needs migrating, a login role without a PrepMark account). Anything else
    // is shown as it came, so no reason is ever hidden.
    static QString serverProblem(const QString &error, const DatabaseLocation &server, const QString &username);
};

} // namespace prepmark
