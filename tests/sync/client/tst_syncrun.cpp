// One sync run (login, push, pull, apply) against an in-memory office behind a loopback HTTP
// peer: what is stored where, what each failure leaves behind, the guards that stop and ask.
#include "fakeoffice.h"
#include "sync/client/syncrun.h"
#include "sync/client/vaultwipe.h"
#include "sync/outbox.h"
#include "testvault.h"
#include "vault/vault.h"

#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace schouw;
using namespace schouw::sync;
using namespace schouw::test;

namespace {

QString metaOf(Vault &vault, const QString &key)
{
    return vault.metaValue(key).value_or(QStringLiteral("<error>"));
}

qint64 pending(Vault &vault)
{
    return pendingCount(vault).value_or(-1);
}

bool addTeams(Vault &vault, int count, QList<Id> *ids = nullptr)
{
    for (int i = 0; i < count; ++i) {
        const Id id = QUuid::createUuid();
        if (!vault.changes().insert(QStringLiteral("team"), id,
                                    {{QStringLiteral("name"), QStringLiteral("Team %1").arg(i)}}))
            return false;
        if (ids)
            *ids << id;
    }
    return true;
}

// Everything vault has not pushed yet, as the office would hold it after a push from there.
wire::ChangeBatch unsent(Vault &vault)
{
    auto batch = pendingBatch(vault, 10000);
    return batch ? *batch : wire::ChangeBatch {};
}

template<typename T> QString detailOf(const Result<T> &result)
{
    return result ? QString()
                  : result.error().message + QStringLiteral(" / ") + result.error().detail;
}

} // namespace

class TestSyncRun : public QObject
{
    Q_OBJECT

private:
    SyncOptions firstOptions(const FakeOffice &office)
    {
        SyncOptions options;
        options.server = office.url();
        options.user = QStringLiteral("inge");
        options.password = SecureBytes::fromText(office.password);
        options.deviceName = QStringLiteral("test laptop");
        options.timeout = std::chrono::seconds(10);
        return options;
    }

    static Result<SyncSummary> run(Vault &vault, SyncOptions options,
                                   Confirmation *confirmation = nullptr)
    {
        SyncRun sync(vault, std::move(options));
        QSignalSpy finished(&sync, &SyncRun::finished);
        sync.start();
        if (!finished.wait(20000) && finished.isEmpty())
            return fail(ErrorCode::Network, QStringLiteral("test: no finished()"));
        if (finished.size() != 1)
            return fail(ErrorCode::Network, QStringLiteral("test: finished() more than once"));
        if (confirmation)
            *confirmation = sync.confirmation();
        return finished.constFirst().constFirst().value<Result<SyncSummary>>();
    }

private Q_SLOTS:
    void firstSyncLogsInPushesAndPullsInPages()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault other;
        QVERIFY(other.isValid());
        QVERIFY(addTeams(other.vault(), 5));
        office.addChanges(unsent(other.vault()));

        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(addTeams(mine.vault(), 3));
        QCOMPARE(pending(mine.vault()), 3);

        SyncOptions options = firstOptions(office);
        options.pullPageSize = 2; // three pages
        options.pushBatchSize = 2; // two batches
        SyncRun sync(mine.vault(), std::move(options));
        QSignalSpy finished(&sync, &SyncRun::finished);
        QSignalSpy phases(&sync, &SyncRun::phaseChanged);
        sync.start();
        QVERIFY(finished.isEmpty()); // never from inside start()
        QVERIFY(finished.wait(20000));
        const auto result = finished.constFirst().constFirst().value<Result<SyncSummary>>();
        QVERIFY2(result, qPrintable(detailOf(result)));
        QCOMPARE(result->pushed, 3);
        QCOMPARE(result->pulled, 5);
        QCOMPARE(result->applied, 5);
        QCOMPARE(result->pendingAfter, 0);
        QCOMPARE(result->cursor, 8);
        QCOMPARE(office.pushes(), 2);
        QCOMPARE(office.changes().size(), 8);
        QCOMPARE(phases.constLast().constFirst().value<SyncPhase>(), SyncPhase::Done);

