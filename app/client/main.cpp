// The desktop client: reads the command line and settings, installs the language, shows the main
// window and relays the desktop's lock and sleep signals to it. No logic lives here.

#include "appidentity.h"
#include "appsettings.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "sessionlockmonitor.h"
#include "vault/securebytes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>

#include <cstdio>

namespace {

struct Options
{
    QCommandLineOption vault;
    QCommandLineOption language;
};

// Built twice: once untranslated to learn the language, then translated for --help and errors.
Options addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Schouw, the field client for inspections of health-care providers."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options {
        QCommandLineOption(
            QStringLiteral("vault"),
            QCoreApplication::translate("main",
                                        "Keep the encrypted data in <directory> instead of the "
                                        "default place."),
            QCoreApplication::translate("main", "directory")),
        QCommandLineOption(
            QStringLiteral("language"),
            QCoreApplication::translate("main", "Use <language> for this session: nl or en."),
            QCoreApplication::translate("main", "language")),
    };
    parser.addOption(options.vault);
    parser.addOption(options.language);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
#ifdef NDEBUG
    // Before anything holds a key: a crash must not write one to disk.
    schouw::disableCoreDumps();
#endif
    QApplication app(argc, argv);
    schouw::setApplicationIdentity();

    QString language = schouw::AppSettings::language();
    {
        QCommandLineParser early;
        const Options options = addOptions(early);
        early.parse(QCoreApplication::arguments());
        if (early.isSet(options.language))
            language = early.value(options.language);
    }
    const bool knownLanguage = schouw::availableLanguages().contains(language);
    schouw::installTranslations(knownLanguage ? language : schouw::defaultLanguage());

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    parser.process(app); // exits on --help, --version and unknown options
    if (!knownLanguage) {
        std::fputs(qPrintable(QCoreApplication::translate("main",
                                                          "Unknown language \"%1\"; "
                                                          "choose nl or en.\n")
                                  .arg(language)),
                   stderr);
        return 2;
    }

    const QString vaultDirectory = parser.isSet(options.vault)
        ? QDir(parser.value(options.vault)).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
            QStringLiteral("/vault");

    schouw::VaultOptions vaultOptions;
    // quick_check reads every page; on a large vault it runs beside the open window instead of
    // before it (see docs/vault.md).
    vaultOptions.deferQuickCheck = true;
    schouw::MainWindow window(vaultDirectory, vaultOptions);
    schouw::SessionLockMonitor desktop;
    QObject::connect(&desktop, &schouw::SessionLockMonitor::sessionLocked, &window,
                     [&window] { window.lock(schouw::MainWindow::LockReason::SessionLocked); });
    QObject::connect(&desktop, &schouw::SessionLockMonitor::aboutToSleep, &window,
                     [&window] { window.lock(schouw::MainWindow::LockReason::Suspended); });
    window.show();
    return QApplication::exec();
}
