#include "crashharness.h"

#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>

namespace schouw::test {

CrashPlan CrashPlan::fromEnvironment(int defaultRounds)
{
    CrashPlan plan;
    bool ok = false;
    const int rounds = qEnvironmentVariableIntValue("SCHOUW_CRASH_ROUNDS", &ok);
    plan.rounds = ok && rounds > 0 ? rounds : defaultRounds;
    plan.seed = static_cast<quint32>(qEnvironmentVariableIntValue("SCHOUW_CRASH_SEED", &ok));
    if (!ok)
        plan.seed = QRandomGenerator::global()->generate();
    plan.random.seed(plan.seed);
    qInfo("crash rounds: %d, seed: %u (SCHOUW_CRASH_SEED replays it)", plan.rounds, plan.seed);
    return plan;
}

QStringList runAndKill(const QString &program, const QStringList &arguments, int linesFirst,
                       int thenMs)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(program, arguments);
    if (!child.waitForStarted())
        qFatal("%s did not start", qPrintable(program));
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (output.count('\n') < linesFirst && timer.elapsed() < 8000 &&
           child.state() == QProcess::Running) {
        child.waitForReadyRead(50);
        output += child.readAllStandardOutput();
    }
    timer.restart();
    while (timer.elapsed() < thenMs && child.state() == QProcess::Running) {
        child.waitForReadyRead(std::max<int>(1, thenMs - static_cast<int>(timer.elapsed())));
        output += child.readAllStandardOutput();
    }
    child.kill();
    child.waitForFinished();
    output += child.readAllStandardOutput();
    const QByteArray errors = child.readAllStandardError();
    if (!errors.isEmpty())
        qWarning("%s: %s", qPrintable(program), errors.constData());
    QStringList lines = QString::fromLatin1(output).split(QLatin1Char('\n'));
    lines.removeLast();
    return lines;
}

} // namespace schouw::test
