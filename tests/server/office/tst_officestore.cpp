#include "server/store/embeddedstore.h"
#include "server/store/pgconnection.h"
#include "server/store/postgresstore.h"
#include "server/store/store.h"
#include "teststore.h"
#include "vault/securebytes.h"
#include "vault/sqlite.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <sys/stat.h>

using namespace schouw;
using namespace schouw::server;

// QSKIP returns from the function it is written in: these must be macros.
#define SKIP_UNLESS_EMBEDDED()                                                                     \
    if (test::testsPostgres())                                                                     \
    QSKIP("embedded store only")
#define SKIP_UNLESS_POSTGRES()                                                                     \
    if (!test::testsPostgres())                                                                    \
    QSKIP("PostgreSQL only: runs in tst_officestore_pg")

// The store contract on the backend under test (teststore.h: the embedded store, or PostgreSQL in
// the tst_officestore_pg entry): records, the change log, attachment content, reopening, a newer
// schema. Then what only one backend has: the embedded store's files, key and their protection;
// PostgreSQL's errors (URL, refused connection, password, missing database, lock contention),
// its retry after a deadlock, and the cursor hazard of concurrent appends.
class TestOfficeStore : public QObject
{
    Q_OBJECT

private:
    // A store on the backend under test; `database` and `temp` must outlive it.
    static Result<std::unique_ptr<Store>> openTestStore(const test::TestDatabase &database,
                                                        const QTemporaryDir &temp)
    {
        StoreOptions options;
        options.dataDirectory = temp.filePath(QStringLiteral("data"));
        options.storeUrl = database.url();
        return openStore(options);
    }

    static StoredChange makeChange(const QString &entityId = {},
                                   const QString &scopeProviderId = {},
                                   const QString &deviceId = QStringLiteral("office"))
    {
        StoredChange change;
        change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        change.entity = QStringLiteral("observation");
        change.entityId =
            entityId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : entityId;
        change.fieldsJson = QStringLiteral("{\"text\":\"x\"}");
        change.deviceId = deviceId;
        change.hlc = 42;
        change.receivedAt = QDateTime::currentDateTimeUtc();
        change.scopeProviderId = scopeProviderId;
        return change;
    }

    static Result<quint64> append(Store &store, const StoredChange &change)
    {
        quint64 seq = 0;
        auto done = store.run([&](StoreSession &session) -> Status {
            auto appended = session.appendChange(change);
            if (!appended)
                return std::unexpected(appended.error());
            seq = *appended;
            return {};
        });
        if (!done)
            return std::unexpected(done.error());
        return seq;
    }

    static QList<StoredChange> pull(Store &store, const PullQuery &query)
    {
        QList<StoredChange> rows;
        const auto done = store.read([&](StoreSession &session) -> Status {
            auto found = session.changes(query);
            if (!found)
                return std::unexpected(found.error());
            rows = *found;
            return {};
        });
        if (!done)
            qWarning("pull failed: %s", qPrintable(done.error().detail));
        return rows;
    }

    static QString sha(const QByteArray &bytes)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

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
        SKIP_UNLESS_EMBEDDED();
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

    void storeWithOneKibPagesStillOpens()
    {
        SKIP_UNLESS_EMBEDDED();
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        QString id;
        {
            auto store = EmbeddedStore::open(data);
            QVERIFY(store);
            id = (*store)->storeId();
        }
        QFile key(QDir(data).filePath(QStringLiteral("store.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        QByteArray raw = key.readAll();
        const SecureBytes rawKey = SecureBytes::takeFrom(raw);
        const QString path = QDir(data).filePath(QStringLiteral("store.db"));
        const auto pageSizeOf = [&](int tried) {
            auto db = Database::open(path, Database::OpenMode::ReadOnly, rawKey);
            if (!db || !db->exec(QStringLiteral("PRAGMA cipher_page_size = %1").arg(tried)))
                return false;
            return bool(db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master")));
        };
        QVERIFY(pageSizeOf(EmbeddedStore::PageSize));
        QVERIFY(!pageSizeOf(EmbeddedStore::LegacyPageSize));
        const SecureBytes hex = rawKey.toHex();
        const QString hexKey =
            QString::fromLatin1(reinterpret_cast<const char *>(hex.data()), hex.size());

        // A store written with SQLCipher 3's default pages, as before 4 KiB pages: same key,
        // rewritten page by page with sqlcipher_export.
        const QString legacyPath = temp.filePath(QStringLiteral("legacy.db"));
        {
            // Create mode: an attached file is opened with the main one's flags.
            auto db = Database::open(path, Database::OpenMode::Create, rawKey);
            QVERIFY(db);
            QVERIFY(db->exec(
                QStringLiteral("PRAGMA cipher_page_size = %1").arg(EmbeddedStore::PageSize)));
            const Status exported =
                db->exec(QStringLiteral("ATTACH DATABASE '%1' AS legacy KEY \"x'%2'\"; "
                                        "PRAGMA legacy.cipher_page_size = %3; "
                                        "SELECT sqlcipher_export('legacy'); DETACH legacy;")
                             .arg(legacyPath, hexKey)
                             .arg(EmbeddedStore::LegacyPageSize));
            QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().detail));
        }
        QVERIFY(QFile::remove(path));
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        QVERIFY(QFile::rename(legacyPath, path));
        QVERIFY(pageSizeOf(EmbeddedStore::LegacyPageSize));

        auto reopened = EmbeddedStore::open(data);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().detail));
        QCOMPARE((*reopened)->storeId(), id);
        QVERIFY((*reopened)->run([](StoreSession &session) {
            return session.insertTeam(TeamRecord {QStringLiteral("t1"), QStringLiteral("Team"),
                                                  QDateTime::currentDateTimeUtc(), 0});
        }));
        reopened->reset();
        // Kept with its own page size, not half converted.
        QVERIFY(pageSizeOf(EmbeddedStore::LegacyPageSize));
    }