        Vault &vault = mine.vault();
        QCOMPARE(pending(vault), 0);
        QCOMPARE(metaOf(vault, meta::Cursor), QStringLiteral("8"));
        QCOMPARE(metaOf(vault, meta::StoreId), QString::fromLatin1(office.storeId));
        QCOMPARE(metaOf(vault, meta::UserId), QString::fromLatin1(FakeOffice::UserId));
        QCOMPARE(metaOf(vault, meta::DeviceRegistered), QStringLiteral("1"));
        QVERIFY(metaOf(vault, meta::RefreshToken).startsWith(QStringLiteral("refresh-")));
        QVERIFY(QUrl(metaOf(vault, meta::ServerUrl)).port() == office.url().port());
        QVERIFY(
            QDateTime::fromString(metaOf(vault, meta::LastSyncAt), Qt::ISODateWithMs).isValid());
        // The pulled teams are here.
        auto teams = vault.database().scalar(QStringLiteral("SELECT count(*) FROM team"));
        QVERIFY(teams);
        QCOMPARE(teams->toInt(), 8);

        // The second sync needs no password: the stored refresh token (rotated) does.
        const QString firstRefresh = metaOf(vault, meta::RefreshToken);
        QVERIFY(addTeams(vault, 1));
        SyncOptions later;
        later.timeout = std::chrono::seconds(10);
        const auto again = run(vault, std::move(later));
        QVERIFY2(again, qPrintable(detailOf(again)));
        QCOMPARE(again->pushed, 1);
        QCOMPARE(again->pulled, 0);
        QVERIFY(metaOf(vault, meta::RefreshToken) != firstRefresh);
        QCOMPARE(office.http().requests().constLast().path, QByteArray("/v1/sync/pull"));
    }

    void withoutLoginOrWithRefusedRefreshLoginIsRequired()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(addTeams(mine.vault(), 2));
        SyncOptions options;
        options.server = office.url();
        const auto first = run(mine.vault(), std::move(options));
        QVERIFY(!first);
        QCOMPARE(first.error().code, ErrorCode::LoginRequired);
        QVERIFY(office.http().requests().isEmpty());

        QVERIFY(run(mine.vault(), firstOptions(office)));
        QVERIFY(addTeams(mine.vault(), 2));
        office.refreshRefused = true;
        const auto refused = run(mine.vault(), {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::LoginRequired);
        QCOMPARE(pending(mine.vault()), 2); // every pending change kept
    }

    void busyOfficeMarksNothingSentAndSetsRetryAfter()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(addTeams(mine.vault(), 4));
        office.fault = [](const HttpRequest &) -> std::optional<HttpResponse> {
            HttpResponse response = HttpResponse::error(503, "busy");
            response.headers << qMakePair(QByteArray("Retry-After"), QByteArray("120"));
            return response;
        };
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = run(mine.vault(), firstOptions(office));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::ServerBusy);
        QCOMPARE(pending(mine.vault()), 4);
        const auto retry = SyncRun::retryAfter(mine.vault());
        QVERIFY(retry && retry->isValid());
        QVERIFY(*retry >= before.addSecs(119));
        QVERIFY(*retry <= QDateTime::currentDateTimeUtc().addSecs(121));

        // Without Retry-After: 30 s, then doubling (with jitter of a fifth).
        office.fault = [](const HttpRequest &) -> std::optional<HttpResponse> {
            return HttpResponse::error(503, "busy");
        };
        for (const int base : {30, 60, 120}) {
            QVERIFY(!run(mine.vault(), {}));
            QCOMPARE(metaOf(mine.vault(), meta::BackoffSeconds), QString::number(base));
            const qint64 delay =
                QDateTime::currentDateTimeUtc().secsTo(*SyncRun::retryAfter(mine.vault()));
            QVERIFY2(delay >= base * 4 / 5 - 2 && delay <= base * 6 / 5 + 1,
                     qPrintable(QString::number(delay)));
        }
        office.fault = nullptr;
        QVERIFY(run(mine.vault(), {}));
        QVERIFY(!SyncRun::retryAfter(mine.vault())->isValid()); // cleared by success
        QCOMPARE(pending(mine.vault()), 0);
    }

    void garbledPageAppliesNothing()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault other;
        QVERIFY(other.isValid());
        QVERIFY(addTeams(other.vault(), 3));
        office.addChanges(unsent(other.vault()));
        TempVault mine;
        QVERIFY(mine.isValid());
        office.fault = [](const HttpRequest &request) -> std::optional<HttpResponse> {
            if (request.path != "/v1/sync/pull")
                return std::nullopt;
            HttpResponse response;
            response.body = QByteArray("SCHW\x01\x00\xff\xff\xff\x7f garbage", 20);
            response.headers << qMakePair(QByteArray("Schouw-Next-Cursor"), QByteArray("3"))
                             << qMakePair(QByteArray("Schouw-More"), QByteArray("0"))
                             << qMakePair(QByteArray("Schouw-Last-Seq"), QByteArray("3"))
                             << qMakePair(QByteArray("Schouw-Store-Id"),
                                          QByteArray("6a1f8f7e-3c2b-4d6a-9a55-0b9f3f1d2c11"));
            return response;
        };
        const auto result = run(mine.vault(), firstOptions(office));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        auto teams = mine.vault().database().scalar(QStringLiteral("SELECT count(*) FROM team"));
        QVERIFY(teams);
        QCOMPARE(teams->toInt(), 0);
        QVERIFY(metaOf(mine.vault(), meta::Cursor).toLongLong() == 0);
    }

    void officeDataChangeNeedsConfirmation()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(addTeams(mine.vault(), 3));
        QVERIFY(run(mine.vault(), firstOptions(office)));
        QCOMPARE(pending(mine.vault()), 0);

        // The office was replaced by a restored backup with another store id.
        office.storeId = "1b2c3d4e-5f60-4a1b-8c2d-3e4f5a6b7c8d";
        Confirmation confirmation = Confirmation::None;
        const auto stopped = run(mine.vault(), {}, &confirmation);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::NeedsConfirmation);
        QCOMPARE(confirmation, Confirmation::OfficeDataChanged);
        QCOMPARE(pending(mine.vault()), 0); // nothing changed here yet
        const int pushesBefore = office.pushes();

        SyncOptions accept;
        accept.acceptServerChange = true;
        const auto accepted = run(mine.vault(), std::move(accept));
        QVERIFY2(accepted, qPrintable(detailOf(accepted)));
        QCOMPARE(accepted->pushed, 3); // every local change again
        QCOMPARE(office.pushes(), pushesBefore + 1);
        QCOMPARE(office.duplicates(), 3); // this office still had them
        QCOMPARE(metaOf(mine.vault(), meta::StoreId), QString::fromLatin1(office.storeId));
    }

    void restoredBackupBelowOurCursorNeedsConfirmation()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault other;
        QVERIFY(other.isValid());
        QVERIFY(addTeams(other.vault(), 4));
        office.addChanges(unsent(other.vault()));
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(run(mine.vault(), firstOptions(office)));
        QCOMPARE(metaOf(mine.vault(), meta::Cursor), QStringLiteral("4"));
        office.reportedLastSeq = 2;
        Confirmation confirmation = Confirmation::None;
        const auto stopped = run(mine.vault(), {}, &confirmation);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::NeedsConfirmation);
        QCOMPARE(confirmation, Confirmation::OfficeDataChanged);
        QCOMPARE(metaOf(mine.vault(), meta::Cursor), QStringLiteral("4"));
    }

    void massDeletionStopsAndAsks()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault other;
        QVERIFY(other.isValid());
        QList<Id> ids;
        QVERIFY(addTeams(other.vault(), 60, &ids));
        office.addChanges(unsent(other.vault()));
        QVERIFY(markSent(other.vault(), [&] {
            std::vector<wire::WireUuid> all;
            for (const auto &change : office.changes())
                all.push_back(change.changeId);
            return all;
        }()));
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(run(mine.vault(), firstOptions(office)));

        for (const Id &id : ids)
            QVERIFY(other.vault().changes().remove(QStringLiteral("team"), id));
        office.addChanges(unsent(other.vault()));
        Confirmation confirmation = Confirmation::None;
        const auto stopped = run(mine.vault(), {}, &confirmation);
        QVERIFY(!stopped);
        QCOMPARE(stopped.error().code, ErrorCode::NeedsConfirmation);
        QCOMPARE(confirmation, Confirmation::MassDeletion);
        QCOMPARE(metaOf(mine.vault(), meta::Cursor), QStringLiteral("60"));

        SyncOptions allow;
        allow.allowDeletions = true;
        const auto applied = run(mine.vault(), std::move(allow));
        QVERIFY2(applied, qPrintable(detailOf(applied)));
        QCOMPARE(applied->deletions, 60);
        QCOMPARE(metaOf(mine.vault(), meta::Cursor), QStringLiteral("120"));
    }

    void revokedDeviceSendsNothingAndIsWiped()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(run(mine.vault(), firstOptions(office)));
        QVERIFY(addTeams(mine.vault(), 2));
        office.revoked = true;
        const auto result = run(mine.vault(), {});
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::DeviceRevoked);
        QCOMPARE(office.changes().size(), 0); // nothing of the pending work went out

        const QString directory = mine.directory();
        QVERIFY(QFileInfo::exists(Vault::keyFilePath(directory)));
        QVERIFY(wipeVault(mine.vault()));
        QVERIFY(!mine.vault().isOpen());
        QVERIFY(!QFileInfo::exists(Vault::keyFilePath(directory)));
        QVERIFY(!QFileInfo::exists(Vault::databasePath(directory)));
        QVERIFY(!QFileInfo::exists(Vault::databasePath(directory) + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(QDir(directory).filePath(QStringLiteral("schouw.session"))));
        QVERIFY(!Vault::exists(directory));
    }

    void plainHttpToAnotherHostIsRefusedBeforeAnythingGoesOut()
    {
        TempVault mine;
        QVERIFY(mine.isValid());
        SyncOptions options;
        options.server = QUrl(QStringLiteral("http://office.example:8080"));
        options.user = QStringLiteral("inge");
        options.password = SecureBytes::fromText(QStringLiteral("pw"));
        const auto result = run(mine.vault(), std::move(options));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::InvalidInput);
        QVERIFY(metaOf(mine.vault(), meta::ServerUrl).isEmpty());
    }

    void cancelEndsTheRunWithNothingLost()
    {
        FakeOffice office;
        QVERIFY(office.listen());
        TempVault mine;
        QVERIFY(mine.isValid());
        QVERIFY(addTeams(mine.vault(), 2));
        office.fault = [](const HttpRequest &) -> std::optional<HttpResponse> {
            HttpResponse response;
            response.mode = HttpResponse::Mode::Hang;
            return response;
        };
        SyncRun sync(mine.vault(), firstOptions(office));
        QSignalSpy finished(&sync, &SyncRun::finished);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(office.http().requests().size() >= 2, 10000); // login, push
        sync.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 2000);
        const auto result = finished.constFirst().constFirst().value<Result<SyncSummary>>();
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::Network);
        QCOMPARE(pending(mine.vault()), 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncRun)
#include "tst_syncrun.moc"
