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
        return ExitCode::BadInput;
    case ErrorCode::VaultMissing:
    case ErrorCode::VaultExists:
    case ErrorCode::VaultLocked:
    case ErrorCode::VaultBusy:
    case ErrorCode::CipherUnavailable:
    case ErrorCode::Database:
    case ErrorCode::Io:
    case ErrorCode::NotFound:
    case ErrorCode::Crypto:
        return ExitCode::Failure;
    }
    return ExitCode::Failure;
}

} // namespace schouw
