#include "commands.h"

#include "console.h"
#include "vault/vault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace schouw {

namespace {

Error noVault()
{
    return {ErrorCode::VaultMissing, Commands::tr("There is no vault in this folder."),
            QStringLiteral("key file missing")};
}

} // namespace

Result<std::unique_ptr<Vault>> Commands::openVault(const Invocation &invocation, Console &console)
{
    if (!Vault::exists(invocation.vaultDirectory))
        return std::unexpected(noVault());
    auto passphrase = console.passphrase(invocation.passphraseFile, tr("Passphrase: "));
    if (!passphrase)
        return std::unexpected(passphrase.error());
    return Vault::open(invocation.vaultDirectory, *passphrase);
}

Result<ExitCode> Commands::init(const Invocation &invocation, Console &console)
{
    const QString &directory = invocation.vaultDirectory;
    // Checked before asking, so nobody types a passphrase twice for nothing.
    if (Vault::exists(directory) || QFileInfo::exists(Vault::databasePath(directory)))
        return fail(ErrorCode::VaultExists, tr("There is already a vault in this folder."),
                    QStringLiteral("vault exists"));
    auto passphrase = console.newPassphrase(invocation.passphraseFile, tr("New passphrase: "),
                                            tr("Repeat the passphrase: "));
    if (!passphrase)
        return std::unexpected(passphrase.error());
    VaultOptions options;
    options.kdf = invocation.kdf;
    auto vault = Vault::create(directory, *passphrase, options);
    if (!vault)
        return std::unexpected(vault.error());
    return ExitCode::Ok;
}

Result<ExitCode> Commands::passwd(const Invocation &invocation, Console &console)
{
    // Only the key file changes: the database is never opened, so it stays byte for byte as it
    // was, and a vault open elsewhere keeps working (its data key does not change).
    const QString &directory = invocation.vaultDirectory;
    if (!Vault::exists(directory))
        return std::unexpected(noVault());
    auto current = console.passphrase(invocation.passphraseFile, tr("Current passphrase: "));
    if (!current)
        return std::unexpected(current.error());
    if (invocation.newPassphraseFile.isEmpty() && console.isInteractive()) {
        // A typo in the current passphrase is better found before the new one is typed twice;
        // it costs one extra key derivation.
        auto keyFile = KeyFile::read(Vault::keyFilePath(directory));
        if (!keyFile)
            return std::unexpected(keyFile.error());
        if (auto dataKey = keyFile->unwrap(*current); !dataKey)
            return std::unexpected(dataKey.error());
    }
    auto replacement = console.newPassphrase(invocation.newPassphraseFile, tr("New passphrase: "),
                                             tr("Repeat the new passphrase: "));
    if (!replacement)
        return std::unexpected(replacement.error());
    if (auto done = Vault::changePassphrase(directory, *current, *replacement, invocation.kdf);
        !done)
        return std::unexpected(done.error());
    return ExitCode::Ok;
}

Result<ExitCode> Commands::check(const Invocation &invocation, Console &console)
{
    auto vault = openVault(invocation, console);
    if (!vault)
        return std::unexpected(vault.error());
    auto report = (*vault)->checkIntegrity();
    if (!report)
        return std::unexpected(report.error());
    console.printJson({
        {QStringLiteral("ok"), report->ok},
        {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)},
        {QStringLiteral("cipher_version"), report->cipherVersion},
        {QStringLiteral("schema_version"), report->schemaVersion},
        {QStringLiteral("audit_events"), report->auditEvents},
    });
    return report->ok ? ExitCode::Ok : ExitCode::BadInput;
}

} // namespace schouw
