#pragma once

#include "changewriter.h"
#include "domain/error.h"
#include "domain/hlc.h"
#include "domain/id.h"
#include "keyfile.h"
#include "securebytes.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

namespace schouw {

class IntegrityProbe;

struct VaultOptions
{
    KdfParams kdf = KdfParams::standard(); // used when creating or re-keying
    HlcClock::WallClock wallClock; // empty: the system clock
    // Tests and the benchmark compare against a plaintext database with the same code. Never set
    // for user data: it writes every byte in the clear.
    bool unencryptedForBenchmark = false;
    // Leave PRAGMA quick_check out of open() and hand it to an IntegrityProbe the caller runs on
    // a worker thread (takeIntegrityProbe()). The client does this so a large vault opens within
    // its time budget; the full check after an unclean shutdown always runs inside open().
    bool deferQuickCheck = false;
};

// What the integrity check found.
struct IntegrityReport
{
    bool ok = false;
    QStringList problems; // technical, free of personal data
    QString cipherVersion;
    int schemaVersion = 0;
    qint64 auditEvents = 0;
};

// One account's encrypted store: a SQLCipher database plus the key file beside it, in a directory
// of its own. An open Vault holds the unwrapped data key in guarded memory; lock() closes the
// database and wipes it. Not thread-safe: use a Vault from the thread that opened it.
//
// Files in the directory: schouw.db (+ -wal, -shm), schouw.key, schouw.lock while open, and
// schouw.session, whose presence at open time means the last session did not end cleanly.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    [[nodiscard]] static bool exists(const QString &directory);
    [[nodiscard]] static QString databasePath(const QString &directory);
    [[nodiscard]] static QString keyFilePath(const QString &directory);

    // Creates a new vault in directory (created if needed). VaultExists if one is there.
    [[nodiscard]] static Result<std::unique_ptr<Vault>> create(const QString &directory,
                                                               const SecureBytes &passphrase,
                                                               const VaultOptions &options = {});

    // Opens an existing vault. Errors: PassphraseIncorrect (no file is written), KeyFileDamaged,
    // VaultDamaged (never repaired or overwritten), VaultTooNew (untouched), VaultBusy,
    // CipherUnavailable, VaultMissing. Runs quick_check, or a full integrity check after an
    // unclean shutdown.
    [[nodiscard]] static Result<std::unique_ptr<Vault>>
    open(const QString &directory, const SecureBytes &passphrase, const VaultOptions &options = {});

    // Rewrites only the key file (atomically); the database is not touched. Works on a closed
    // vault; an open one keeps working since its data key does not change.
    [[nodiscard]] static Status changePassphrase(const QString &directory,
                                                 const SecureBytes &current,
                                                 const SecureBytes &replacement,
                                                 const KdfParams &params = KdfParams::standard());

    // Closes the database, removes the session marker and wipes the key. Afterwards isOpen() is
    // false and every repository call fails with VaultLocked.
    void lock();
    [[nodiscard]] bool isOpen() const { return m_db.isOpen(); }

    [[nodiscard]] const QString &directory() const { return m_directory; }
    [[nodiscard]] Id accountId() const { return m_accountId; }
    [[nodiscard]] const QString &deviceId() const { return m_deviceId; }
    // Who is working: the office's user id once the account is linked to one (meta user_id),
    // until then the account id. The author of every finding and judgement made here.
    [[nodiscard]] Id currentUserId() const;
    [[nodiscard]] int schemaVersion() const;
    [[nodiscard]] bool recoveredFromUncleanShutdown() const { return m_recovered; }
    // With VaultOptions::deferQuickCheck: the check still to run, once; null otherwise. The
    // caller runs it off this thread and must cancel it before the vault locks.
    [[nodiscard]] std::unique_ptr<IntegrityProbe> takeIntegrityProbe();

    // Full integrity check: SQLite's integrity_check, foreign keys, the cipher settings and the
    // audit chain. Read-only.
    [[nodiscard]] Result<IntegrityReport> checkIntegrity();

    // For repositories. Precondition: isOpen().
    [[nodiscard]] Database &database() { return m_db; }
    [[nodiscard]] ChangeWriter &changes() { return *m_changes; }
    [[nodiscard]] HlcClock &clock() { return m_clock; }
    // A typed VaultLocked error for repositories to return when the vault is closed.
    [[nodiscard]] static Error lockedError();
    // The user-facing error for a damaged vault; detail is technical and free of personal data.
    [[nodiscard]] static Error damagedError(const QString &detail);

    // Local settings of this vault (not synced), e.g. the id of the signed-in user.
    [[nodiscard]] Result<QString> metaValue(const QString &key);
    [[nodiscard]] Status setMetaValue(const QString &key, const QString &value);

private:
    Vault(QString directory, HlcClock::WallClock wallClock);
    [[nodiscard]] Status attach(Database db);

    QString m_directory;
    Database m_db;
    HlcClock m_clock;
    std::unique_ptr<ChangeWriter> m_changes;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<IntegrityProbe> m_probe;
    Id m_accountId;
    QString m_deviceId;
    bool m_recovered = false;
};

} // namespace schouw
