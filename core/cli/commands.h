#pragma once

#include "demo/demogenerator.h"
#include "domain/error.h"
#include "exitcode.h"
#include "vault/keyfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace schouw {

class Console;
class Vault;

// What the verbs see of the command line, already checked by CommandLine: a verb never has to
// report a usage error.
struct Invocation
{
    QString vaultDirectory;
    QString passphraseFile; // empty: ask (terminal) or read a line (pipe)
    QString newPassphraseFile; // passwd; empty: ask or read the next line
    KdfParams kdf = KdfParams::standard();
    DemoProfile demoProfile = DemoProfile::Small;
    std::uint64_t demoSeed = 1;
    QStringList arguments; // the verb's own positional arguments, as many as it declares
    QString providerId; // visit list --provider; empty: all providers
    bool dryRun = false; // providers import --dry-run
    bool validLinesOnly = false; // providers import --valid-lines-only
    // sync (docs/sync-client.md)
    QString serverUrl; // empty: the stored one
    QString user; // with passwordFile: log in
    QString passwordFile;
    QStringList pins; // sha256//<base64>, already checked for form
    QString caFile;
    bool allowDeletes = false;
    bool acceptServerChange = false;
    int timeoutSeconds = 30;
};

// The verbs of schouw-cli. Each returns the exit code of a run that went through (check returns
// BadInput when it found problems) or the error that stopped it, which CommandLine prints and maps
// to an exit code. Results go to standard output as one JSON object.
class Commands
{
    Q_DECLARE_TR_FUNCTIONS(Commands)

public:
    // vaultcommands.cpp: the key and the vault's health.
    [[nodiscard]] static Result<ExitCode> init(const Invocation &invocation, Console &console);
    [[nodiscard]] static Result<ExitCode> passwd(const Invocation &invocation, Console &console);
    [[nodiscard]] static Result<ExitCode> check(const Invocation &invocation, Console &console);
    // datacommands.cpp: the records.
    [[nodiscard]] static Result<ExitCode> stats(const Invocation &invocation, Console &console);
    [[nodiscard]] static Result<ExitCode> demo(const Invocation &invocation, Console &console);
    // frameworkcommands.cpp, visitcommands.cpp: frameworks and the visits that use them.
    [[nodiscard]] static Result<ExitCode> frameworkImport(const Invocation &invocation,
                                                          Console &console);
    [[nodiscard]] static Result<ExitCode> frameworkList(const Invocation &invocation,
                                                        Console &console);
    [[nodiscard]] static Result<ExitCode> frameworkShow(const Invocation &invocation,
                                                        Console &console);
    [[nodiscard]] static Result<ExitCode> visitList(const Invocation &invocation, Console &console);
    // providercommands.cpp: the provider register (docs/provider-register.md).
    [[nodiscard]] static Result<ExitCode> providersImport(const Invocation &invocation,
                                                          Console &console);
    // synccommands.cpp: one sync with the office (docs/sync-client.md). Runs an event loop
    // until the sync is over. On DeviceRevoked the vault has been wiped when it returns.
    [[nodiscard]] static Result<ExitCode> sync(const Invocation &invocation, Console &console);

    // Opens the vault with the passphrase from the file or the console. Says VaultMissing before
    // asking when the directory holds no vault.
    [[nodiscard]] static Result<std::unique_ptr<Vault>> openVault(const Invocation &invocation,
                                                                  Console &console);
};

} // namespace schouw
