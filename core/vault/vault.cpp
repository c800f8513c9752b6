#include "vault.h"

#include "auditlog.h"
#include "integrityprobe.h"
#include "schema.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>

namespace schouw {

Q_LOGGING_CATEGORY(lcVault, "schouw.vault", QtInfoMsg)

namespace {

const QString DatabaseName = QStringLiteral("schouw.db");
const QString KeyFileName = QStringLiteral("schouw.key");
const QString LockName = QStringLiteral("schouw.lock");
const QString SessionMarkerName = QStringLiteral("schouw.session");
constexpr int PageSize = 4096;
constexpr int CacheKiB = 64 * 1024;

Status checkPragma(Database &db, const QString &pragma, const QString &expected)
{
    auto value = db.scalar(QStringLiteral("PRAGMA ") + pragma);
    if (!value)
        return std::unexpected(value.error());
    if (value->toString().compare(expected, Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::CipherUnavailable,
                    Vault::tr("The encryption library does not accept the vault's settings."),
                    QStringLiteral("PRAGMA %1 is '%2', expected '%3'")
                        .arg(pragma, value->toString(), expected));
    return {};
}

// SQLCipher 3.4.1 silently ignores pragmas it does not know, and plain SQLite ignores PRAGMA key:
// read the settings back before trusting a single page to the file.
Result<QString> verifyCipher(Database &db)
{
    auto version = db.scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!version)
        return std::unexpected(version.error());
    if (version->toString().isEmpty())
        return fail(ErrorCode::CipherUnavailable,
                    Vault::tr("Schouw was built without encryption support and will not store "
                              "data."),
                    QStringLiteral("PRAGMA cipher_version returned nothing"));
    if (auto ok = checkPragma(db, QStringLiteral("cipher_use_hmac"), QStringLiteral("1")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkPragma(db, QStringLiteral("cipher_page_size"), QString::number(PageSize));
        !ok)
        return std::unexpected(ok.error());
    return version->toString();
}

Status applyConnectionSettings(Database &db, bool encrypted)
{
    if (encrypted) {
        // Page size has to be set before the first page is read or written.
        if (auto done = db.exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(PageSize));
            !done)
            return done;
        if (auto version = verifyCipher(db); !version)
            return std::unexpected(version.error());
    } else if (auto done = db.exec(QStringLiteral("PRAGMA page_size = %1").arg(PageSize)); !done) {
        return done;
    }
    const QString settings = QStringLiteral("PRAGMA cache_size = -%1;"
                                            "PRAGMA journal_mode = WAL;"
                                            "PRAGMA synchronous = FULL;"
                                            "PRAGMA foreign_keys = ON;")
                                 .arg(CacheKiB);
    if (auto done = db.exec(settings); !done)
        return done;
    if (auto ok = checkPragma(db, QStringLiteral("journal_mode"), QStringLiteral("wal")); !ok)
        return ok;
    if (auto ok = checkPragma(db, QStringLiteral("synchronous"), QStringLiteral("2")); !ok)
        return ok;
    return checkPragma(db, QStringLiteral("foreign_keys"), QStringLiteral("1"));
}

Error damaged(const QString &detail)
{
    return Vault::damagedError(detail);
}

Result<Database> openDatabase(const QString &path, Database::OpenMode mode,
                              const SecureBytes &dataKey, bool encrypted)
{
    return encrypted ? Database::open(path, mode, dataKey) : Database::openPlain(path, mode);
}

// Reads the vault without writing anything: the cipher works, the key fits, the schema is one we
// know, and the pages are sound. A read-only connection never checkpoints, so even a WAL left by a
// crash stays as it was if we refuse.
enum class PageCheck { None, Quick, Full };

Status inspectReadOnly(const QString &path, const SecureBytes &dataKey, bool encrypted,
                       const Id &expectedAccount, PageCheck pageCheck)
{
    auto db = openDatabase(path, Database::OpenMode::ReadOnly, dataKey, encrypted);
    if (!db)
        return std::unexpected(db.error());
    if (encrypted) {
        if (auto done = db->exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(PageSize));
            !done)
            return done;
        if (auto version = verifyCipher(*db); !version)
            return std::unexpected(version.error());
    }
    auto tables = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!tables)
        return std::unexpected(tables.error().code == ErrorCode::VaultDamaged
                                   ? tables.error()
                                   : damaged(tables.error().detail));
    auto version = db->scalar(QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    if (version->toInt() > latestSchemaVersion())
        return fail(ErrorCode::VaultTooNew,
                    Vault::tr("This vault was made by a newer version of Schouw. Update Schouw to "
                              "open it; the vault has not been changed."),
                    QStringLiteral("schema %1").arg(version->toInt()));
    if (version->toInt() < 1)
        return std::unexpected(damaged(QStringLiteral("no schema")));
    auto account = db->scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'account_id'"));
    if (!account)
        return std::unexpected(damaged(account.error().detail));
    if (idFromText(account->toString()) != expectedAccount)
        return std::unexpected(damaged(QStringLiteral("database belongs to another key file")));
    if (pageCheck == PageCheck::None)
        return {};
    auto check = db->scalar(pageCheck == PageCheck::Full ? QStringLiteral("PRAGMA integrity_check")
                                                         : QStringLiteral("PRAGMA quick_check"));
    if (!check)
        return std::unexpected(check.error().code == ErrorCode::VaultDamaged
                                   ? check.error()
                                   : damaged(check.error().detail));
    if (check->toString() != QStringLiteral("ok"))
        return std::unexpected(damaged(QStringLiteral("integrity check failed")));
    return {};
}

} // namespace

