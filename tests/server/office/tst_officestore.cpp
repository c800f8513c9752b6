#include "server/store/embeddedstore.h"
#include "server/store/store.h"
#include "vault/securebytes.h"
#include "vault/sqlite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace schouw;
using namespace schouw::server;

// The embedded store: its files and their protection, reopening, a wrong key, a newer schema.
class TestOfficeStore : public QObject
{
    Q_OBJECT

private:
    static int mode(const QString &path)
    {
        struct stat info
        {
        };
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            return -1;
        return int(info.st_mode & 0777);
    }

    static QString storeIdOf(const QString &directory)
    {
        auto store = EmbeddedStore::open(directory);
        return store ? (*store)->storeId() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(initialiseCrypto()); }

    void createsEncryptedStoreWithOwnerOnlyFiles()
    {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        auto store = EmbeddedStore::open(data);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QVERIFY(!QUuid::fromString((*store)->storeId()).isNull());
        QCOMPARE(mode(data), 0700);
        QCOMPARE(mode(QDir(data).filePath(QStringLiteral("store.key"))), 0600);
        QCOMPARE(mode(QDir(data).filePath(QStringLiteral("store.db"))), 0600);
        QCOMPARE(QFileInfo(QDir(data).filePath(QStringLiteral("store.key"))).size(), 32);

        // Something written is readable through the store, and not in the file's bytes.
        QVERIFY((*store)->run([](StoreSession &session) {
            return session.insertTeam(TeamRecord {QStringLiteral("t1"),
                                                  QStringLiteral("Plaintext Canary Team"),
                                                  QDateTime::currentDateTimeUtc(), 0});
        }));
        store->reset();
        QFile file(QDir(data).filePath(QStringLiteral("store.db")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Plaintext Canary"));
        QFile wal(QDir(data).filePath(QStringLiteral("store.db-wal")));
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains("Plaintext Canary"));
    }

    void reopensWithTheSameIdAndData()
    {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        QString id;
        {
            auto store = EmbeddedStore::open(data);
            QVERIFY(store);
            id = (*store)->storeId();
            QVERIFY((*store)->run([](StoreSession &session) {
                return session.insertTeam(TeamRecord {QStringLiteral("t1"), QStringLiteral("Noord"),
                                                      QDateTime::currentDateTimeUtc(), 0});
            }));
        }
        auto store = EmbeddedStore::open(data);
        QVERIFY(store);
        QCOMPARE((*store)->storeId(), id);
        QVERIFY((*store)->read([](StoreSession &session) -> Status {
            auto team = session.findTeam(QStringLiteral("Noord"));
            if (!team || !*team || (*team)->id != u"t1")
                return fail(ErrorCode::NotFound, QStringLiteral("team lost"));
            return {};
        }));
    }

    void refusesKeyFileOthersMayRead()
    {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        QVERIFY(!storeIdOf(data).isEmpty());
        const QString key = QDir(data).filePath(QStringLiteral("store.key"));
        QVERIFY(::chmod(QFile::encodeName(key).constData(), 0640) == 0);
        auto store = EmbeddedStore::open(data);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::Io);
        QVERIFY(store.error().message.contains(QStringLiteral("chmod 600")));
        QVERIFY(::chmod(QFile::encodeName(key).constData(), 0600) == 0);
        QVERIFY(EmbeddedStore::open(data));
    }

    void wrongKeyIsAClearErrorAndChangesNothing()
    {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        QVERIFY(!storeIdOf(data).isEmpty());
        const QString keyPath = QDir(data).filePath(QStringLiteral("store.key"));
        QFile key(keyPath);
        QVERIFY(key.open(QIODevice::ReadOnly));
        const QByteArray original = key.readAll();
        key.close();
        QByteArray other = original;
        other[0] = char(other[0] ^ 0x5a);
        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(other);
        key.close();
        QFile dbFile(QDir(data).filePath(QStringLiteral("store.db")));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        const QByteArray before = dbFile.readAll();
        dbFile.close();

        auto store = EmbeddedStore::open(data);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::VaultDamaged);
        QVERIFY(store.error().message.contains(QStringLiteral("key")));
        QVERIFY(dbFile.open(QIODevice::ReadOnly));
        QCOMPARE(dbFile.readAll(), before);
        dbFile.close();

