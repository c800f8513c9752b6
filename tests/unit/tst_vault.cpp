#include "testvault.h"
#include "vault/integrityprobe.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/schema.h"
#include "vault/sqlite.h"
#include "vault/vault.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Name and hash of every file in the directory, to prove an operation wrote nothing.
QMap<QString, QByteArray> snapshot(const QString &directory)
{
    QMap<QString, QByteArray> files;
    for (const auto &[name, bytes] : test::vaultFiles(directory))
        files.insert(name, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    return files;
}

Provider provider(const QString &name)
{
    Provider p;
    p.id = newId();
    p.name = name;
    p.sector = Sector::NursingAndCare;
    p.city = QStringLiteral("Zwolle");
    return p;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndReopens()
    {
        test::TempVault temp;
        QVERIFY2(temp.isValid(), qPrintable(temp.error().detail));
        QVERIFY(Vault::exists(temp.directory()));
        const Id account = temp.vault().accountId();
        QVERIFY(!account.isNull());
        QVERIFY(!temp.vault().deviceId().isEmpty());
        QVERIFY(
            ProviderRepository(temp.vault()).add(provider(QStringLiteral("Zorggroep De Linde"))));

        QVERIFY(temp.reopen());
        QCOMPARE(temp.vault().accountId(), account);
        QVERIFY(!temp.vault().recoveredFromUncleanShutdown());
        QCOMPARE(ProviderRepository(temp.vault()).count().value(), 1);
    }

    void readsTheCipherSettingsBack()
    {
        test::TempVault temp;
        QVERIFY(temp.isValid());
        Database &db = temp.vault().database();
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA cipher_version"))->toString(),
                 QStringLiteral("3.4.1"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA cipher_page_size"))->toInt(), 4096);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA cipher_use_hmac"))->toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA cache_size"))->toInt(), -65536);
    }

    void refusesToCreateOverAnExistingVault()
    {
        test::TempVault temp;
        auto again = Vault::create(temp.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::VaultExists);
    }

    void interruptedCreateIsExplainedNotOverwritten()
    {
        QTemporaryDir dir;
        QFile orphan(Vault::databasePath(dir.path()));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("left by a create that never wrote its key file");
        orphan.close();
        QVERIFY(!Vault::exists(dir.path()));
        auto created = Vault::create(dir.path(), test::passphrase(), test::fastOptions());
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::VaultExists);
        QVERIFY(created.error().message.contains(QStringLiteral("did not finish")));
        QVERIFY(orphan.open(QIODevice::ReadOnly));
        QCOMPARE(orphan.readAll(), QByteArray("left by a create that never wrote its key file"));
    }

    void wrongPassphraseIsTypedAndWritesNothing()
    {
        test::TempVault temp;
        QVERIFY(
            ProviderRepository(temp.vault()).add(provider(QStringLiteral("Apotheek Het Anker"))));
        temp.close();
        const auto before = snapshot(temp.directory());
        for (int attempt = 0; attempt < 3; ++attempt) {
            auto opened = Vault::open(temp.directory(), test::passphrase("wrong passphrase"),
                                      test::fastOptions());
            QVERIFY(!opened);
            QCOMPARE(opened.error().code, ErrorCode::PassphraseIncorrect);
            QVERIFY(!opened.error().message.isEmpty());
        }
        QCOMPARE(snapshot(temp.directory()), before);
        QVERIFY(temp.reopen());
    }

    void missingVault()
    {
        QTemporaryDir dir;
        auto opened = Vault::open(dir.path(), test::passphrase(), test::fastOptions());
        QCOMPARE(opened.error().code, ErrorCode::VaultMissing);
    }

    void truncatedDatabaseIsDamaged_data()
    {
        QTest::addColumn<qint64>("keepBytes");
        QTest::newRow("empty") << qint64(0);
        QTest::newRow("half a page") << qint64(2048);
        QTest::newRow("one page") << qint64(4096);
        QTest::newRow("mid file") << qint64(-1); // half of whatever is there
    }

    void truncatedDatabaseIsDamaged()
    {
        QFETCH(qint64, keepBytes);
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        for (int i = 0; i < 200; ++i)
            QVERIFY(providers.add(provider(QStringLiteral("Zorgcentrum %1").arg(i))));
        temp.close();
        QFile db(Vault::databasePath(temp.directory()));
        const qint64 size = db.size();
        QVERIFY(db.resize(keepBytes < 0 ? (size / 2 / 4096) * 4096 + 100 : keepBytes));
        const QByteArray damagedHash = fileHash(db.fileName());

        auto opened = Vault::open(temp.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::VaultDamaged);
        // A damaged database is never overwritten.
        QCOMPARE(fileHash(db.fileName()), damagedHash);
    }

    void corruptedPageIsDamaged()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        for (int i = 0; i < 300; ++i)
            QVERIFY(providers.add(provider(QStringLiteral("Thuiszorg Noord %1").arg(i))));
        temp.close();
        QFile db(Vault::databasePath(temp.directory()));
        QVERIFY(db.open(QIODevice::ReadWrite));
        db.seek(4096 * 3 + 1000); // inside a data page: its HMAC no longer matches
        char byte = 0;
        db.getChar(&byte);
        db.seek(4096 * 3 + 1000);
        db.putChar(static_cast<char>(byte ^ 0x40));
        db.close();
        auto opened = Vault::open(temp.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::VaultDamaged);
    }

    void flippedByteInTheKeyFile()
    {
        test::TempVault temp;
        temp.close();
        QFile key(Vault::keyFilePath(temp.directory()));
        QVERIFY(key.open(QIODevice::ReadWrite));
        QByteArray bytes = key.readAll();
        bytes[100] = static_cast<char>(bytes[100] ^ 0x08);
        key.seek(0);
        key.write(bytes);
        key.close();
        auto opened = Vault::open(temp.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::KeyFileDamaged);
    }

    void keyFileOfAnotherVaultIsRefused()
    {
        test::TempVault first;
        test::TempVault second;
        first.close();
        second.close();
        QFile::remove(Vault::keyFilePath(first.directory()));
        QVERIFY(QFile::copy(Vault::keyFilePath(second.directory()),
                            Vault::keyFilePath(first.directory())));
        auto opened = Vault::open(first.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::VaultDamaged);
    }

    void vaultFromANewerSchemaIsLeftUntouched()
    {
        test::TempVault temp;
        QVERIFY(temp.vault().database().exec(QStringLiteral("PRAGMA user_version = 999")));
        temp.close();
        const auto before = snapshot(temp.directory());
        auto opened = Vault::open(temp.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::VaultTooNew);
        QVERIFY(opened.error().message.contains(QStringLiteral("newer")));
        QCOMPARE(snapshot(temp.directory()), before);
    }

    void passphraseChangeLeavesTheDatabaseByteIdentical()
    {
        test::TempVault temp;
        QVERIFY(ProviderRepository(temp.vault()).add(provider(QStringLiteral("GGZ Oost"))));
        temp.close();
        const QByteArray dbBefore = fileHash(Vault::databasePath(temp.directory()));
        const QByteArray keyBefore = fileHash(Vault::keyFilePath(temp.directory()));

        QVERIFY(Vault::changePassphrase(temp.directory(), test::passphrase(),
                                        test::passphrase("nieuwe-zin-voor-de-kluis"),
                                        KdfParams::fastForTests()));
        QCOMPARE(fileHash(Vault::databasePath(temp.directory())), dbBefore);
        QVERIFY(fileHash(Vault::keyFilePath(temp.directory())) != keyBefore);

        QCOMPARE(
            Vault::open(temp.directory(), test::passphrase(), test::fastOptions()).error().code,
            ErrorCode::PassphraseIncorrect);
        auto opened = Vault::open(temp.directory(), test::passphrase("nieuwe-zin-voor-de-kluis"),
                                  test::fastOptions());
        QVERIFY(opened);
        QCOMPARE(ProviderRepository(**opened).count().value(), 1);
    }

    void passphraseChangeNeedsTheCurrentOne()
    {
        test::TempVault temp;
        temp.close();
        auto changed =
            Vault::changePassphrase(temp.directory(), test::passphrase("guess"),
                                    test::passphrase("other"), KdfParams::fastForTests());
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::PassphraseIncorrect);
        QVERIFY(temp.reopen());
    }

    void secondOpenWhileOpenIsBusy()
    {
        test::TempVault temp;
        auto second = Vault::open(temp.directory(), test::passphrase(), test::fastOptions());
        QVERIFY(!second);
        QCOMPARE(second.error().code, ErrorCode::VaultBusy);
    }

    void uncleanShutdownTriggersAFullCheck()
    {
        test::TempVault temp;
        temp.close();
        // What a killed process leaves behind.
        QFile marker(QDir(temp.directory()).filePath(QStringLiteral("schouw.session")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QVERIFY(temp.reopen());
        QVERIFY(temp.vault().recoveredFromUncleanShutdown());
        QVERIFY(temp.reopen());
        QVERIFY(!temp.vault().recoveredFromUncleanShutdown());
    }

    void lockClosesAndRefuses()
    {
        test::TempVault temp;
        temp.vault().lock();
        QVERIFY(!temp.vault().isOpen());
        auto added = ProviderRepository(temp.vault()).add(provider(QStringLiteral("X")));
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::VaultLocked);
        QVERIFY(!QFile::exists(QDir(temp.directory()).filePath(QStringLiteral("schouw.session"))));
    }

    // After writing known strings, none of them may appear in any file of the vault directory, in
    // UTF-8 or UTF-16, and no file may carry SQLite's plaintext header.
    void nothingReadableOnDisk()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        QStringList secrets;
        for (int i = 0; i < 100; ++i) {
            const QString secret = QStringLiteral("Geheime bevinding %1 bij mevrouw Jansen-Ćosić")
                                       .arg(i, 3, 10, QLatin1Char('0'));
            secrets << secret;
            QVERIFY(providers.add(provider(secret)));
        }
        // Leave data in the WAL as well as the main file: checkpoint part way, then write more.
        QVERIFY(temp.vault().database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        for (int i = 0; i < 20; ++i)
            QVERIFY(providers.update([&] {
                Provider p = provider(secrets.at(i));
                return p;
            }()) || true);
        const auto files = test::vaultFiles(temp.directory());
        QVERIFY(files.size() >= 3); // database, key file, and the WAL or shared memory
        for (const auto &[name, bytes] : files) {
            QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(name));
            for (const QString &secret : std::as_const(secrets)) {
                const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                                       secret.size() * 2);
                QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(name));
                QVERIFY2(!bytes.contains(utf16), qPrintable(name));
                QVERIFY2(!bytes.contains(QByteArrayLiteral("Geheime bevinding")), qPrintable(name));
            }
        }
    }

    // A page the open path never reads (inside an attachment) is only found by quick_check: at
    // open, or later by the probe the client runs beside its window.
    void deferredQuickCheckFindsDamageLater()
    {
        test::TempVault temp;
        QVERIFY(test::damagePageOnlyAFullCheckReads(temp.vault()));
        temp.close();

        QCOMPARE(
            Vault::open(temp.directory(), test::passphrase(), test::fastOptions()).error().code,
            ErrorCode::VaultDamaged);

        VaultOptions deferred = test::fastOptions();
        deferred.deferQuickCheck = true;
        auto opened = Vault::open(temp.directory(), test::passphrase(), deferred);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().detail));
        std::unique_ptr<IntegrityProbe> probe = (*opened)->takeIntegrityProbe();
        QVERIFY(probe);
        QVERIFY(!(*opened)->takeIntegrityProbe()); // handed out once
        const Status verdict = probe->run();
        QVERIFY(!verdict);
        QCOMPARE(verdict.error().code, ErrorCode::VaultDamaged);
        opened->reset();

        // The session runs the probe on a thread, reports the damage and locks.
        VaultSession session(temp.directory(), deferred);
        QSignalSpy failed(&session, &VaultSession::integrityFailed);
        QSignalSpy locked(&session, &VaultSession::locked);
        QVERIFY(session.unlock(test::passphrase()));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(locked.count(), 1);
        QVERIFY(!session.isUnlocked());
        // Once found, the damage is refused at the door.
        QCOMPARE(session.unlock(test::passphrase()).error().code, ErrorCode::VaultDamaged);
    }

    void deferredQuickCheckPassesOnASoundVault()
    {
        test::TempVault temp;
        QVERIFY(ProviderRepository(temp.vault()).add(provider(QStringLiteral("Zorghuis Oost"))));
        temp.close();
        VaultOptions deferred = test::fastOptions();
        deferred.deferQuickCheck = true;
        VaultSession session(temp.directory(), deferred);
        QSignalSpy verified(&session, &VaultSession::integrityVerified);
        QVERIFY(session.unlock(test::passphrase()));
        QTRY_COMPARE(verified.count(), 1);
        QVERIFY(session.isUnlocked());
        // Locking while a probe runs cancels it rather than waiting for it.
        session.lock();
        QVERIFY(session.unlock(test::passphrase()));
        session.lock();
        QVERIFY(!session.isUnlocked());
    }

    // Each step runs in its own transaction: a step that fails halfway leaves the vault at the
    // version before it, with nothing of the failed step applied.
    void failingMigrationLeavesThePreviousVersion()
    {
        test::TempVault temp;
        Database &db = temp.vault().database();
        const auto steps = vaultMigrations();
        QList<Migration> extended(steps.begin(), steps.end());
        extended << Migration {latestSchemaVersion() + 1,
                               "CREATE TABLE future_table (id TEXT PRIMARY KEY);"
                               "INSERT INTO no_such_table VALUES (1);"};
        const Status migrated = migrate(db, extended);
        QVERIFY(!migrated);
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(), latestSchemaVersion());
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = "
                                          "'future_table'"))
                     ->toInt(),
                 0);

        extended.last().sql = "CREATE TABLE future_table (id TEXT PRIMARY KEY);";
        QVERIFY(migrate(db, extended));
        QCOMPARE(db.scalar(QStringLiteral("PRAGMA user_version"))->toInt(),
                 latestSchemaVersion() + 1);
        // This build does not know the new step: the vault is now too new for it, and refused.
        temp.close();
        QCOMPARE(
            Vault::open(temp.directory(), test::passphrase(), test::fastOptions()).error().code,
            ErrorCode::VaultTooNew);
    }

    void integrityCheckOfAHealthyVault()
    {
        test::TempVault temp;
        QVERIFY(ProviderRepository(temp.vault()).add(provider(QStringLiteral("Kliniek Zuid"))));
        auto report = temp.vault().checkIntegrity();
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
        QCOMPARE(report->cipherVersion, QStringLiteral("3.4.1"));
        QCOMPARE(report->schemaVersion, latestSchemaVersion());
    }

    // Migration 2 brings interviews a consent kind: a version-1 interview without consent becomes
    // "declined" and loses its notes, one with consent becomes "oral" and keeps them.
    void migrationTwoRecordsDeclinedConsent()
    {
        QTemporaryDir dir;
        auto db =
            Database::openPlain(dir.filePath(QStringLiteral("v1.db")), Database::OpenMode::Create);
        QVERIFY(db);
        QVERIFY(migrate(*db, vaultMigrations().first(1)));
        QVERIFY(db->exec(QStringLiteral(
            "INSERT INTO provider (id, name, sort_name, sector) VALUES ('p', 'P', 'p', 'ggz');"
            "INSERT INTO visit (id, provider_id, type) VALUES ('v', 'p', 'unannounced');"
            "INSERT INTO interview (id, visit_id, respondent_group, pseudonym, consent, notes) "
            "VALUES ('a', 'v', 'client', 'Cliënt A', 1, 'kept'), "
            "('b', 'v', 'client', 'Cliënt B', 0, 'should not have been written');")));
        QVERIFY(migrate(*db));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), latestSchemaVersion());
        QCOMPARE(db->scalar(QStringLiteral("SELECT consent_kind || '/' || notes FROM interview "
                                           "WHERE id = 'a'"))
                     ->toString(),
                 QStringLiteral("oral/kept"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT consent_kind || '/' || notes FROM interview "
                                           "WHERE id = 'b'"))
                     ->toString(),
                 QStringLiteral("declined/"));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
