#include "officevault.h"

#include "officechanges.h"
#include "sync/outbox.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

#include <QDir>
#include <QFile>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace schouw::server {

namespace {

constexpr int SecretBytes = 32;

Result<SecureBytes> readSecret(const QString &path)
{
    struct stat info
    {
    };
    const QByteArray native = QFile::encodeName(path);
    if (::stat(native.constData(), &info) != 0)
        return fail(ErrorCode::Io, OfficeVault::tr("The office vault's secret cannot be read."),
                    QStringLiteral("stat office-vault.secret failed"));
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail(ErrorCode::Io,
                    OfficeVault::tr("The office vault's secret %1 may be read by other users. "
                                    "Restrict it to the service's account (chmod 600).")
                        .arg(QDir::toNativeSeparators(path)),
                    QStringLiteral("office-vault.secret mode %1").arg(info.st_mode & 0777, 0, 8));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, OfficeVault::tr("The office vault's secret cannot be read."),
                    QStringLiteral("open office-vault.secret failed"));
    QByteArray bytes = file.read(SecretBytes * 2 + 1);
    if (bytes.size() != SecretBytes * 2)
        return fail(ErrorCode::KeyFileDamaged,
                    OfficeVault::tr("The office vault's secret is damaged."),
                    QStringLiteral("office-vault.secret has %1 bytes").arg(bytes.size()));
    return SecureBytes::takeFrom(bytes);
}

Result<SecureBytes> createSecret(const QString &path)
{
    SecureBytes secret = SecureBytes::random(SecretBytes).toHex();
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(ErrorCode::Io, OfficeVault::tr("The office vault's secret cannot be created."),
                    QStringLiteral("create office-vault.secret failed (errno %1)").arg(errno));
    const bool written =
        ::write(fd, secret.data(), secret.size()) == ssize_t(secret.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!written) {
        QFile::remove(path);
        return fail(ErrorCode::Io, OfficeVault::tr("The office vault's secret cannot be created."),
                    QStringLiteral("write office-vault.secret failed"));
    }
    return secret;
}

// Every change of the vault not yet copied to the store, oldest first, read in batches through
// the client's own outbox and marked sent as they are read: inside the caller's vault transaction,
// so a store failure rolls the marks back with it.
Result<QList<StoredChange>> takePendingChanges(Vault &vault)
{
    QList<StoredChange> changes;
    for (;;) {
        auto batch = sync::pendingBatch(vault, int(wire::kMaxChangesPerBatch));
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->changes.empty())
            return changes;
        std::vector<wire::WireUuid> ids;
        ids.reserve(batch->changes.size());
        for (const wire::WireChange &change : batch->changes) {
            changes.append(storedFromWire(change));
            ids.push_back(change.changeId);
        }
        if (auto marked = sync::markSent(vault, ids); !marked)
            return std::unexpected(marked.error());
    }
}

} // namespace

OfficeVault::OfficeVault(std::unique_ptr<Vault> vault)
    : m_vault(std::move(vault))
{
}

OfficeVault::~OfficeVault() = default;

Result<std::unique_ptr<OfficeVault>> OfficeVault::open(const QString &dataDirectory)
{
    const QDir data(dataDirectory);
    const QString directory = data.filePath(QStringLiteral("office-vault"));
    const QString secretPath = data.filePath(QStringLiteral("office-vault.secret"));
    // The secret is 256 random bits: a slow key derivation would add nothing.
    VaultOptions options;
    options.kdf = KdfParams {crypto_pwhash_OPSLIMIT_MIN, 64 * 1024};
    Result<std::unique_ptr<Vault>> vault;
    if (Vault::exists(directory)) {
        auto secret = readSecret(secretPath);
        if (!secret)
            return std::unexpected(secret.error());
        vault = Vault::open(directory, *secret, options);
    } else {
        QFile::remove(secretPath); // a secret without its vault is left from a failed start
        auto secret = createSecret(secretPath);
        if (!secret)
            return std::unexpected(secret.error());
        vault = Vault::create(directory, *secret, options);
        if (vault)
            QFile::setPermissions(directory,
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!vault)
        return std::unexpected(vault.error());
    (*vault)->changes().setOrigin(ChangeWriter::Origin::Local);
    (*vault)->changes().setAuthor(Id());
    return std::unique_ptr<OfficeVault>(new OfficeVault(std::move(*vault)));
}

Result<int> OfficeVault::write(Store &store, const QDateTime &now,
                               const std::function<Status(Vault &)> &vaultWork,
                               const std::function<Status(StoreSession &)> &storeWork)
{
    Database &db = m_vault->database();
    Transaction transaction(db);
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    if (vaultWork)
        if (auto done = vaultWork(*m_vault); !done)
            return std::unexpected(done.error());
    auto pending = takePendingChanges(*m_vault);
    if (!pending)
        return std::unexpected(pending.error());
    int stored = 0;
    if (auto done = store.run([&](StoreSession &session) -> Status {
            if (storeWork)
                if (auto work = storeWork(session); !work)
                    return work;
            auto appended = appendOfficeChanges(session, *pending, now);
            if (!appended)
                return std::unexpected(appended.error());
            stored = *appended;
            return {};
        });
        !done)
        return std::unexpected(done.error());
    // Should this commit fail after the store's, the changes are in the store and stay unsent
    // here: the next write copies them again and the store skips them by change id.
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return stored;
}

} // namespace schouw::server
