#include "testvault.h"

#include <QDir>
#include <QFile>

namespace schouw::test {

SecureBytes passphrase(const char *text)
{
    return SecureBytes::fromText(QString::fromUtf8(text));
}

VaultOptions fastOptions()
{
    VaultOptions options;
    options.kdf = KdfParams::fastForTests();
    return options;
}

TempVault::TempVault()
{
    auto created =
        Vault::create(m_dir.filePath(QStringLiteral("vault")), passphrase(), fastOptions());
    if (created)
        m_vault = std::move(*created);
    else
        m_error = created.error();
}

bool TempVault::reopen()
{
    m_vault.reset();
    auto opened = Vault::open(m_dir.filePath(QStringLiteral("vault")), passphrase(), fastOptions());
    if (!opened) {
        m_error = opened.error();
        return false;
    }
    m_vault = std::move(*opened);
    return true;
}

QList<QPair<QString, QByteArray>> vaultFiles(const QString &directory)
{
    QList<QPair<QString, QByteArray>> files;
    const QDir dir(directory);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({name, file.readAll()});
    }
    return files;
}

} // namespace schouw::test