        QVERIFY(key.open(QIODevice::WriteOnly | QIODevice::Truncate));
        key.write(original);
        key.close();
        QVERIFY(EmbeddedStore::open(data));
    }

    void missingKeyFileIsRefused()
    {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        QVERIFY(!storeIdOf(data).isEmpty());
        QVERIFY(QFile::remove(QDir(data).filePath(QStringLiteral("store.key"))));
        auto store = EmbeddedStore::open(data);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::KeyFileDamaged);
        // No new key was made over the old store.
        QVERIFY(!QFileInfo::exists(QDir(data).filePath(QStringLiteral("store.key"))));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        QVERIFY(!storeIdOf(data).isEmpty());
        {
            // Pretend a newer build migrated the store.
            QFile key(QDir(data).filePath(QStringLiteral("store.key")));
            QVERIFY(key.open(QIODevice::ReadOnly));
            QByteArray raw = key.readAll();
            const SecureBytes rawKey = SecureBytes::takeFrom(raw);
            auto db = Database::open(QDir(data).filePath(QStringLiteral("store.db")),
                                     Database::OpenMode::ReadWrite, rawKey);
            QVERIFY(db);
            QVERIFY(db->exec(QStringLiteral("INSERT INTO store_schema (version, applied_at) "
                                            "VALUES (%1, 'later')")
                                 .arg(EmbeddedStore::schemaVersion() + 1)));
        }
        auto store = EmbeddedStore::open(data);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::VaultTooNew);
    }

    void postgresqlUrlIsNotAvailableYet()
    {
        QTemporaryDir temp;
        auto store =
            openStore(StoreOptions {temp.path(), QStringLiteral("postgresql://office@db/schouw")});
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::InvalidInput);
        QVERIFY(store.error().message.contains(QStringLiteral("PostgreSQL")));
    }

    void sequenceIsGlobalAndIncreasing()
    {
        QTemporaryDir temp;
        auto store = EmbeddedStore::open(temp.filePath(QStringLiteral("data")));
        QVERIFY(store);
        quint64 previous = 0;
        for (int i = 0; i < 5; ++i) {
            QVERIFY((*store)->run([&](StoreSession &session) -> Status {
                StoredChange change;
                change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                change.entity = QStringLiteral("team");
                change.entityId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                change.fieldsJson = QStringLiteral("{}");
                change.deviceId = QStringLiteral("office");
                change.receivedAt = QDateTime::currentDateTimeUtc();
                auto seq = session.appendChange(change);
                if (!seq)
                    return std::unexpected(seq.error());
                if (*seq <= previous)
                    return fail(ErrorCode::Database, QStringLiteral("seq not increasing"));
                previous = *seq;
                return {};
            }));
        }
        // A failed transaction stores nothing.
        const auto failed = (*store)->run([&](StoreSession &session) -> Status {
            StoredChange change;
            change.changeId = QStringLiteral("rolled-back");
            change.entity = QStringLiteral("team");
            change.entityId = QStringLiteral("x");
            change.fieldsJson = QStringLiteral("{}");
            change.deviceId = QStringLiteral("office");
            if (auto seq = session.appendChange(change); !seq)
                return std::unexpected(seq.error());
            return fail(ErrorCode::InvalidInput, QStringLiteral("abort"));
        });
        QVERIFY(!failed);
        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto known = session.hasChange(QStringLiteral("rolled-back"));
            auto last = session.lastSeq();
            if (!known || *known || !last || *last != previous)
                return fail(ErrorCode::Database, QStringLiteral("rollback leaked"));
            return {};
        }));
    }
};

QTEST_GUILESS_MAIN(TestOfficeStore)
#include "tst_officestore.moc"
