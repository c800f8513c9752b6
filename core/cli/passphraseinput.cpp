#include "passphraseinput.h"

#include <QFile>

#include <sodium.h>

#include <cerrno>
#include <cstring>
#include <iterator>
#include <optional>

#if defined(Q_OS_WIN)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace schouw {

namespace {

Error tooLong()
{
    return {ErrorCode::InvalidInput,
            PassphraseInput::tr("The passphrase is longer than %n bytes.", nullptr,
                                static_cast<int>(PassphraseInput::MaxBytes)),
            QStringLiteral("passphrase too long")};
}

// Allows one byte over the limit for the carriage return of a Windows line end.
bool withinLimit(const SecureBytes &buffer, std::size_t length)
{
    return length <= PassphraseInput::MaxBytes ||
        (length == PassphraseInput::MaxBytes + 1 && buffer.data()[length - 1] == '\r');
}

// Copies the first length bytes of buffer into a SecureBytes of exactly that size, dropping a
// trailing carriage return (files written on Windows).
Result<SecureBytes> finishLine(const SecureBytes &buffer, std::size_t length)
{
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (length == 0)
        return fail(ErrorCode::InvalidInput, PassphraseInput::tr("The passphrase is empty."),
                    QStringLiteral("empty passphrase"));
    SecureBytes line(length);
    std::memcpy(line.data(), buffer.data(), length);
    return line;
}

#if defined(Q_OS_WIN)

HANDLE standardInput()
{
    return GetStdHandle(STD_INPUT_HANDLE);
}

bool isConsole()
{
    DWORD mode = 0;
    return GetConsoleMode(standardInput(), &mode) != 0;
}

// Switches echo off for as long as it lives.
class EchoOff
{
public:
    EchoOff()
    {
        if (GetConsoleMode(standardInput(), &m_saved))
            m_active = SetConsoleMode(standardInput(), m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
    ~EchoOff()
    {
        if (m_active) {
            SetConsoleMode(standardInput(), m_saved);
            // The Enter that ended the line was not echoed either.
            DWORD written = 0;
            WriteConsoleA(GetStdHandle(STD_ERROR_HANDLE), "\r\n", 2, &written, nullptr);
        }
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    DWORD m_saved = 0;
    bool m_active = false;
};

// One byte from standard input: 1 read, 0 end of input, -1 error.
int readByte(unsigned char *byte)
{
    DWORD got = 0;
    if (!ReadFile(standardInput(), byte, 1, &got, nullptr))
        return GetLastError() == ERROR_BROKEN_PIPE ? 0 : -1;
    return got == 1 ? 1 : 0;
}

#else

// What to restore if a signal ends the process while echo is off: a handler may only touch plain
// data, and a terminal left without echo is a nasty surprise for the person at it.
termios g_savedTerminal {};
volatile sig_atomic_t g_echoIsOff = 0;
constexpr int RestoreOnSignals[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
// The struct shares its name with the function; an alias keeps declarations plain.
using SignalAction = struct sigaction;

void restoreTerminalAndReraise(int signalNumber)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}

class EchoOff
{
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
            return;
        SignalAction restore {};
        restore.sa_handler = restoreTerminalAndReraise;
        sigemptyset(&restore.sa_mask);
        for (std::size_t i = 0; i < std::size(RestoreOnSignals); ++i) {
            sigaction(RestoreOnSignals[i], &restore, &m_previous[i]);
            // A signal the caller chose to ignore (nohup) stays ignored.
            if (m_previous[i].sa_handler == SIG_IGN)
                sigaction(RestoreOnSignals[i], &m_previous[i], nullptr);
        }
        termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        // The Enter that ends the line is still echoed, so the next output starts on a new line.
        quiet.c_lflag |= ECHONL;
        g_echoIsOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0 ? 1 : 0;
        m_installed = true;
    }
    ~EchoOff()
    {
        // TCSANOW: keep whatever was typed after Enter (the start of the repeated passphrase).
        if (g_echoIsOff)
            tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoIsOff = 0;
        if (m_installed)
            for (std::size_t i = 0; i < std::size(RestoreOnSignals); ++i)
                sigaction(RestoreOnSignals[i], &m_previous[i], nullptr);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    SignalAction m_previous[std::size(RestoreOnSignals)] {};
    bool m_installed = false;
};

int readByte(unsigned char *byte)
{
    for (;;) {
        const ssize_t got = ::read(STDIN_FILENO, byte, 1);
        if (got >= 0)
            return static_cast<int>(got);
        if (errno != EINTR)
            return -1;
    }
}

bool isConsole()
{
    return ::isatty(STDIN_FILENO) == 1;
}

#endif

} // namespace

bool StandardPassphraseInput::isInteractive() const
{
    return isConsole();
}

Result<SecureBytes> StandardPassphraseInput::readLine()
{
    std::optional<EchoOff> echoOff;
    if (isConsole())
        echoOff.emplace();

    SecureBytes buffer(MaxBytes + 1);
    std::size_t length = 0;
    bool endOfLine = false;
    unsigned char byte = 0;
    for (;;) {
        const int got = readByte(&byte);
        if (got < 0)
            return fail(ErrorCode::Io, PassphraseInput::tr("The passphrase could not be read."),
                        QStringLiteral("reading standard input failed"));
        if (got == 0)
            break;
        if (byte == '\n') {
            endOfLine = true;
            break;
        }
        if (length == buffer.size()) {
            sodium_memzero(&byte, sizeof byte);
            return std::unexpected(tooLong());
        }
        buffer.data()[length++] = byte;
    }
    sodium_memzero(&byte, sizeof byte);
    if (length == 0 && !endOfLine)
        return fail(ErrorCode::InvalidInput, PassphraseInput::tr("No passphrase was given."),
                    QStringLiteral("end of input"));
    if (!withinLimit(buffer, length))
        return std::unexpected(tooLong());
    return finishLine(buffer, length);
}

Result<SecureBytes> readPassphraseFile(const QString &path)
{
    // Unbuffered: QFile would otherwise keep its own copy of the bytes in ordinary memory. We read
    // straight into guarded memory instead.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return fail(ErrorCode::Io, PassphraseInput::tr("The passphrase file could not be read."),
                    file.errorString());
    SecureBytes buffer(PassphraseInput::MaxBytes + 2);
    std::size_t filled = 0;
    const unsigned char *lineEnd = nullptr;
    // A pipe (--passphrase-file <(...)) may deliver the line in pieces.
    while (filled < buffer.size() && !lineEnd) {
        const qint64 got = file.read(reinterpret_cast<char *>(buffer.data()) + filled,
                                     static_cast<qint64>(buffer.size() - filled));
        if (got < 0)
            return fail(ErrorCode::Io,
                        PassphraseInput::tr("The passphrase file could not be read."),
                        file.errorString());
        if (got == 0)
            break;
        lineEnd = static_cast<const unsigned char *>(
            std::memchr(buffer.data() + filled, '\n', static_cast<std::size_t>(got)));
        filled += static_cast<std::size_t>(got);
    }
    const std::size_t length = lineEnd ? static_cast<std::size_t>(lineEnd - buffer.data()) : filled;
    if (!withinLimit(buffer, length))
        return std::unexpected(tooLong());
    auto line = finishLine(buffer, length);
    if (!line && line.error().code == ErrorCode::InvalidInput)
        return fail(ErrorCode::InvalidInput,
                    PassphraseInput::tr("The first line of the passphrase file is empty."),
                    line.error().detail);
    return line;
}

} // namespace schouw
