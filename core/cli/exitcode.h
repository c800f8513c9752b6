#pragma once

#include "domain/error.h"

namespace schouw {

// schouw-cli's exit codes. Scripts depend on them: never renumber.
enum class ExitCode : int {
    Ok = 0,
    Failure = 1, // anything not listed below (busy, missing vault, I/O, ...)
    Usage = 2, // unknown command or option, missing or malformed argument
    WrongPassphrase = 3, // ErrorCode::PassphraseIncorrect
    BadInput = 4, // damaged key file or database, too new, invalid input, failed check
    Unreachable = 5, // sync: the office cannot be reached, timed out or is busy; try again later
    LoginRequired = 6, // sync: log in again (--user, --password-file)
    NeedsConfirmation = 7, // sync: stopped to ask (mass deletion, office data changed)
    DeviceRevoked = 8, // sync: the office revoked this device; the vault has been wiped
};

[[nodiscard]] constexpr ExitCode exitCodeFor(ErrorCode code)
{
    // Every code is listed (no default) so that a new ErrorCode fails the -Wswitch check here
    // until someone decides its exit code.
    switch (code) {
    case ErrorCode::PassphraseIncorrect:
        return ExitCode::WrongPassphrase;
    case ErrorCode::KeyFileDamaged:
    case ErrorCode::VaultDamaged:
    case ErrorCode::VaultTooNew:
    case ErrorCode::InvalidInput:
    case ErrorCode::ProtocolTooNew:
        return ExitCode::BadInput;
    case ErrorCode::Network:
    case ErrorCode::ServerBusy:
        return ExitCode::Unreachable;
    case ErrorCode::LoginRequired:
        return ExitCode::LoginRequired;
    case ErrorCode::NeedsConfirmation:
        return ExitCode::NeedsConfirmation;
    case ErrorCode::DeviceRevoked:
        return ExitCode::DeviceRevoked;
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultExists:
    case ErrorCode::VaultLocked:
    case ErrorCode::VaultBusy:
    case ErrorCode::CipherUnavailable:
    case ErrorCode::Database:
    case ErrorCode::Io:
    case ErrorCode::NotFound:
    case ErrorCode::Crypto:
    case ErrorCode::Forbidden:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace schouw
