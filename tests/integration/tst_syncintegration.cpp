// Integration: real schouw-server processes on loopback, real client vaults syncing through the
// real HTTP client. Inspectors record on the same visit offline and sync in different orders; all
// vaults must converge, nothing lost or duplicated; other teams and administrators see nothing.
#include "httpcall.h"
#include "officeserverprocess.h"
#include "syncdriver.h"
#include "testvault.h"

#include "cli/exitcode.h"
#include "domain/id.h"
#include "domain/records.h"
#include "sync/changeapplier.h"
#include "sync/client/syncrun.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"
#include "vault/judgementrepository.h"
#include "vault/observationrepository.h"
#include "vault/visitrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <set>

using namespace schouw;

namespace {

const QString DemoPassword = QStringLiteral("demo-wachtwoord-integratie-2026");

QString cliBinary()
{
    return QStringLiteral(SCHOUW_CLI_BIN);
}

// One laptop: a vault of its own, synced in process through SyncRun.
struct Laptop
{
    test::TempVault vault;
    QString user;

    Result<sync::SyncSummary> sync(const QUrl &server, bool firstLogin)
    {
        sync::SyncOptions options =
            firstLogin ? test::loginOptions(server, user, DemoPassword) : sync::SyncOptions {};
        options.timeout = std::chrono::seconds(20);
        return test::syncAndWait(vault.vault(), std::move(options));
    }
};

using test::column;
using test::fieldworkDump;
using test::firstValue;

using test::HttpAnswer;
using test::httpCall;

QByteArray login(const QUrl &server, const QString &user, const QString &deviceId)
{
    return test::login(server, user, DemoPassword, deviceId)
        .json()
        .value(QLatin1String("accessToken"))
        .toString()
        .toUtf8();
}

wire::WireUuid wireId(const Id &id)
{
    wire::WireUuid uuid;
    const QByteArray bytes = id.toRfc4122();
    std::copy(bytes.begin(), bytes.end(), uuid.bytes.begin());
    return uuid;
}

} // namespace

class TestSyncIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliFirstSyncAndAgain();
    void threeLaptopsConverge();
    void lostAcknowledgementDuplicatesNothing();
    void otherTeamSeesAndChangesNothing();
    void administratorReadsNoFieldwork();
    void unauthenticatedHostilePushNeverDecoded();
    void revokedDeviceIsWiped();

private:
    [[nodiscard]] int cli(const QString &vaultDir, const QStringList &arguments,
                          QByteArray *output = nullptr);
    // A visit of team 1 created on `laptop` and synced (so the others can pull it).
    [[nodiscard]] Id createVisit(Laptop &laptop);

    std::unique_ptr<test::OfficeServerProcess> m_server;
    QJsonObject m_seed;
    QTemporaryDir m_scratch;
    Id m_sharedVisit;
};

void TestSyncIntegration::initTestCase()
{
    m_server = std::make_unique<test::OfficeServerProcess>();
    QVERIFY(m_server->isValid());
    m_seed = m_server->seed(DemoPassword);
    QVERIFY2(!m_seed.isEmpty(), qPrintable(m_server->lastError()));
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
}