Vault::Vault(QString directory, HlcClock::WallClock wallClock)
    : m_directory(std::move(directory))
    , m_clock(std::move(wallClock))
{
}

Vault::~Vault()
{
    lock();
}

bool Vault::exists(const QString &directory)
{
    return QFileInfo::exists(keyFilePath(directory));
}

QString Vault::databasePath(const QString &directory)
{
    return QDir(directory).filePath(DatabaseName);
}

QString Vault::keyFilePath(const QString &directory)
{
    return QDir(directory).filePath(KeyFileName);
}

Error Vault::lockedError()
{
    return {ErrorCode::VaultLocked, tr("The vault is locked."), QStringLiteral("vault locked")};
}

Result<std::unique_ptr<Vault>>
Vault::create(const QString &directory, const SecureBytes &passphrase, const VaultOptions &options)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Crypto, tr("The cryptographic library could not start."));
    if (exists(directory))
        return fail(ErrorCode::VaultExists, tr("There is already a vault here."),
                    QStringLiteral("vault exists"));
    // A database without its key file is what an interrupted create leaves. It cannot be opened,
    // but it is not ours to delete either.
    if (QFileInfo::exists(databasePath(directory)))
        return fail(ErrorCode::VaultExists,
                    tr("An earlier attempt to set up Schouw in %1 did not finish. Move that folder "
                       "aside and try again.")
                        .arg(QDir::toNativeSeparators(directory)),
                    QStringLiteral("database without key file"));
    if (!QDir().mkpath(directory))
        return fail(ErrorCode::Io, tr("The folder for the vault could not be created."));
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    std::unique_ptr<Vault> vault(new Vault(directory, options.wallClock));
    vault->m_lock = std::make_unique<QLockFile>(QDir(directory).filePath(LockName));
    if (!vault->m_lock->tryLock(0))
        return fail(ErrorCode::VaultBusy, tr("The vault is in use by another program."));

    const SecureBytes dataKey = SecureBytes::random(KeyFile::DataKeySize);
    const bool encrypted = !options.unencryptedForBenchmark;
    auto db = openDatabase(databasePath(directory), Database::OpenMode::Create, dataKey, encrypted);
    if (!db)
        return std::unexpected(db.error());
    QFile::setPermissions(databasePath(directory), QFile::ReadOwner | QFile::WriteOwner);
    if (auto done = applyConnectionSettings(*db, encrypted); !done)
        return std::unexpected(done.error());
    if (auto done = migrate(*db); !done)
        return std::unexpected(done.error());

    vault->m_accountId = newId();
    const QString deviceId = idText(newId());
    auto meta = db->prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES ('account_id', ?), ('device_id', ?), "
                       "('created_at', ?)"));
    if (!meta)
        return std::unexpected(meta.error());
    meta->bind(1, vault->m_accountId)
        .bind(2, deviceId)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (auto done = meta->exec(); !done)
        return std::unexpected(done.error());

    // The key file comes last: until it exists the directory does not count as a vault.
    auto keyFile = KeyFile::create(passphrase, dataKey, vault->m_accountId, options.kdf);
    if (!keyFile)
        return std::unexpected(keyFile.error());
    if (auto done = keyFile->writeAtomically(keyFilePath(directory)); !done)
        return std::unexpected(done.error());

    if (auto done = vault->attach(std::move(*db)); !done)
        return std::unexpected(done.error());
    qCInfo(lcVault) << "vault created";
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &directory, const SecureBytes &passphrase,
                                           const VaultOptions &options)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Crypto, tr("The cryptographic library could not start."));
    auto keyFile = KeyFile::read(keyFilePath(directory));
    if (!keyFile)
        return std::unexpected(keyFile.error());
    // Nothing is written before the passphrase has proved itself.
    auto dataKey = keyFile->unwrap(passphrase);
    if (!dataKey) {
        qCInfo(lcVault) << "unlock refused:" << dataKey.error().detail;
        return std::unexpected(dataKey.error());
    }

    std::unique_ptr<Vault> vault(new Vault(directory, options.wallClock));
    vault->m_accountId = keyFile->accountId();
    vault->m_lock = std::make_unique<QLockFile>(QDir(directory).filePath(LockName));
    if (!vault->m_lock->tryLock(0))
        return fail(ErrorCode::VaultBusy,
                    tr("The vault is already open in another window or "
                       "program."));

    const QString path = databasePath(directory);
    const QFileInfo dbInfo(path);
    if (!dbInfo.exists() || dbInfo.size() == 0)
        return std::unexpected(damaged(QStringLiteral("database file missing or empty")));

    const bool encrypted = !options.unencryptedForBenchmark;
    vault->m_recovered = QFileInfo::exists(QDir(directory).filePath(SessionMarkerName));
    if (vault->m_recovered)
        qCWarning(lcVault) << "previous session ended uncleanly; running a full integrity check";
    // A read-only connection to a WAL database still creates empty -wal and -shm files. When we
    // refuse the vault, remove the ones we made so the directory is as we found it.
    const QString walPath = path + QStringLiteral("-wal");
    const QString shmPath = path + QStringLiteral("-shm");
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    const PageCheck pageCheck = vault->m_recovered ? PageCheck::Full
        : options.deferQuickCheck                  ? PageCheck::None
                                                   : PageCheck::Quick;
    if (auto ok = inspectReadOnly(path, *dataKey, encrypted, vault->m_accountId, pageCheck); !ok) {
        if (!hadWal && QFileInfo(walPath).size() == 0) {
            QFile::remove(walPath);
            if (!hadShm)
                QFile::remove(shmPath);
        }
        return std::unexpected(ok.error());
    }

    auto db = openDatabase(path, Database::OpenMode::ReadWrite, *dataKey, encrypted);
    if (!db)
        return std::unexpected(db.error());
    if (auto done = applyConnectionSettings(*db, encrypted); !done)
        return std::unexpected(done.error());
    if (auto done = migrate(*db); !done)
        return std::unexpected(done.error());
    if (auto done = vault->attach(std::move(*db)); !done)
        return std::unexpected(done.error());
    if (pageCheck == PageCheck::None)
        vault->m_probe = std::make_unique<IntegrityProbe>(path, std::move(*dataKey), encrypted);
    return vault;
}

