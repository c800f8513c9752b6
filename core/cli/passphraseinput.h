#pragma once

#include "domain/error.h"
#include "vault/securebytes.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace schouw {

// Where schouw-cli gets a passphrase when no file names one. A passphrase never comes from the
// command line: other users can read it in the process list and it stays in shell history.
class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    virtual ~PassphraseInput() = default;

    // True when a person types the answer (a terminal): then prompts are shown, new passphrases
    // are asked twice and weak ones refused. False for a pipe, which scripts use.
    [[nodiscard]] virtual bool isInteractive() const = 0;
    // Reads one line without echoing it; the line end is not part of the result. Errors:
    // InvalidInput for an empty line, end of input or an overlong line; Io if reading fails.
    [[nodiscard]] virtual Result<SecureBytes> readLine() = 0;

    // Longest passphrase accepted, in bytes of UTF-8.
    static constexpr std::size_t MaxBytes = 1024;
};

// The process's standard input: a terminal with echo switched off (termios on POSIX, the console
// mode on Windows), or else one line read from a pipe. Reads byte by byte so that a second call
// gets the next line and nothing of the input is left in a buffer outside guarded memory.
class StandardPassphraseInput final : public PassphraseInput
{
public:
    [[nodiscard]] bool isInteractive() const override;
    [[nodiscard]] Result<SecureBytes> readLine() override;
};

// Reads the first line of a file (line end stripped) into guarded memory; no copy of the bytes is
// left in ordinary memory. Errors: Io if the file cannot be read, InvalidInput if the first line
// is empty or longer than PassphraseInput::MaxBytes.
[[nodiscard]] Result<SecureBytes> readPassphraseFile(const QString &path);

} // namespace schouw
