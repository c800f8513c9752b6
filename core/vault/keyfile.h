#pragma once

#include "domain/error.h"
#include "domain/id.h"
#include "securebytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>

namespace schouw {

// Argon2id cost, recorded in the key file so a vault keeps opening when defaults change.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0; // bytes

    // About half a second on the reference 2-core machine, 256 MiB of memory.
    [[nodiscard]] static KdfParams standard();
    // Deliberately weak: for tests and benchmarks that create many vaults, never for real data.
    [[nodiscard]] static KdfParams fastForTests();

    bool operator==(const KdfParams &) const = default;
};

// The small file beside the database that holds the database's data key, wrapped with
// XChaCha20-Poly1305 under a key derived from the passphrase with Argon2id.
//
// Layout (version 1, little-endian), 168 bytes:
//   0  magic "SCHOUWK\0"          8
//   8  format version (1)         4
//  12  KDF algorithm (1=Argon2id) 4
//  16  opslimit                   8
//  24  memlimit                   8
//  32  account id (UUID bytes)   16
//  48  salt                      16
//  64  nonce                     24
//  88  wrapped key + tag         48
// 136  BLAKE2b-256 of bytes 0..135 32
// Bytes 0..63 are the AEAD's associated data, so the parameters and salt cannot be swapped. The
// trailing checksum separates a damaged file from a wrong passphrase: both would otherwise fail
// the same AEAD check.
class KeyFile
{
    Q_DECLARE_TR_FUNCTIONS(KeyFile)

public:
    static constexpr std::size_t DataKeySize = 32;
    static constexpr std::size_t FileSize = 168;

    // Wraps dataKey under the passphrase with fresh salt and nonce.
    [[nodiscard]] static Result<KeyFile> create(const SecureBytes &passphrase,
                                                const SecureBytes &dataKey, const Id &accountId,
                                                const KdfParams &params);
    // Checks the structure and checksum; does not need the passphrase.
    [[nodiscard]] static Result<KeyFile> parse(const QByteArray &bytes);
    [[nodiscard]] static Result<KeyFile> read(const QString &path);

    // Derives the key from the passphrase and unwraps the data key. PassphraseIncorrect on a wrong
    // passphrase. Costs one Argon2id run.
    [[nodiscard]] Result<SecureBytes> unwrap(const SecureBytes &passphrase) const;

    // Writes to a temporary file, fsyncs it, renames it over path and fsyncs the directory, so a
    // crash leaves either the old or the new file, never a mix.
    [[nodiscard]] Status writeAtomically(const QString &path) const;

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] Id accountId() const { return m_accountId; }
    [[nodiscard]] KdfParams params() const { return m_params; }

private:
    QByteArray m_bytes;
    Id m_accountId;
    KdfParams m_params;
};

// Writes bytes to path atomically and durably (see KeyFile::writeAtomically).
[[nodiscard]] Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace schouw