std::unique_ptr<IntegrityProbe> Vault::takeIntegrityProbe()
{
    return std::move(m_probe);
}

Error Vault::damagedError(const QString &detail)
{
    return {ErrorCode::VaultDamaged,
            tr("The vault is damaged and cannot be read. It has not been changed; restore it from "
               "a backup or ask the office for help."),
            detail};
}

Status Vault::attach(Database db)
{
    m_db = std::move(db);
    auto device = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'"));
    if (!device)
        return std::unexpected(device.error());
    m_deviceId = device->toString();
    // The clock resumes after the newest timestamp this vault has written, so a wall clock that was
    // set back while we were closed cannot make new changes sort before old ones.
    auto newest = m_db.scalar(QStringLiteral("SELECT max(hlc) FROM change_log"));
    if (!newest)
        return std::unexpected(newest.error());
    m_clock.advanceTo(HlcTimestamp::fromPacked(newest->toLongLong()));
    m_changes = std::make_unique<ChangeWriter>(m_db, m_clock, m_deviceId);
    auto author = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'user_id'"));
    if (author && !author->isNull())
        m_changes->setAuthor(idFromText(author->toString()));

    QFile marker(QDir(m_directory).filePath(SessionMarkerName));
    if (!marker.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("The vault folder is not writable."), marker.errorString());
    return {};
}

