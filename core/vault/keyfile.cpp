#include "keyfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

#include <sodium.h>

#include <cstring>

#if defined(__unix__) || defined(__APPLE__)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace schouw {

namespace {

constexpr char Magic[8] = {'S', 'C', 'H', 'O', 'U', 'W', 'K', '\0'};
constexpr std::uint32_t FormatVersion = 1;
constexpr std::uint32_t KdfArgon2id = 1;
constexpr std::size_t AdSize = 64;
constexpr std::size_t NonceOffset = 64;
constexpr std::size_t CipherOffset = 88;
constexpr std::size_t CipherSize = KeyFile::DataKeySize + crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr std::size_t ChecksumOffset = CipherOffset + CipherSize;
static_assert(ChecksumOffset + 32 == KeyFile::FileSize);
static_assert(crypto_pwhash_SALTBYTES == 16);
static_assert(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == 24);

// Bounds for parameters read from a file: a tampered file must not make us allocate terabytes or
// spin for hours before the AEAD check could reject it.
constexpr std::uint64_t MaxOpsLimit = 64;
constexpr std::uint64_t MaxMemLimit = std::uint64_t(4) << 30;

const unsigned char *bytesAt(const QByteArray &bytes, std::size_t offset)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData()) + offset;
}

unsigned char *bytesAt(QByteArray &bytes, std::size_t offset)
{
    return reinterpret_cast<unsigned char *>(bytes.data()) + offset;
}

Result<SecureBytes> deriveKey(const SecureBytes &passphrase, const unsigned char *salt,
                              const KdfParams &params)
{
    SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    const auto *pass = reinterpret_cast<const char *>(passphrase.data());
    if (crypto_pwhash(key.data(), key.size(), pass ? pass : "", passphrase.size(), salt,
                      params.opsLimit, static_cast<std::size_t>(params.memLimit),
                      crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return fail(ErrorCode::Crypto,
                    KeyFile::tr("There is not enough memory to unlock the vault."),
                    QStringLiteral("crypto_pwhash failed"));
    }
    return key;
}

} // namespace

KdfParams KdfParams::standard()
{
    // 256 MiB and two passes: 0.49-0.53 s on the reference 2-core machine (libsodium's "moderate"
    // three passes took 0.59-0.61 s). Memory is what makes GPU guessing expensive, so it stays at
    // 256 MiB and the pass count is what is tuned to the time budget.
    return {2, std::uint64_t(256) << 20};
}

KdfParams KdfParams::fastForTests()
{
    return {crypto_pwhash_OPSLIMIT_MIN, 64 * 1024};
}

Result<KeyFile> KeyFile::create(const SecureBytes &passphrase, const SecureBytes &dataKey,
                                const Id &accountId, const KdfParams &params)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Crypto, tr("The cryptographic library could not start."));
    if (dataKey.size() != DataKeySize)
        return fail(ErrorCode::Crypto, tr("The vault key has the wrong size."));

    QByteArray bytes(FileSize, '\0');
    std::memcpy(bytes.data(), Magic, sizeof Magic);
    qToLittleEndian<std::uint32_t>(FormatVersion, bytesAt(bytes, 8));
    qToLittleEndian<std::uint32_t>(KdfArgon2id, bytesAt(bytes, 12));
    qToLittleEndian<std::uint64_t>(params.opsLimit, bytesAt(bytes, 16));
    qToLittleEndian<std::uint64_t>(params.memLimit, bytesAt(bytes, 24));
    const QByteArray uuid = accountId.toRfc4122();
    std::memcpy(bytesAt(bytes, 32), uuid.constData(), 16);
    randombytes_buf(bytesAt(bytes, 48), crypto_pwhash_SALTBYTES);
    randombytes_buf(bytesAt(bytes, NonceOffset), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);

    auto wrappingKey = deriveKey(passphrase, bytesAt(bytes, 48), params);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytesAt(bytes, CipherOffset), &cipherLength, dataKey.data(), dataKey.size(),
        bytesAt(bytes, 0), AdSize, nullptr, bytesAt(bytes, NonceOffset), wrappingKey->data());
    Q_ASSERT(cipherLength == CipherSize);
    crypto_generichash(bytesAt(bytes, ChecksumOffset), 32, bytesAt(bytes, 0), ChecksumOffset,
                       nullptr, 0);

    KeyFile file;
    file.m_bytes = bytes;
    file.m_accountId = accountId;
    file.m_params = params;
    return file;
}

