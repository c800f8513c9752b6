#include "testvault.h"

#include "vault/attachmentrepository.h"
#include "vault/sqlite.h"

#include <QBuffer>
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

bool damagePageOnlyAFullCheckReads(Vault &vault)
{
    QByteArray photo(2'000'000, '\0');
    for (qsizetype i = 0; i < photo.size(); ++i)
        photo[i] = static_cast<char>((i * 7919) % 251);
    QBuffer in(&photo);
    in.open(QIODevice::ReadOnly);
    Attachment attachment;
    attachment.id = newId();
    attachment.ownerId = newId();
    attachment.fileName = QStringLiteral("gang.jpg");
    if (!AttachmentRepository(vault).add(attachment, in) ||
        !vault.database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return false;
    QFile db(Vault::databasePath(vault.directory()));
    if (!db.open(QIODevice::ReadWrite))
        return false;
    const qint64 middle = (db.size() / 2 / 4096) * 4096 + 2000;
    char byte = 0;
    if (!db.seek(middle) || !db.getChar(&byte) || !db.seek(middle))
        return false;
    return db.putChar(static_cast<char>(byte ^ 0x10));
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
