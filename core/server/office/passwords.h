#pragma once

#include "domain/error.h"
#include "officeservice.h"

#include <QCoreApplication>
#include <QString>

namespace schouw::server {

// Argon2id password hashes in libsodium's self-describing "$argon2id$v=19$m=...,t=...,p=1$..."
// form: the cost travels with each hash, so raising the configured cost later only affects new
// and changed passwords.
class Passwords
{
    Q_DECLARE_TR_FUNCTIONS(Passwords)

public:
    static constexpr int MinimumLength = 12;

    // InvalidInput for a password shorter than MinimumLength characters; Crypto when libsodium
    // cannot allocate the memory the cost asks for.
    [[nodiscard]] static Result<QString> hash(const QString &password, PasswordCost cost);
    // Constant-time in the password (libsodium's own comparison).
    [[nodiscard]] static bool verify(const QString &hash, const QString &password);
    // Spends the same time verify() would on a hash of this cost, always false. For unknown
    // users, so a login attempt's duration does not tell which user names exist.
    static void verifyDummy(const QString &password, PasswordCost cost);
};

} // namespace schouw::server