Result<KeyFile> KeyFile::parse(const QByteArray &bytes)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Crypto, tr("The cryptographic library could not start."));
    const auto damaged = [](const char *why) {
        return fail(ErrorCode::KeyFileDamaged,
                    tr("The vault's key file is damaged. Restore it from a backup."),
                    QString::fromLatin1(why));
    };
    if (static_cast<std::size_t>(bytes.size()) != FileSize)
        return damaged("key file has the wrong size");
    if (std::memcmp(bytes.constData(), Magic, sizeof Magic) != 0)
        return damaged("key file magic does not match");
    unsigned char checksum[32];
    crypto_generichash(checksum, sizeof checksum, bytesAt(bytes, 0), ChecksumOffset, nullptr, 0);
    if (sodium_memcmp(checksum, bytesAt(bytes, ChecksumOffset), sizeof checksum) != 0)
        return damaged("key file checksum does not match");
    const auto version = qFromLittleEndian<std::uint32_t>(bytesAt(bytes, 8));
    if (version != FormatVersion)
        return fail(
            ErrorCode::VaultTooNew,
            tr("This vault was made by a newer version of Schouw. Update Schouw to open it."),
            QStringLiteral("key file format %1").arg(version));
    if (qFromLittleEndian<std::uint32_t>(bytesAt(bytes, 12)) != KdfArgon2id)
        return damaged("unknown key derivation algorithm");

    KeyFile file;
    file.m_bytes = bytes;
    file.m_params.opsLimit = qFromLittleEndian<std::uint64_t>(bytesAt(bytes, 16));
    file.m_params.memLimit = qFromLittleEndian<std::uint64_t>(bytesAt(bytes, 24));
    if (file.m_params.opsLimit < crypto_pwhash_OPSLIMIT_MIN ||
        file.m_params.opsLimit > MaxOpsLimit ||
        file.m_params.memLimit < crypto_pwhash_MEMLIMIT_MIN || file.m_params.memLimit > MaxMemLimit)
        return damaged("key derivation parameters out of range");
    file.m_accountId = QUuid::fromRfc4122(QByteArrayView(bytes.constData() + 32, 16));
    return file;
}

Result<KeyFile> KeyFile::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::VaultMissing, tr("There is no vault here."),
                    QStringLiteral("key file missing"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("The vault's key file could not be read."),
                    file.errorString());
    // Read one byte more than a valid file has, so an oversized file is noticed without reading
    // all of it.
    return parse(file.read(FileSize + 1));
}

Result<SecureBytes> KeyFile::unwrap(const SecureBytes &passphrase) const
{
    auto wrappingKey = deriveKey(passphrase, bytesAt(m_bytes, 48), m_params);
    if (!wrappingKey)
        return std::unexpected(wrappingKey.error());
    SecureBytes dataKey(DataKeySize);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            dataKey.data(), &length, nullptr, bytesAt(m_bytes, CipherOffset), CipherSize,
            bytesAt(m_bytes, 0), AdSize, bytesAt(m_bytes, NonceOffset), wrappingKey->data()) != 0 ||
        length != DataKeySize) {
        return fail(ErrorCode::PassphraseIncorrect, tr("The passphrase is incorrect."));
    }
    return dataKey;
}

Status KeyFile::writeAtomically(const QString &path) const
{
    return writeFileAtomically(path, m_bytes);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const auto failed = [&](const QString &detail) {
        return fail(ErrorCode::Io, KeyFile::tr("A file of the vault could not be written."),
                    detail);
    };
#if defined(__unix__) || defined(__APPLE__)
    const QString tmpPath = path + QStringLiteral(".tmp");
    const QByteArray tmpName = QFile::encodeName(tmpPath);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(QStringLiteral("open temporary file: %1").arg(errno));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const auto n = ::write(fd, bytes.constData() + written,
                               static_cast<std::size_t>(bytes.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            ::close(fd);
            ::unlink(tmpName.constData());
            return failed(QStringLiteral("write: %1").arg(error));
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(tmpName.constData());
        return failed(QStringLiteral("fsync: %1").arg(error));
    }
    ::close(fd);
    if (::rename(tmpName.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        ::unlink(tmpName.constData());
        return failed(QStringLiteral("rename: %1").arg(error));
    }
    // The rename is only durable once the directory entry is.
    const QByteArray dirName = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dirFd = ::open(dirName.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
#else
    // Elsewhere QSaveFile gives the same write-then-rename (ReplaceFileW on Windows).
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failed(file.errorString());
    return {};
#endif
}

} // namespace schouw
