// schouw-server: the office service and its administration. Wiring only; the logic is
// schouw::server::ServerCommandLine.
#include "i18n/language.h"
#include "server/servercommandline.h"
#include "vault/securebytes.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    // Before any key, password or token is in memory.
    schouw::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schouw-server"));
    QCoreApplication::setApplicationVersion(schouw::server::ServerCommandLine::version());
    schouw::installTranslations(schouw::commandLineLanguage());

    QTextStream out(stdout);
    QTextStream err(stderr);
    schouw::server::ServerCommandLine commandLine(out, err);
    const int code = commandLine.run(QCoreApplication::arguments());
    out.flush();
    err.flush();
    return code;
}