int TestSyncIntegration::cli(const QString &vaultDir, const QStringList &arguments,
                             QByteArray *output)
{
    const QString passphraseFile = m_scratch.filePath(QStringLiteral("passphrase"));
    if (!QFile::exists(passphraseFile)) {
        QFile file(passphraseFile);
        if (!file.open(QIODevice::WriteOnly))
            return -1;
        file.write(QByteArray(test::TestPassphrase) + '\n');
    }
    QProcess process;
    process.start(cliBinary(),
                  QStringList {QStringLiteral("--vault"), vaultDir,
                               QStringLiteral("--passphrase-file"), passphraseFile} +
                      arguments);
    if (!process.waitForFinished(120'000))
        return -1;
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitCode();
}

void TestSyncIntegration::cliFirstSyncAndAgain()
{
    const QString vaultDir = m_scratch.filePath(QStringLiteral("cli-vault"));
    QCOMPARE(
        cli(vaultDir, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("fast")}),
        0);

    // Without a login there is nothing to sync with: the office asks for one.
    QCOMPARE(cli(vaultDir,
                 {QStringLiteral("sync"), QStringLiteral("--server"), m_server->url().toString()}),
             int(ExitCode::LoginRequired));

    QByteArray output;
    QCOMPARE(cli(vaultDir,
                 {QStringLiteral("sync"), QStringLiteral("--server"), m_server->url().toString(),
                  QStringLiteral("--user"), QStringLiteral("inspecteur"),
                  QStringLiteral("--password-file"), m_server->passwordFile(DemoPassword)},
                 &output),
             0);
    const QJsonObject first = QJsonDocument::fromJson(output).object();
    QVERIFY2(first.value(QLatin1String("pulled")).toInteger() > 0, output.constData());

    // The second time the stored login and server are used, and nothing new arrives.
    QCOMPARE(cli(vaultDir, {QStringLiteral("sync")}, &output), 0);
    const QJsonObject second = QJsonDocument::fromJson(output).object();
    QCOMPARE(second.value(QLatin1String("pulled")).toInteger(), 0);
    QCOMPARE(second.value(QLatin1String("pending")).toInteger(), 0);

    QCOMPARE(cli(vaultDir, {QStringLiteral("stats")}, &output), 0);
    const QJsonObject stats = QJsonDocument::fromJson(output).object();
    QVERIFY2(stats.value(QLatin1String("providers")).toInteger() > 0, output.constData());
    QCOMPARE(cli(vaultDir, {QStringLiteral("check")}), 0);
}

Id TestSyncIntegration::createVisit(Laptop &laptop)
{
    Vault &vault = laptop.vault.vault();
    Visit visit;
    visit.id = newId();
    visit.providerId = Id::fromString(firstValue(
        vault,
        QStringLiteral("SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
    visit.frameworkId = Id::fromString(
        firstValue(vault, QStringLiteral("SELECT id FROM framework ORDER BY code LIMIT 1")));
    visit.startedAt = QDateTime::currentDateTimeUtc();
    visit.memberIds = {vault.currentUserId()};
    if (visit.providerId.isNull() || visit.frameworkId.isNull())
        return {};
    if (!VisitRepository(vault).add(visit))
        return {};
    return visit.id;
}

void TestSyncIntegration::threeLaptopsConverge()
{
    // Two inspectors and their team lead, each on a laptop of their own.
    std::array<Laptop, 3> laptops;
    laptops[0].user = QStringLiteral("inspecteur");
    laptops[1].user = QStringLiteral("teamleider");
    laptops[2].user = QStringLiteral("inspecteur");
    for (Laptop &laptop : laptops) {
        QVERIFY(laptop.vault.isValid());
        auto first = laptop.sync(m_server->url(), true);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
    }
    const Id visitId = createVisit(laptops[0]);
    QVERIFY(!visitId.isNull());
    m_sharedVisit = visitId;
    // A finding everyone has before going offline: two of them will edit it concurrently.
    Observation shared;
    shared.id = newId();
    shared.visitId = visitId;
    shared.text = QStringLiteral("Medicatielijst ligt open op de balie.");
    shared.authorId = laptops[0].vault.vault().currentUserId();
    shared.observedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ObservationRepository(laptops[0].vault.vault()).add(shared));
    QVERIFY(laptops[0].sync(m_server->url(), false));
    for (int i : {1, 2})
        QVERIFY(laptops[i].sync(m_server->url(), false));
    QVERIFY(ObservationRepository(laptops[2].vault.vault()).find(shared.id)->has_value());

    // Offline: each records findings and a judgement on the same norm; two edit the shared one.
    const Id normId = Id::fromString(firstValue(
        laptops[0].vault.vault(),
        QStringLiteral("SELECT n.id FROM norm n JOIN visit v ON v.framework_id = n.framework_id "
                       "WHERE v.id = '%1' ORDER BY n.position LIMIT 1")
            .arg(idText(visitId))));
    QVERIFY(!normId.isNull());
    QStringList written;
    for (int i = 0; i < 3; ++i) {
        Vault &vault = laptops[i].vault.vault();
        ObservationRepository observations(vault);
        for (int n = 0; n < 4; ++n) {
            Observation finding;
            finding.id = newId();
            finding.visitId = visitId;
            finding.text = QStringLiteral("Bevinding %1 van laptop %2").arg(n).arg(i);
            finding.authorId = vault.currentUserId();
            finding.observedAt = QDateTime::currentDateTimeUtc();
            finding.normIds = {normId};
            QVERIFY(observations.add(finding));
            written << finding.text;
        }
        QVERIFY(JudgementRepository(vault).setValue(visitId, normId, Judgement::LargelyMeets,
                                                    vault.currentUserId(),
                                                    QDateTime::currentDateTimeUtc()));
    }
    QVERIFY(ObservationRepository(laptops[0].vault.vault())
                .updateText(shared.id,
                            QStringLiteral("Medicatielijst lag open op de balie, "
                                           "onbeheerd.")));
    QVERIFY(ObservationRepository(laptops[1].vault.vault())
                .updateText(shared.id,
                            QStringLiteral("Medicatielijst open op de balie; "
                                           "teamleider gezien.")));

    // Sync in a shuffled order, twice round, so every laptop sees every other's work.
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    std::array<int, 3> order {0, 1, 2};
    for (int round = 0; round < 2; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        for (int i : order) {
            auto done = laptops[i].sync(m_server->url(), false);
            QVERIFY2(done,
                     qPrintable(QStringLiteral("seed %1: %2")
                                    .arg(seed)
                                    .arg(done ? QString() : done.error().detail)));
        }
    }

    const QStringList reference = fieldworkDump(laptops[0].vault.vault(), idText(visitId));
    for (int i : {1, 2})
        QCOMPARE(fieldworkDump(laptops[i].vault.vault(), idText(visitId)), reference);
    for (Laptop &laptop : laptops) {
        Vault &vault = laptop.vault.vault();
        // Nothing lost, nothing duplicated: 12 new findings and the shared one.
        QStringList texts = column(
            vault,
            QStringLiteral("SELECT text FROM observation WHERE visit_id = '%1' AND deleted = 0")
                .arg(idText(visitId)));
        QCOMPARE(texts.size(), 13);
        for (const QString &text : written)
            QCOMPARE(texts.count(text), 1);
        // The concurrent edit is a visible conflict with both texts.
        auto conflicts = sync::ConflictRepository(vault).textConflicts();
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().entityId, shared.id);
        QStringList versions;
        for (const auto &version : conflicts->first().heads)
            versions << version.text;
        QVERIFY(
            versions.contains(QStringLiteral("Medicatielijst lag open op de balie, onbeheerd.")));
        QVERIFY(versions.contains(
            QStringLiteral("Medicatielijst open op de balie; teamleider gezien.")));
        QCOMPARE(*sync::pendingCount(vault), 0);
    }
}

void TestSyncIntegration::lostAcknowledgementDuplicatesNothing()
{
    Laptop laptop;
    laptop.user = QStringLiteral("inspecteur");
    QVERIFY(laptop.sync(m_server->url(), true));
    const Id visitId = createVisit(laptop);
    QVERIFY(!visitId.isNull());
    auto pushed = laptop.sync(m_server->url(), false);
    QVERIFY(pushed);
    QVERIFY(pushed->pushed > 0);
    // The office committed, but the acknowledgement never arrived: everything is pending again.
    QVERIFY(sync::markAllUnsent(laptop.vault.vault()));
    QVERIFY(*sync::pendingCount(laptop.vault.vault()) > 0);
    auto again = laptop.sync(m_server->url(), false);
    QVERIFY(again);
    QCOMPARE(again->duplicates, again->pushed);
    QCOMPARE(*sync::pendingCount(laptop.vault.vault()), 0);

    // Another laptop of the team receives the visit exactly once.
    Laptop other;
    other.user = QStringLiteral("teamleider");
    QVERIFY(other.sync(m_server->url(), true));
    QCOMPARE(firstValue(
                 other.vault.vault(),
                 QStringLiteral("SELECT count(*) FROM visit WHERE id = '%1'").arg(idText(visitId))),
             QStringLiteral("1"));
    QCOMPARE(firstValue(other.vault.vault(),
                        QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = '%1'")
                            .arg(idText(visitId))),
             firstValue(laptop.vault.vault(),
                        QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = '%1'")
                            .arg(idText(visitId))));
}

void TestSyncIntegration::otherTeamSeesAndChangesNothing()
{
    QVERIFY2(!m_sharedVisit.isNull(), "needs threeLaptopsConverge");
    Laptop outsider;
    outsider.user = QStringLiteral("inspecteur2");
    QVERIFY(outsider.vault.isValid());
    QVERIFY(outsider.sync(m_server->url(), true));
    Vault &vault = outsider.vault.vault();
    // Nothing of team 1's visit arrived.
    QCOMPARE(firstValue(vault,
                        QStringLiteral("SELECT count(*) FROM visit WHERE id = '%1'")
                            .arg(idText(m_sharedVisit))),
             QStringLiteral("0"));
    QCOMPARE(firstValue(vault,
                        QStringLiteral("SELECT count(*) FROM observation WHERE visit_id = '%1'")
                            .arg(idText(m_sharedVisit))),
             QStringLiteral("0"));

    // Straight at the routes: a finding on team 1's visit is refused, and nothing is stored.
    const QByteArray token = login(m_server->url(), outsider.user, newId().toString());
    QVERIFY(!token.isEmpty());
    wire::WireChange change;
    change.changeId = wireId(newId());
    change.entity = "observation";
    change.entityId = wireId(newId());
    change.op = 0;
    change.fieldsJson = QStringLiteral(R"({"visit_id":"%1","text":"x","source":"observed",)"
                                       R"("observed_at":"2026-11-23T10:00:00.000Z"})")
                            .arg(idText(m_sharedVisit))
                            .toStdString();
    change.deviceId = "outsider";
    change.hlc = 1;
    auto refused =
        httpCall("POST", m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/push"))), token,
                 wire::encodeBatch(wire::ChangeBatch {{change}}), test::kBatchType);
    QCOMPARE(refused.status, 403);
    QCOMPARE(refused.error, QByteArray("forbidden"));

    // An update of team 1's visit: the same.
    change.changeId = wireId(newId());
    change.entity = "visit";
    change.entityId = wireId(m_sharedVisit);
    change.op = 1;
    change.fieldsJson = R"({"type":"announced"})";
    refused = httpCall("POST", m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/push"))),
                       token, wire::encodeBatch(wire::ChangeBatch {{change}}), test::kBatchType);
    QCOMPARE(refused.status, 403);

    // A full pull from the start holds nothing of that visit.
    auto page = httpCall(
        "GET", m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/pull?after=0&limit=5000"))),
        token);
    QCOMPARE(page.status, 200);
    auto batch = wire::decodeBatch(page.body);
    QVERIFY(batch);
    const wire::WireUuid visit = wireId(m_sharedVisit);
    for (const wire::WireChange &pulled : batch->changes) {
        QVERIFY(pulled.entityId != visit);
        QVERIFY(pulled.fieldsJson.find(idText(m_sharedVisit).toStdString()) == std::string::npos);
    }
}

void TestSyncIntegration::administratorReadsNoFieldwork()
{
    const QByteArray token =
        login(m_server->url(), QStringLiteral("beheerder"), newId().toString());
    QVERIFY(!token.isEmpty());
    auto page = httpCall(
        "GET", m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/pull?after=0&limit=5000"))),
        token);
    QCOMPARE(page.status, 200);
    auto batch = wire::decodeBatch(page.body);
    QVERIFY(batch);
    const std::set<std::string> reference {"framework", "team", "user"};
    for (const wire::WireChange &pulled : batch->changes)
        QVERIFY2(reference.contains(pulled.entity), pulled.entity.c_str());
}

void TestSyncIntegration::unauthenticatedHostilePushNeverDecoded()
{
    // A payload-length field claiming 4 GB behind a valid header: refused for want of a token.
    QByteArray hostile("SCHW\x01\x00\xff\xff\xff\xff", 10);
    hostile += QByteArray(1024, '\xff');
    auto answer = httpCall("POST", m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/push"))),
                           {}, hostile, test::kBatchType);
    QCOMPARE(answer.status, 401);
    // With a token the decoder runs and refuses it cleanly; the server keeps serving.
    const QByteArray token =
        login(m_server->url(), QStringLiteral("inspecteur"), newId().toString());
    answer = httpCall("POST", m_server->url().resolved(QUrl(QStringLiteral("/v1/sync/push"))),
                      token, hostile, test::kBatchType);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.error, QByteArray("malformed"));
    QCOMPARE(
        httpCall("GET", m_server->url().resolved(QUrl(QStringLiteral("/v1/health"))), {}).status,
        200);
}

void TestSyncIntegration::revokedDeviceIsWiped()
{
    const QString vaultDir = m_scratch.filePath(QStringLiteral("revoked-vault"));
    QCOMPARE(
        cli(vaultDir, {QStringLiteral("init"), QStringLiteral("--kdf"), QStringLiteral("fast")}),
        0);
    QCOMPARE(cli(vaultDir,
                 {QStringLiteral("sync"), QStringLiteral("--server"), m_server->url().toString(),
                  QStringLiteral("--user"), QStringLiteral("inspecteur"),
                  QStringLiteral("--password-file"), m_server->passwordFile(DemoPassword)}),
             0);
    // The office revokes every device of this vault (its device id is in the vault's meta).
    QCOMPARE(m_server->admin({QStringLiteral("device"), QStringLiteral("list"),
                              QStringLiteral("--user"), QStringLiteral("inspecteur")}),
             0);
    const QJsonArray devices = QJsonDocument::fromJson(m_server->lastOutput())
                                   .object()
                                   .value(QLatin1String("devices"))
                                   .toArray();
    QVERIFY(!devices.isEmpty());
    for (const QJsonValue &device : devices)
        QCOMPARE(m_server->admin({QStringLiteral("device"), QStringLiteral("revoke"),
                                  device.toObject().value(QLatin1String("id")).toString()}),
                 0);
    QCOMPARE(cli(vaultDir, {QStringLiteral("sync")}), int(ExitCode::DeviceRevoked));
    QVERIFY(!QFile::exists(Vault::databasePath(vaultDir)));
    QVERIFY(!QFile::exists(Vault::keyFilePath(vaultDir)));
}

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