    void reopensWithTheSameIdAndData()
    {
        test::TestDatabase database;
        QTemporaryDir temp;
        QString id;
        {
            auto store = openTestStore(database, temp);
            QVERIFY(store);
            id = (*store)->storeId();
            QVERIFY((*store)->run([](StoreSession &session) {
                return session.insertTeam(TeamRecord {QStringLiteral("t1"), QStringLiteral("Noord"),
                                                      QDateTime::currentDateTimeUtc(), 0});
            }));
        }
        auto store = openTestStore(database, temp);
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
        SKIP_UNLESS_EMBEDDED();
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
        SKIP_UNLESS_EMBEDDED();
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
        SKIP_UNLESS_EMBEDDED();
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
        test::TestDatabase database;
        QTemporaryDir temp;
        const QString data = temp.filePath(QStringLiteral("data"));
        if (database.isPostgres()) {
            QVERIFY(openTestStore(database, temp));
            auto db = database.connect();
            QVERIFY(db.exec(QStringLiteral("INSERT INTO store_schema (version, applied_at) "
                                           "VALUES (%1, 'later')")
                                .arg(PostgresStore::schemaVersion() + 1)));
            auto store = openTestStore(database, temp);
            QVERIFY(!store);
            QCOMPARE(store.error().code, ErrorCode::VaultTooNew);
            auto versions = db.exec(QStringLiteral("SELECT count(*) FROM store_schema"));
            QVERIFY(versions);
            QCOMPARE(versions->integer(0, 0), qint64(PostgresStore::schemaVersion() + 1));
            return;
        }
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
            QVERIFY(db->exec(
                QStringLiteral("PRAGMA cipher_page_size = %1").arg(EmbeddedStore::PageSize)));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO store_schema (version, applied_at) "
                                            "VALUES (%1, 'later')")
                                 .arg(EmbeddedStore::schemaVersion() + 1)));
        }
        auto store = EmbeddedStore::open(data);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::VaultTooNew);
    }

    void unknownUrlSchemeIsRefused()
    {
        QTemporaryDir temp;
        StoreOptions options;
        options.dataDirectory = temp.path();
        options.storeUrl = QStringLiteral("mysql://office:geheim@db/schouw");
        auto store = openStore(options);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::InvalidInput);
        QVERIFY(!store.error().message.contains(QStringLiteral("geheim")));
        QVERIFY(!store.error().detail.contains(QStringLiteral("geheim")));
    }

    void sequenceIsGlobalAndIncreasing()
    {
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
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

    // ---- The contract, on both backends ------------------------------------------------------

    void recordsRoundTripWithMillisecondsInUtc()
    {
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        // Local time with milliseconds: read back as the same instant, in UTC.
        const QDateTime created(QDate(2026, 3, 29), QTime(2, 30, 15, 123), Qt::OffsetFromUTC, 3600);
        const QDateTime expires = created.addSecs(900);
        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            for (const QString &name : {QStringLiteral("zuid"), QStringLiteral("Zuid"),
                                        QStringLiteral("Noord"), QStringLiteral("oost")})
                if (auto done = session.insertTeam(
                        TeamRecord {name + QStringLiteral("-id"), name, created, 0});
                    !done)
                    return done;
            if (auto done = session.raiseScopeEpoch(QStringLiteral("Noord-id")); !done)
                return done;
            if (auto done = session.insertUser(UserRecord {
                    QStringLiteral("u1"), QStringLiteral("anna"), QStringLiteral("Anna de Vries"),
                    QStringLiteral("Noord-id"), QStringLiteral("inspector"),
                    QStringLiteral("$argon2id$x"), false, created});
                !done)
                return done;
            if (auto done = session.insertUser(UserRecord {
                    QStringLiteral("u2"), QStringLiteral("Beheer"), QStringLiteral("Beheerder"),
                    QString(), QStringLiteral("administrator"), QStringLiteral("$argon2id$y"), true,
                    created});
                !done)
                return done;
            if (auto done = session.saveDevice(DeviceRecord {QStringLiteral("d1"),
                                                             QStringLiteral("u1"),
                                                             QStringLiteral("laptop"),
                                                             created,
                                                             created,
                                                             false,
                                                             {}});
                !done)
                return done;
            // Saving again updates name and last-seen time, keeps the creation time.
            if (auto done = session.saveDevice(DeviceRecord {QStringLiteral("d1"),
                                                             QStringLiteral("u1"),
                                                             QStringLiteral("laptop 2"),
                                                             expires,
                                                             expires,
                                                             false,
                                                             {}});
                !done)
                return done;
            return session.insertToken(TokenRecord {QStringLiteral("h1"), TokenKind::Access,
                                                    QStringLiteral("u1"), QStringLiteral("d1"),
                                                    expires});
        }));
        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto teams = session.teams();
            if (!teams)
                return std::unexpected(teams.error());
            QStringList names;
            for (const TeamRecord &team : std::as_const(*teams))
                names.append(team.name);
            // Byte order, as SQLite sorts: upper case first.
            if (names !=
                QStringList {QStringLiteral("Noord"), QStringLiteral("Zuid"),
                             QStringLiteral("oost"), QStringLiteral("zuid")})
                return fail(ErrorCode::Database, names.join(QLatin1Char(',')));
            auto team = session.findTeam(QStringLiteral("Noord"));
            if (!team || !*team || (*team)->id != u"Noord-id" || (*team)->scopeEpoch != 1 ||
                (*team)->createdAt != created || (*team)->createdAt.timeSpec() != Qt::UTC)
                return fail(ErrorCode::Database, QStringLiteral("team by name"));
            auto byId = session.findTeam(QStringLiteral("zuid-id"));
            if (!byId || !*byId || (*byId)->name != u"zuid")
                return fail(ErrorCode::Database, QStringLiteral("team by id"));
            auto user = session.findUserByLogin(QStringLiteral("anna"));
            if (!user || !*user || (*user)->teamId != u"Noord-id" || (*user)->disabled ||
                (*user)->displayName != u"Anna de Vries" || (*user)->createdAt != created)
                return fail(ErrorCode::Database, QStringLiteral("user"));
            auto admin = session.findUserById(QStringLiteral("u2"));
            if (!admin || !*admin || !(*admin)->teamId.isEmpty() || !(*admin)->disabled)
                return fail(ErrorCode::Database, QStringLiteral("admin"));
            auto users = session.users();
            if (!users || users->size() != 2 || users->first().login != u"Beheer")
                return fail(ErrorCode::Database, QStringLiteral("users order"));
            auto device = session.findDevice(QStringLiteral("d1"));
            if (!device || !*device || (*device)->name != u"laptop 2" ||
                (*device)->createdAt != created || (*device)->lastSeenAt != expires ||
                (*device)->revoked || (*device)->revokedAt.isValid())
                return fail(ErrorCode::Database, QStringLiteral("device"));
            auto token = session.findToken(TokenKind::Access, QStringLiteral("h1"));
            if (!token || !*token || (*token)->expiresAt != expires ||
                (*token)->expiresAt.toMSecsSinceEpoch() % 1000 != 123)
                return fail(ErrorCode::Database, QStringLiteral("token"));
            auto refresh = session.findToken(TokenKind::Refresh, QStringLiteral("h1"));
            if (!refresh || *refresh)
                return fail(ErrorCode::Database, QStringLiteral("kinds mixed"));
            return {};
        }));
        // Expiry compares instants: a token expiring at `expires` is gone at that moment.
        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            if (auto done = session.deleteExpiredTokens(expires.addMSecs(-1)); !done)
                return done;
            auto kept = session.findToken(TokenKind::Access, QStringLiteral("h1"));
            if (!kept || !*kept)
                return fail(ErrorCode::Database, QStringLiteral("deleted too early"));
            if (auto done = session.deleteExpiredTokens(expires); !done)
                return done;
            auto gone = session.findToken(TokenKind::Access, QStringLiteral("h1"));
            if (!gone || *gone)
                return fail(ErrorCode::Database, QStringLiteral("not deleted"));
            auto revoked = session.revokeDevice(QStringLiteral("d1"), expires);
            auto unknown = session.revokeDevice(QStringLiteral("nope"), expires);
            if (!revoked || !*revoked || !unknown || *unknown)
                return fail(ErrorCode::Database, QStringLiteral("revoke"));
            return {};
        }));
        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto device = session.findDevice(QStringLiteral("d1"));
            if (!device || !*device || !(*device)->revoked || (*device)->revokedAt != expires)
                return fail(ErrorCode::Database, QStringLiteral("revoked device"));
            return {};
        }));
        // A duplicate team name is refused like a constraint, and the transaction rolls back.
        const auto duplicate = (*store)->run([&](StoreSession &session) -> Status {
            return session.insertTeam(
                TeamRecord {QStringLiteral("other"), QStringLiteral("Noord"), created, 0});
        });
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::InvalidInput);
    }

    void assignmentsScopesAndPullFilter()
    {
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY(store);
        const QString team = QStringLiteral("t1");
        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            if (auto done = session.insertTeam(
                    TeamRecord {team, QStringLiteral("Noord"), QDateTime::currentDateTimeUtc(), 0});
                !done)
                return done;
            auto first = session.assign(team, QStringLiteral("p-b"));
            auto again = session.assign(team, QStringLiteral("p-b"));
            auto second = session.assign(team, QStringLiteral("p-a"));
            if (!first || !*first || !again || *again || !second || !*second)
                return fail(ErrorCode::Database, QStringLiteral("assign"));
            if (auto done = session.insertRecordScope(QStringLiteral("r1"),
                                                      RecordScope {QStringLiteral("visit"),
                                                                   QStringLiteral("p-a"),
                                                                   QStringLiteral("p-a")});
                !done)
                return done;
            // A second scope for the same record is ignored, not an error.
            return session.insertRecordScope(QStringLiteral("r1"),
                                             RecordScope {QStringLiteral("x"), {}, {}});
        }));
        QVERIFY(append(**store, makeChange({}, {}, QStringLiteral("office"))));
        QVERIFY(append(**store, makeChange({}, QStringLiteral("p-a"), QStringLiteral("dev1"))));
        QVERIFY(append(**store, makeChange({}, QStringLiteral("p-c"), QStringLiteral("dev1"))));
        QVERIFY(append(**store, makeChange({}, QStringLiteral("p-b"), QStringLiteral("dev2"))));
        StoredChange audit = makeChange();
        audit.entity = QStringLiteral("audit_event");
        QVERIFY(append(**store, audit));

        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto providers = session.assignedProviders(team);
            if (!providers ||
                *providers != QStringList {QStringLiteral("p-a"), QStringLiteral("p-b")})
                return fail(ErrorCode::Database, QStringLiteral("assigned providers"));
            auto scope = session.recordScope(QStringLiteral("r1"));
            if (!scope || !*scope || (*scope)->entity != u"visit" ||
                (*scope)->scopeProviderId != u"p-a")
                return fail(ErrorCode::Database, QStringLiteral("record scope"));
            auto none = session.recordScope(QStringLiteral("r2"));
            if (!none || *none)
                return fail(ErrorCode::Database, QStringLiteral("unknown scope"));
            auto count = session.changeCount();
            if (!count || *count != 5)
                return fail(ErrorCode::Database, QStringLiteral("count"));
            return {};
        }));

        PullQuery query;
        query.teamId = team;
        query.excludeDeviceId = QStringLiteral("dev2");
        auto rows = pull(**store, query);
        // Global, p-a; not p-c (unassigned), not dev2's own, never the audit event.
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).scopeProviderId, QString());
        QCOMPARE(rows.at(0).pushedBy, QString());
        QCOMPARE(rows.at(1).scopeProviderId, QStringLiteral("p-a"));
        QCOMPARE(rows.at(1).hlc, quint64(42));
        QCOMPARE(rows.at(1).fieldsJson, QStringLiteral("{\"text\":\"x\"}"));
        QVERIFY(rows.at(0).seq < rows.at(1).seq);
        query.after = rows.at(0).seq;
        query.limit = 1;
        QCOMPARE(pull(**store, query).size(), 1);

        PullQuery administrator;
        administrator.globalOnly = true;
        QCOMPARE(pull(**store, administrator).size(), 1);

        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            auto removed = session.unassign(team, QStringLiteral("p-a"));
            auto missing = session.unassign(team, QStringLiteral("p-a"));
            auto assigned = session.isAssigned(team, QStringLiteral("p-b"));
            if (!removed || !*removed || !missing || *missing || !assigned || !*assigned)
                return fail(ErrorCode::Database, QStringLiteral("unassign"));
            return {};
        }));
        query.after = 0;
        query.limit = 100;
        QCOMPARE(pull(**store, query).size(), 1);
    }

    void blobChunksAppendInOrderAndReadAcrossBorders()
    {
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY(store);
        QByteArray content(2500, '\0');
        for (int i = 0; i < content.size(); ++i)
            content[i] = char(i * 7 + 3); // every byte value, including 0
        const QString hash = sha(content);
        const QDateTime created(QDate(2026, 2, 1), QTime(8, 15, 0, 250), Qt::UTC);

        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            if (auto done =
                    session.insertBlob(BlobRecord {hash, content.size(), 0, false, created});
                !done)
                return done;
            // A second insert keeps the first record.
            return session.insertBlob(BlobRecord {hash, 1, 0, false, created.addDays(1)});
        }));
        // Chunks of 1000, 1000 and 500 bytes.
        for (qint64 offset = 0; offset < content.size(); offset += 1000)
            QVERIFY((*store)->run([&](StoreSession &session) {
                return session.appendBlobChunk(hash, offset, content.mid(offset, 1000));
            }));
        // A chunk at the wrong offset (a repeat, a gap) is refused and changes nothing.
        for (qint64 offset : {qint64(1000), qint64(2600)}) {
            const auto outOfOrder = (*store)->run([&](StoreSession &session) {
                return session.appendBlobChunk(hash, offset, QByteArray(10, 'x'));
            });
            QVERIFY(!outOfOrder);
            QCOMPARE(outOfOrder.error().code, ErrorCode::InvalidInput);
        }
        QVERIFY(
            (*store)->run([&](StoreSession &session) { return session.markBlobComplete(hash); }));

        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto blob = session.findBlob(hash);
            if (!blob || !*blob || (*blob)->size != content.size() ||
                (*blob)->received != content.size() || !(*blob)->complete ||
                (*blob)->createdAt != created)
                return fail(ErrorCode::Database, QStringLiteral("blob record"));
            struct Range
            {
                qint64 offset, length;
            };
            for (const Range range : {Range {0, 2500}, Range {0, 10}, Range {995, 10},
                                      Range {999, 1002}, Range {1500, 5000}, Range {2499, 1},
                                      Range {2500, 10}, Range {0, 0}, Range {1000, 1000}})
                if (auto read = session.readBlob(hash, range.offset, range.length);
                    !read || *read != content.mid(range.offset, range.length))
                    return fail(ErrorCode::Database,
                                QStringLiteral("range %1+%2").arg(range.offset).arg(range.length));
            auto unknown = session.readBlob(sha("other"), 0, 10);
            if (!unknown || !unknown->isEmpty())
                return fail(ErrorCode::Database, QStringLiteral("unknown blob"));
            return {};
        }));

        QVERIFY((*store)->run([&](StoreSession &session) { return session.deleteBlob(hash); }));
        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto blob = session.findBlob(hash);
            auto bytes = session.readBlob(hash, 0, 2500);
            if (!blob || *blob || !bytes || !bytes->isEmpty())
                return fail(ErrorCode::Database, QStringLiteral("blob not deleted"));
            return {};
        }));
        // Deleted content can be uploaded again from the start.
        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            if (auto done =
                    session.insertBlob(BlobRecord {hash, content.size(), 0, false, created});
                !done)
                return done;
            return session.appendBlobChunk(hash, 0, content);
        }));
    }

    void blobReferencesGiveScopes()
    {
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY(store);
        const QString hash = sha("foto");
        QVERIFY((*store)->run([&](StoreSession &session) -> Status {
            for (const auto &[attachment, scope] :
                 {std::pair {QStringLiteral("a1"), QStringLiteral("p-b")},
                  std::pair {QStringLiteral("a2"), QStringLiteral("p-a")},
                  std::pair {QStringLiteral("a3"), QStringLiteral("p-b")},
                  std::pair {QStringLiteral("a4"), QString()},
                  // The same reference again is no error and no second scope.
                  std::pair {QStringLiteral("a1"), QStringLiteral("p-z")}})
                if (auto done = session.insertBlobReference(hash, attachment, scope); !done)
                    return done;
            return {};
        }));
        QVERIFY((*store)->read([&](StoreSession &session) -> Status {
            auto scopes = session.blobScopes(hash);
            if (!scopes)
                return std::unexpected(scopes.error());
            if (*scopes != QStringList {QString(), QStringLiteral("p-a"), QStringLiteral("p-b")})
                return fail(ErrorCode::Database, scopes->join(QLatin1Char(',')));
            auto none = session.blobScopes(sha("other"));
            if (!none || !none->isEmpty())
                return fail(ErrorCode::Database, QStringLiteral("scopes of unknown content"));
            return {};
        }));
    }

    // ---- PostgreSQL only ---------------------------------------------------------------------

    void postgresBadUrlIsInvalidInputWithoutTheUrl()
    {
        SKIP_UNLESS_POSTGRES();
        QTemporaryDir temp;
        StoreOptions options;
        options.dataDirectory = temp.path();
        options.storeUrl = QStringLiteral("postgresql://office:geheim%zz@127.0.0.1:1/db");
        auto store = openStore(options);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::InvalidInput);
        QVERIFY(!store.error().message.contains(QStringLiteral("geheim")));
        QVERIFY(!store.error().detail.contains(QStringLiteral("geheim")));
    }

    void postgresRefusedConnectionIsClearAndQuick()
    {
        SKIP_UNLESS_POSTGRES();
        // A loopback port nothing listens on: a port we just had and closed.
        QTemporaryDir temp;
        const QUrl cluster(test::postgresTestUrl());
        QUrl url = cluster;
        url.setPort(1);
        url.setPassword(QStringLiteral("geheim"));
        StoreOptions options;
        options.dataDirectory = temp.path();
        options.storeUrl = url.toString();
        QElapsedTimer timer;
        timer.start();
        auto store = openStore(options);
        QVERIFY(!store);
        QVERIFY2(timer.elapsed() < 2000, "refused only after a timeout");
        QCOMPARE(store.error().code, ErrorCode::Network);
        QVERIFY(store.error().message.contains(QStringLiteral("127.0.0.1:1")));
        QVERIFY(!store.error().message.contains(QStringLiteral("geheim")));
        QVERIFY(!store.error().detail.contains(QStringLiteral("geheim")));
    }

    void postgresMissingDatabaseIsVaultMissing()
    {
        SKIP_UNLESS_POSTGRES();
        QTemporaryDir temp;
        StoreOptions options;
        options.dataDirectory = temp.path();
        options.storeUrl =
            test::withDatabase(test::postgresTestUrl(), QStringLiteral("schouw_no_such_db"));
        auto store = openStore(options);
        QVERIFY(!store);
        QCOMPARE(store.error().code, ErrorCode::VaultMissing);
        QVERIFY(store.error().message.contains(QStringLiteral("does not exist")));
    }

    void postgresPasswordFromFileWrongOneRefused()
    {
        SKIP_UNLESS_POSTGRES();
        test::TestDatabase database;
        const QString role = QStringLiteral("schouw_pw_") + database.name().mid(9, 8);
        const QString password =
            QStringLiteral("juist-%1").arg(QRandomGenerator::global()->generate());
        {
            auto db = database.connect();
            // Members of schouw_password_users must give a password (scripts/pg-test-cluster).
            QVERIFY(db.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role)));
            QVERIFY(db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE "
                                           "schouw_password_users")
                                .arg(role, password)));
            QVERIFY(db.exec(
                QStringLiteral("ALTER DATABASE %1 OWNER TO %2").arg(database.name(), role)));
            QVERIFY(db.exec(QStringLiteral("ALTER SCHEMA public OWNER TO %1").arg(role)));
        }
        QTemporaryDir temp;
        QUrl url(database.url());
        url.setUserName(role);
        const auto writeFile = [&](const QString &name, const QByteArray &bytes, int mode) {
            const QString path = temp.filePath(name);
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return QString();
            file.write(bytes);
            file.close();
            ::chmod(QFile::encodeName(path).constData(), mode_t(mode));
            return path;
        };
        StoreOptions options;
        options.dataDirectory = temp.path();
        options.storeUrl = url.toString();

        auto none = openStore(options);
        QVERIFY(!none);
        QCOMPARE(none.error().code, ErrorCode::InvalidInput);
        QVERIFY(none.error().message.contains(QStringLiteral("password")));

        options.passwordFile = writeFile(QStringLiteral("wrong"), "fout-wachtwoord\n", 0600);
        auto wrong = openStore(options);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::InvalidInput);
        QVERIFY(wrong.error().message.contains(QStringLiteral("refused the password")));
        QVERIFY(!wrong.error().detail.contains(QStringLiteral("fout-wachtwoord")));

        options.passwordFile = writeFile(QStringLiteral("open"), password.toUtf8() + '\n', 0644);
        auto tooOpen = openStore(options);
        QVERIFY(!tooOpen);
        QCOMPARE(tooOpen.error().code, ErrorCode::Io);
        QVERIFY(tooOpen.error().message.contains(QStringLiteral("chmod 600")));

        options.passwordFile = writeFile(QStringLiteral("right"), password.toUtf8() + '\n', 0600);
        auto store = openStore(options);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().detail));
        QVERIFY(!(*store)->storeId().isEmpty());
        store->reset();
    }

    void postgresLockContentionIsServerBusy()
    {
        SKIP_UNLESS_POSTGRES();
        test::TestDatabase database;
        QTemporaryDir temp;
        StoreOptions options;
        options.dataDirectory = temp.path();
        // A short lock timeout from the URL (the store's own default is 5 s).
        options.storeUrl = database.url() + QStringLiteral("?options=-c%20lock_timeout%3D300");
        auto store = openStore(options);
        QVERIFY(store);
        auto other = database.connect();
        QVERIFY(other.exec(QStringLiteral("BEGIN")));
        QVERIFY(other.exec(QStringLiteral("LOCK TABLE teams IN ACCESS EXCLUSIVE MODE")));
        QElapsedTimer timer;
        timer.start();
        const auto done = (*store)->run([](StoreSession &session) {
            return session.insertTeam(TeamRecord {QStringLiteral("t"), QStringLiteral("n"), {}, 0});
        });
        QVERIFY(!done);
        QCOMPARE(done.error().code, ErrorCode::ServerBusy);
        QVERIFY(done.error().detail.contains(QStringLiteral("55P03")));
        QVERIFY2(timer.elapsed() < 2000, "waited beyond the lock timeout");
        QVERIFY(other.exec(QStringLiteral("ROLLBACK")));
        QVERIFY((*store)->run([](StoreSession &session) {
            return session.insertTeam(TeamRecord {QStringLiteral("t"), QStringLiteral("n"), {}, 0});
        }));
    }

    void postgresDeadlockIsRetried()
    {
        SKIP_UNLESS_POSTGRES();
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY(store);
        QVERIFY((*store)->run([](StoreSession &session) -> Status {
            for (const QString &id : {QStringLiteral("a"), QStringLiteral("b")})
                if (auto done = session.insertTeam(TeamRecord {id, id, {}, 0}); !done)
                    return done;
            return {};
        }));
        // Two units lock a and b in opposite orders; both wait until the other holds its first
        // lock, so PostgreSQL must break the deadlock; the victim runs again and succeeds.
        std::atomic<int> calls {0};
        std::atomic<int> holding {0};
        const auto unit = [&](const QString &first, const QString &second) {
            bool firstCall = true;
            return (*store)->run([&, first, second](StoreSession &session) -> Status {
                ++calls;
                if (auto done = session.raiseScopeEpoch(first); !done)
                    return done;
                if (firstCall) {
                    firstCall = false;
                    ++holding;
                    const QDeadlineTimer deadline(10'000);
                    while (holding.load() < 2 && !deadline.hasExpired())
                        std::this_thread::sleep_for(std::chrono::milliseconds(5));
                }
                return session.raiseScopeEpoch(second);
            });
        };
        Status left, right;
        std::thread one([&] { left = unit(QStringLiteral("a"), QStringLiteral("b")); });
        std::thread two([&] { right = unit(QStringLiteral("b"), QStringLiteral("a")); });
        one.join();
        two.join();
        QVERIFY2(left, qPrintable(left ? QString() : left.error().detail));
        QVERIFY2(right, qPrintable(right ? QString() : right.error().detail));
        QCOMPARE(calls.load(), 3); // one of them ran twice
        QVERIFY((*store)->read([](StoreSession &session) -> Status {
            auto a = session.findTeam(QStringLiteral("a"));
            auto b = session.findTeam(QStringLiteral("b"));
            if (!a || !b || !*a || !*b || (*a)->scopeEpoch != 2 || (*b)->scopeEpoch != 2)
                return fail(ErrorCode::Database, QStringLiteral("epochs"));
            return {};
        }));
    }

    void postgresLostConnectionsAreReplaced()
    {
        SKIP_UNLESS_POSTGRES();
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY(store);
        QVERIFY(append(**store, makeChange()));
        // The server ends every session of the store (a restart, a failover).
        auto admin = database.connect();
        QVERIFY(admin.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                          "pg_stat_activity WHERE datname = current_database() "
                                          "AND pid <> pg_backend_pid()")));
        QVERIFY(append(**store, makeChange()));
        QCOMPARE(pull(**store, PullQuery {}).size(), 2);
    }

    // The cursor hazard (postgresstore.cpp, appendChange): a transaction that drew seq N must be
    // visible before any transaction that drew a later seq is, or a pull in between moves its
    // cursor past N for good.
    void postgresAppendsBecomeVisibleInSeqOrder()
    {
        SKIP_UNLESS_POSTGRES();
        test::TestDatabase database;
        QTemporaryDir temp;
        auto store = openTestStore(database, temp);
        QVERIFY(store);
        std::mutex mutex;
        std::condition_variable changed;
        bool appended = false, release = false;
        quint64 seqA = 0, seqB = 0;
        std::thread a([&] {
            (void)(*store)->run([&](StoreSession &session) -> Status {
                auto seq = session.appendChange(makeChange());
                if (!seq)
                    return std::unexpected(seq.error());
                std::unique_lock lock(mutex);
                seqA = *seq;
                appended = true;
                changed.notify_all();
                changed.wait_for(lock, std::chrono::seconds(20), [&] { return release; });
                return {};
            });
        });
        {
            std::unique_lock lock(mutex);
            QVERIFY(changed.wait_for(lock, std::chrono::seconds(20), [&] { return appended; }));
        }
        std::thread b([&] {
            auto seq = append(**store, makeChange());
            std::lock_guard lock(mutex);
            seqB = seq.value_or(0);
        });
        // Give B every chance to commit ahead of A (it must not be able to).
        QList<quint64> seen;
        for (int i = 0; i < 20; ++i) {
            for (const StoredChange &row : pull(**store, PullQuery {}))
                seen.append(row.seq);
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        {
            std::lock_guard lock(mutex);
            release = true;
            changed.notify_all();
        }
        a.join();
        b.join();
        QVERIFY2(seen.isEmpty(), "a later append was visible while an earlier one was open");
        QVERIFY(seqA != 0 && seqB != 0);
        QVERIFY(seqA < seqB);
        QCOMPARE(pull(**store, PullQuery {}).size(), 2);
    }

    // The same seen from a client: pushers append in parallel while a puller follows its cursor;
    // it must receive every change, none twice.
    void postgresPullerWithCursorMissesNothing()
    {
        SKIP_UNLESS_POSTGRES();
        test::TestDatabase database;
        QTemporaryDir temp;
        StoreOptions options;
        options.dataDirectory = temp.path();
        options.storeUrl = database.url();
        options.poolSize = 6;
        auto opened = openStore(options);
        QVERIFY(opened);
        Store &store = **opened;
        constexpr int Pushers = 4;
        constexpr int Batches = 25;
        std::atomic<bool> done {false};
        std::atomic<int> failures {0};
        std::vector<std::thread> pushers;
        for (int p = 0; p < Pushers; ++p)
            pushers.emplace_back([&] {
                for (int i = 0; i < Batches; ++i) {
                    const auto pushed = store.run([&](StoreSession &session) -> Status {
                        for (int c = 0; c < 3; ++c) {
                            StoredChange change = makeChange();
                            auto known = session.hasChange(change.changeId);
                            if (!known)
                                return std::unexpected(known.error());
                            if (auto seq = session.appendChange(change); !seq)
                                return std::unexpected(seq.error());
                            // Work inside the transaction after the append, as a push does.
                            std::this_thread::sleep_for(std::chrono::microseconds(
                                QRandomGenerator::global()->bounded(2000)));
                        }
                        return {};
                    });
                    if (!pushed)
                        ++failures;
                }
            });
        QSet<QString> received;
        int duplicates = 0;
        quint64 cursor = 0;
        const auto pullOnce = [&] {
            PullQuery query;
            query.after = cursor;
            query.limit = 7;
            for (const StoredChange &row : pull(store, query)) {
                if (received.contains(row.changeId))
                    ++duplicates;
                received.insert(row.changeId);
                cursor = std::max(cursor, row.seq);
            }
        };
        std::thread puller([&] {
            while (!done.load())
                pullOnce();
        });
        for (auto &pusher : pushers)
            pusher.join();
        done = true;
        puller.join();
        for (int i = 0; i < Pushers * Batches; ++i)
            pullOnce();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(duplicates, 0);
        QCOMPARE(received.size(), Pushers * Batches * 3);
    }
};

QTEST_GUILESS_MAIN(TestOfficeStore)
#include "tst_officestore.moc"
