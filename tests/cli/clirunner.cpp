#include "clirunner.h"

#include <QFile>

namespace schouw::test {

QString cliPath()
{
    return QStringLiteral(SCHOUW_CLI_PATH);
}

Run runCli(const QStringList &arguments, const QByteArray &input, const QString &language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // The program's own defaults for logging are under test, not the test runner's.
    environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    environment.insert(QStringLiteral("SCHOUW_LANG"), language);
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    Run run;
    if (!process.waitForStarted()) {
        qWarning() << "schouw-cli did not start:" << process.errorString();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240'000)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "schouw-cli timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
        file.write(bytes) == bytes.size();
}

} // namespace schouw::test
