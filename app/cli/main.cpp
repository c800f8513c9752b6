// schouw-cli: headless client operations. Wiring only; the logic is schouw::CommandLine.
#include "cli/commandline.h"
#include "cli/passphraseinput.h"
#include "i18n/language.h"
#include "vault/securebytes.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    // Before any key or passphrase is in memory.
    schouw::disableCoreDumps();
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schouw-cli"));
    QCoreApplication::setApplicationVersion(schouw::CommandLine::version());
    // English is the fallback when no catalogue is installed for the language.
    schouw::installTranslations(schouw::commandLineLanguage());

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly))
        return 1;
    schouw::StandardPassphraseInput input;
    schouw::CommandLine commandLine(out, err, input);
    return commandLine.run(QCoreApplication::arguments());
}
