#include "vaultwipe.h"

#include "vault/vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

namespace schouw::sync {

class VaultWipe
{
    Q_DECLARE_TR_FUNCTIONS(VaultWipe)
};

namespace {

Q_LOGGING_CATEGORY(lcWipe, "schouw.sync", QtInfoMsg)

void overwrite(const QString &path)
{
    QFile file(path);
    const qint64 size = file.size();
    if (size <= 0 || size > 1024 * 1024 || !file.open(QIODevice::ReadWrite))
        return;
    file.write(QByteArray(size, '\0'));
    file.flush();
}

} // namespace

Status wipeVault(Vault &vault)
{
    const QString directory = vault.directory();
    vault.lock();
    const QString database = Vault::databasePath(directory);
    const QString keyFile = Vault::keyFilePath(directory);
    overwrite(keyFile);
    const QStringList files = {keyFile,
                               database,
                               database + QStringLiteral("-wal"),
                               database + QStringLiteral("-shm"),
                               QDir(directory).filePath(QStringLiteral("schouw.session")),
                               QDir(directory).filePath(QStringLiteral("schouw.lock"))};
    QStringList left;
    for (const QString &path : files) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            left << QFileInfo(path).fileName();
    }
    QDir().rmdir(directory); // only succeeds when empty
    if (!left.isEmpty())
        return fail(ErrorCode::Io,
                    VaultWipe::tr("The vault could not be removed completely; delete its folder by "
                                  "hand."),
                    QStringLiteral("not removed: %1").arg(left.join(QStringLiteral(", "))));
    qCInfo(lcWipe) << "vault wiped after device revocation";
    return {};
}

} // namespace schouw::sync
