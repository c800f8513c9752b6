#include "passwords.h"

#include "vault/securebytes.h"

#include <QByteArray>

#include <array>
#include <mutex>

#include <sodium.h>

namespace schouw::server {

namespace {

struct Cost
{
    unsigned long long ops;
    std::size_t mem;
};

Cost costOf(PasswordCost cost)
{
    switch (cost) {
    case PasswordCost::Interactive:
        return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
    case PasswordCost::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    case PasswordCost::Sensitive:
        return {crypto_pwhash_OPSLIMIT_SENSITIVE, crypto_pwhash_MEMLIMIT_SENSITIVE};
    }
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

std::optional<QByteArray> hashBytes(const SecureBytes &password, PasswordCost cost)
{
    const Cost c = costOf(cost);
    std::array<char, crypto_pwhash_STRBYTES> out {};
    if (crypto_pwhash_str_alg(out.data(), reinterpret_cast<const char *>(password.data()),
                              password.size(), c.ops, c.mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return QByteArray(out.data());
}

} // namespace

Result<QString> Passwords::hash(const QString &password, PasswordCost cost)
{
    if (password.size() < MinimumLength)
        return fail(ErrorCode::InvalidInput,
                    tr("The password must have at least %n characters.", nullptr, MinimumLength));
    if (!initialiseCrypto())
        return fail(ErrorCode::Crypto, tr("The encryption library could not be started."));
    const SecureBytes bytes = SecureBytes::fromText(password);
    auto hashed = hashBytes(bytes, cost);
    if (!hashed)
        return fail(ErrorCode::Crypto, tr("The password could not be protected."),
                    QStringLiteral("crypto_pwhash_str failed (out of memory?)"));
    return QString::fromLatin1(*hashed);
}

bool Passwords::verify(const QString &hash, const QString &password)
{
    if (!initialiseCrypto())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (!stored.startsWith("$argon2id$"))
        return false;
    const SecureBytes bytes = SecureBytes::fromText(password);
    return crypto_pwhash_str_verify(
               stored.constData(), reinterpret_cast<const char *>(bytes.data()), bytes.size()) == 0;
}

void Passwords::verifyDummy(const QString &password, PasswordCost cost)
{
    // One hash of a random secret per cost, made on first use.
    static std::mutex mutex;
    static std::array<QString, 3> dummies;
    QString dummy;
    {
        std::lock_guard lock(mutex);
        QString &slot = dummies[std::size_t(cost)];
        if (slot.isEmpty() && initialiseCrypto()) {
            const SecureBytes secret = SecureBytes::random(32).toHex();
            if (auto made = hashBytes(secret, cost))
                slot = QString::fromLatin1(*made);
        }
        dummy = slot;
    }
    (void)verify(dummy, password);
}

} // namespace schouw::server