void Vault::lock()
{
    m_probe.reset(); // an untaken probe still holds a copy of the key
    if (m_db.isOpen()) {
        m_changes.reset();
        m_db.close();
        QFile::remove(QDir(m_directory).filePath(SessionMarkerName));
        qCInfo(lcVault) << "vault locked";
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

Status Vault::changePassphrase(const QString &directory, const SecureBytes &current,
                               const SecureBytes &replacement, const KdfParams &params)
{
    auto keyFile = KeyFile::read(keyFilePath(directory));
    if (!keyFile)
        return std::unexpected(keyFile.error());
    auto dataKey = keyFile->unwrap(current);
    if (!dataKey)
        return std::unexpected(dataKey.error());
    auto rewrapped = KeyFile::create(replacement, *dataKey, keyFile->accountId(), params);
    if (!rewrapped)
        return std::unexpected(rewrapped.error());
    if (auto done = rewrapped->writeAtomically(keyFilePath(directory)); !done)
        return done;
    qCInfo(lcVault) << "passphrase changed";
    return {};
}

int Vault::schemaVersion() const
{
    if (!m_db.isOpen())
        return 0;
    auto version = const_cast<Database &>(m_db).scalar(QStringLiteral("PRAGMA user_version"));
    return version ? version->toInt() : 0;
}

Result<QString> Vault::metaValue(const QString &key)
{
    if (!isOpen())
        return std::unexpected(lockedError());
    auto statement = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, key);
    if (statement->next())
        return statement->text(0);
    if (statement->error())
        return std::unexpected(*statement->error());
    return QString();
}

Status Vault::setMetaValue(const QString &key, const QString &value)
{
    if (!isOpen())
        return std::unexpected(lockedError());
    auto statement =
        m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!statement)
        return std::unexpected(statement.error());
    if (auto done = statement->bind(1, key).bind(2, value).exec(); !done)
        return done;
    if (key == QStringLiteral("user_id"))
        m_changes->setAuthor(idFromText(value));
    return {};
}

Id Vault::currentUserId() const
{
    if (m_changes && !m_changes->author().isNull())
        return m_changes->author();
    return m_accountId;
}

Result<IntegrityReport> Vault::checkIntegrity()
{
    if (!isOpen())
        return std::unexpected(lockedError());
    IntegrityReport report;
    report.schemaVersion = schemaVersion();
    auto version = m_db.scalar(QStringLiteral("PRAGMA cipher_version"));
    report.cipherVersion = version ? version->toString() : QString();

    auto integrity = m_db.prepare(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return std::unexpected(integrity.error());
    while (integrity->next()) {
        const QString line = integrity->text(0);
        if (line != QStringLiteral("ok"))
            report.problems << QStringLiteral("integrity: ") + line;
    }
    if (integrity->error())
        report.problems << integrity->error()->detail;

    auto foreignKeys = m_db.prepare(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return std::unexpected(foreignKeys.error());
    while (foreignKeys->next())
        report.problems << QStringLiteral("foreign key: %1 row %2 -> %3")
                               .arg(foreignKeys->text(0))
                               .arg(foreignKeys->integer(1))
                               .arg(foreignKeys->text(2));

    auto events = m_db.scalar(QStringLiteral("SELECT count(*) FROM audit_event"));
    report.auditEvents = events ? events->toLongLong() : 0;
    auto breaks = AuditLog(*this).verifyChain();
    if (!breaks)
        return std::unexpected(breaks.error());
    for (qint64 sequence : *breaks)
        report.problems << QStringLiteral("audit chain broken at event %1").arg(sequence);
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace schouw
