#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace schouw {

// What went wrong, in terms a caller can act on. Codes are stable: the CLI maps them to exit codes
// and the UI picks its wording and recovery from them.
enum class ErrorCode {
    PassphraseIncorrect, // the key file is intact but the passphrase does not unwrap it
    KeyFileDamaged, // the key file is missing pieces, tampered with or of an unknown format
    VaultDamaged, // the database is truncated, corrupt or does not match its key file
    VaultTooNew, // made by a newer Schouw; left untouched
    VaultMissing, // no vault at the given place
    VaultExists, // refusing to create over an existing vault
    VaultLocked, // the operation needs an unlocked vault
    VaultBusy, // another process has this vault open
    CipherUnavailable, // the SQLite library linked is not SQLCipher, or ignores our settings
    Database, // an SQLite error that is none of the above
    Io, // the file system refused
    InvalidInput, // input the user or a file gave us is not acceptable
    NotFound, // a record that should exist does not
    Crypto, // libsodium failed (out of locked memory, ...)
    // Sync with the office (docs/sync-protocol.md).
    ProtocolTooNew, // the peer speaks a newer protocol or format: Schouw needs an update
    Network, // the office cannot be reached, the connection broke or timed out
    ServerBusy, // the office is busy (503, 429): try again later, nothing is marked failed
    LoginRequired, // no valid login for the office (expired or unknown): log in again
    DeviceRevoked, // the office revoked this device
    Forbidden, // the office refused: outside the user's access
    NeedsConfirmation, // a sync would delete much, or the office's data changed: ask the user
};

// An error as carried through the code: a code, a translated message fit for the user, and a
// technical detail for the log. The detail must never contain secrets or personal data.
struct Error
{
    ErrorCode code = ErrorCode::Database;
    QString message;
    QString detail;
};

template<typename T> using Result = std::expected<T, Error>;

// Result of an operation that returns nothing on success.
using Status = std::expected<void, Error>;

[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message,
                                                 QString detail = {})
{
    return std::unexpected<Error>(Error {code, std::move(message), std::move(detail)});
}

} // namespace schouw
