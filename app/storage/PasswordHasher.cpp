#include "PasswordHasher.h"

#include <sodium.h>

namespace prepmark {

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

Result<QString> PasswordHasher::hash(const QString &password, Cost cost)
{
    if (!sodiumReady())
        return makeError(QStringLiteral("libsodium could not be initialised"));
    if (password.isEmpty())
        return makeError(QStringLiteral("a password must not be empty"));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops
        = cost == Cost::Interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN;
    const size_t memory = cost == Cost::Interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN;
    if (crypto_pwhash_str_alg(out, utf8.constData(), utf8.size(), ops, memory, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return makeError(QStringLiteral("not enough memory to hash the password"));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &storedHash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), utf8.size()) == 0;
}

} // namespace prepmark
