#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

namespace schouw::test {

// What a crash test repeats and with which randomness: defaultRounds unless SCHOUW_CRASH_ROUNDS
// says more, a fresh seed unless SCHOUW_CRASH_SEED replays one. Logs both.
struct CrashPlan
{
    int rounds = 0;
    quint32 seed = 0;
    QRandomGenerator random;

    [[nodiscard]] static CrashPlan fromEnvironment(int defaultRounds);
};

// Starts a child process, waits until it has written linesFirst complete lines to stdout (at most
// eight seconds), lets it run thenMs more and SIGKILLs it: no destructors, no flushing, no clean
// close. Returns the complete stdout lines; a line the kill cut before its newline is left out,
// so it never counts as an acknowledgement.
[[nodiscard]] QStringList runAndKill(const QString &program, const QStringList &arguments,
                                     int linesFirst, int thenMs);

} // namespace schouw::test
