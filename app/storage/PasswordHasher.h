#pragma once

#include "core/Result.h"

#include <QString>

namespace prepmark {

// Argon2id password hashes through libsodium (crypto_pwhash_str_alg with
// crypto_pwhash_ALG_ARGON2ID13). The stored string carries its own salt and cost
// parameters ("$argon2id$v=19$m=...,t=...,p=1$salt$hash").
class PasswordHasher
{
public:
    enum class Cost {
        Interactive, // libsodium's interactive limits: real accounts
        Minimum, // libsodium's minimum limits: tests and generated demo data only
    };

    static Result<QString> hash(const QString &password, Cost cost = Cost::Interactive);
    static bool verify(const QString &storedHash, const QString &password);
};

} // namespace prepmark
