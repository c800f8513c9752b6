// Integration under network faults: three laptops of one team sync with a real schouw-server
// through a fault-injecting proxy (tests/support/faultproxy.h) that cuts connections at random
// byte offsets, loses answers the office has already committed, stalls, answers 500 and 503
// itself and replays pushes. After every sync: the result is a success or Network/ServerBusy
// with backoff set, and pending changes went down by exactly what the office acknowledged to the
// client. At the end, after a clean sync: every change ever recorded on a laptop is at the office
// exactly once and all vaults hold the same fieldwork.
//
// SCHOUW_FAULT_RUNS (default 200) faulted syncs; SCHOUW_FAULT_SEED replays a run (the seed is
// printed at the start and in every failure message).
#include "faultproxy.h"
#include "httpcall.h"
#include "officeserverprocess.h"
#include "syncdriver.h"
#include "testvault.h"

#include "domain/id.h"
#include "domain/records.h"
#include "sync/client/syncrun.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"
#include "vault/interviewrepository.h"
#include "vault/judgementrepository.h"
#include "vault/observationrepository.h"
#include "vault/visitrepository.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <array>
#include <map>
#include <memory>
#include <set>

Q_DECLARE_METATYPE(schouw::test::Fault)

using namespace schouw;
using namespace std::chrono_literals;
using test::column;
using test::fieldworkDump;

namespace {

const QString DemoPassword = QStringLiteral("demo-wachtwoord-storingen-2026");

// Short, so stalls cost little; an answer that moves no byte for this long ends the sync.
constexpr auto FaultTimeout = 1000ms;
constexpr auto CleanTimeout = 30s;

quint32 faultSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("SCHOUW_FAULT_SEED").toUInt(&ok);
    return ok ? seed : QRandomGenerator::global()->generate();
}

int faultRuns()
{
    bool ok = false;
    const int runs = qEnvironmentVariableIntValue("SCHOUW_FAULT_RUNS", &ok);
    return ok && runs > 0 ? runs : 200;
}

// One laptop: a vault of its own, synced in process through SyncRun, via the proxy.
struct Laptop
{
    test::TempVault vault;
    QString user;
    std::set<QString> localChanges; // every change id ever recorded here
};

using test::HttpAnswer;
using test::httpCall;

// The office's own view: every change a user of the team can pull, from a device it has never
// seen (a pull leaves out the caller's device's own pushes), as change ids in sequence order.
// Empty with a message in `error` if that failed.
QStringList officeChangeIds(const QUrl &server, const QString &user, QString *error)
{
    const HttpAnswer tokens = test::login(server, user, DemoPassword, idText(newId()));
    const QByteArray token =
        tokens.json().value(QLatin1String("accessToken")).toString().toLatin1();
    if (token.isEmpty()) {
        *error = QStringLiteral("office login failed: HTTP %1").arg(tokens.status);
        return {};
    }
    QStringList ids;
    qint64 cursor = 0;
    for (;;) {
        const HttpAnswer page = httpCall(
            "GET",
            server.resolved(QUrl(QStringLiteral("/v1/sync/pull?after=%1&limit=5000").arg(cursor))),
            token);
        auto batch = wire::decodeBatch(page.body);
        bool cursorRead = false;
        const qint64 next = page.header("Schouw-Next-Cursor").toLongLong(&cursorRead);
        if (page.status != 200 || !batch || !cursorRead || next < cursor) {
            *error =
                QStringLiteral("office pull after %1 failed: HTTP %2").arg(cursor).arg(page.status);
            return {};
        }
        for (const wire::WireChange &change : batch->changes)
            ids << sync::fromWire(change).changeId;
        cursor = next;
        if (page.header("Schouw-More") != "1")
            return ids;
    }
}

qint64 pendingOf(Laptop &laptop)
{
    auto count = sync::pendingCount(laptop.vault.vault());
    return count ? *count : -1;
}

// Adds the ids of the laptop's own changes to those it ever recorded; false if they cannot be
// read.
bool noteLocalChanges(Laptop &laptop)
{
    auto statement = laptop.vault.vault().database().prepare(
        QStringLiteral("SELECT change_id FROM change_log WHERE origin = 'local'"));
    if (!statement)
        return false;
    while (statement->next())
        laptop.localChanges.insert(statement->text(0));
    return true;
}

// How many changes the client was told, in a full 200 answer, that the office has.
qint64 acknowledgedToClient(const QList<test::ProxyExchange> &exchanges)
{
    qint64 count = 0;
    for (const test::ProxyExchange &exchange : exchanges) {
        if (exchange.path != "/v1/sync/push" || exchange.clientStatus != 200)
            continue;
        auto batch = wire::decodeBatch(exchange.requestBody);
        count += batch ? qint64(batch->changes.size()) : -1'000'000;
    }
    return count;
}

QString describe(const QList<test::ProxyExchange> &exchanges)
{
    QStringList parts;
    for (const test::ProxyExchange &exchange : exchanges) {
        QStringList statuses;
        for (int status : exchange.serverStatuses)
            statuses << QString::number(status);
        parts << QStringLiteral("#%1 %2 %3 %4 cut=%5 server=[%6] client=%7")
                     .arg(exchange.connection)
                     .arg(QString::fromLatin1(exchange.method), QString::fromLatin1(exchange.path),
                          QString::fromLatin1(test::faultName(exchange.fault)))
                     .arg(exchange.cutAt)
                     .arg(statuses.join(QLatin1Char(',')))
                     .arg(exchange.clientStatus);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestSyncFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void randomFaultsLoseAndDuplicateNothing();
    void serverVanishesMidSync();
    void cutAnswerIsANetworkError_data();
    void cutAnswerIsANetworkError();
    void lostRefreshAnswerKeepsTheLogin();

private:
    // A sync on the stored login.
    [[nodiscard]] Result<sync::SyncSummary> syncOnce(Laptop &laptop,
                                                     std::chrono::milliseconds timeout,
                                                     int pushBatchSize = 1000,
                                                     int pullPageSize = 1000);
    // A clean first login through the proxy (faults off for it).
    [[nodiscard]] bool logIn(Laptop &laptop);
    // A visit of team 1 made on `laptop`, with its first norm; pushed cleanly.
    [[nodiscard]] bool createVisit(Laptop &laptop);
    // Some fieldwork on the shared visit: findings, an edit of any finding, an interview with a
    // statement, a judgement.
    [[nodiscard]] Status recordWork(Laptop &laptop, QRandomGenerator &random);

    std::unique_ptr<test::OfficeServerProcess> m_server;
    std::unique_ptr<test::FaultProxy> m_proxy;
    std::unique_ptr<Laptop> m_setup;
    quint32 m_seed = 0;
    int m_runs = 0;
    Id m_visit;
    QList<Id> m_norms;
    int m_workItems = 0;
};

void TestSyncFaults::initTestCase()
{
    m_seed = faultSeed();
    m_runs = faultRuns();
    qInfo("SCHOUW_FAULT_SEED=%u SCHOUW_FAULT_RUNS=%d", m_seed, m_runs);
    m_server = std::make_unique<test::OfficeServerProcess>();
    QVERIFY(m_server->isValid());
    QVERIFY2(!m_server->seed(DemoPassword).isEmpty(), qPrintable(m_server->lastError()));
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_proxy = std::make_unique<test::FaultProxy>(m_server->port(), m_seed);
    QVERIFY(m_proxy->listen());
    m_proxy->setTimings(FaultTimeout + 500ms, FaultTimeout / 5);

    // The visit everyone works on, made and pushed cleanly by the team's first inspector.
    m_setup = std::make_unique<Laptop>();
    m_setup->user = QStringLiteral("inspecteur");
    QVERIFY(m_setup->vault.isValid());
    QVERIFY(logIn(*m_setup));
    QVERIFY(createVisit(*m_setup));
    QVERIFY(syncOnce(*m_setup, CleanTimeout));
    QCOMPARE(pendingOf(*m_setup), 0);
}

Result<sync::SyncSummary> TestSyncFaults::syncOnce(Laptop &laptop,
                                                   std::chrono::milliseconds timeout,
                                                   int pushBatchSize, int pullPageSize)
{
    sync::SyncOptions options;
    options.timeout = timeout;
    options.pushBatchSize = pushBatchSize;
    options.pullPageSize = pullPageSize;
    return test::syncAndWait(laptop.vault.vault(), std::move(options));
}

bool TestSyncFaults::logIn(Laptop &laptop)
{
    const bool faults = m_proxy->faultsEnabled();
    m_proxy->setFaultsEnabled(false);
    sync::SyncOptions options = test::loginOptions(m_proxy->url(), laptop.user, DemoPassword);
    options.timeout = CleanTimeout;
    auto done = test::syncAndWait(laptop.vault.vault(), std::move(options));
    m_proxy->setFaultsEnabled(faults);
    if (!done)
        qWarning() << "login of" << laptop.user << "failed:" << done.error().detail;
    return done.has_value();
}

bool TestSyncFaults::createVisit(Laptop &laptop)
{
    Vault &vault = laptop.vault.vault();
    Visit visit;
    visit.id = newId();
    visit.providerId = Id::fromString(test::firstValue(
        vault,
        QStringLiteral("SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
    visit.frameworkId = Id::fromString(
        test::firstValue(vault, QStringLiteral("SELECT id FROM framework ORDER BY code LIMIT 1")));
    visit.startedAt = QDateTime::currentDateTimeUtc();
    visit.memberIds = {vault.currentUserId()};
    if (visit.providerId.isNull() || visit.frameworkId.isNull() ||
        !VisitRepository(vault).add(visit))
        return false;
    m_visit = visit.id;
    for (const QString &norm :
         column(vault,
                QStringLiteral("SELECT id FROM norm WHERE framework_id = '%1' "
                               "ORDER BY position LIMIT 4")
                    .arg(idText(visit.frameworkId))))
        m_norms << Id::fromString(norm);
    return !m_norms.isEmpty() && noteLocalChanges(laptop);
}

Status TestSyncFaults::recordWork(Laptop &laptop, QRandomGenerator &random)
{
    Vault &vault = laptop.vault.vault();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Id norm = m_norms.at(int(random.bounded(quint32(m_norms.size()))));
    ObservationRepository observations(vault);
    const int items = 1 + int(random.bounded(3u));
    for (int i = 0; i < items; ++i) {
        const int item = ++m_workItems;
        switch (random.bounded(4u)) {
        case 0: {
            Observation finding;
            finding.id = newId();
            finding.visitId = m_visit;
            finding.text = QStringLiteral("Bevinding %1: dossier niet actueel.").arg(item);
            finding.authorId = vault.currentUserId();
            finding.observedAt = now;
            finding.normIds = {norm};
            if (auto done = observations.add(finding); !done)
                return done;
            break;
        }
        case 1: {
            // Any finding of the visit, someone else's too: concurrent edits become conflicts.
            const QStringList ids =
                column(vault,
                       QStringLiteral("SELECT id FROM observation WHERE visit_id = '%1' AND "
                                      "deleted = 0 ORDER BY id")
                           .arg(idText(m_visit)));
            if (ids.isEmpty())
                break;
            const Id id = Id::fromString(ids.at(int(random.bounded(quint32(ids.size())))));
            if (auto done = observations.updateText(
                    id, QStringLiteral("Aangevuld %1 door %2.").arg(item).arg(laptop.user));
                !done)
                return done;
            break;
        }
        case 2: {
            InterviewRepository interviews(vault);
            Interview interview;
            interview.id = newId();
            interview.visitId = m_visit;
            interview.group = RespondentGroup::Relative;
            auto pseudonym = interviews.nextPseudonym(m_visit, interview.group);
            if (!pseudonym)
                return std::unexpected(pseudonym.error());
            interview.pseudonym = *pseudonym;
            interview.interviewerId = vault.currentUserId();
            interview.notes = QStringLiteral("Gesprek %1 over de dagbesteding.").arg(item);
            interview.heldAt = now;
            if (auto done = interviews.add(interview); !done)
                return done;
            Observation statement;
            statement.id = newId();
            statement.visitId = m_visit;
            statement.source = ObservationSource::Interview;
            statement.interviewId = interview.id;
            statement.text = QStringLiteral("Uitspraak %1 uit het gesprek.").arg(item);
            statement.authorId = vault.currentUserId();
            statement.observedAt = now;
            statement.normIds = {norm};
            if (auto done = observations.add(statement); !done)
                return done;
            break;
        }
        default: {
            static const std::array<Judgement, 3> values {Judgement::Meets, Judgement::LargelyMeets,
                                                          Judgement::DoesNotMeet};
            if (auto done = JudgementRepository(vault).setValue(
                    m_visit, norm, values.at(random.bounded(3u)), vault.currentUserId(), now);
                !done)
                return done;
            break;
        }
        }
    }
    if (!noteLocalChanges(laptop))
        return fail(ErrorCode::Database, QStringLiteral("cannot read the change log"),
                    QStringLiteral("change_log"));
    return {};
}

void TestSyncFaults::randomFaultsLoseAndDuplicateNothing()
{
    QElapsedTimer elapsed;
    elapsed.start();
    const QString seedText = QStringLiteral("SCHOUW_FAULT_SEED=%1").arg(m_seed);
    std::array<Laptop, 3> laptops;
    laptops[0].user = QStringLiteral("inspecteur");
    laptops[1].user = QStringLiteral("teamleider");
    laptops[2].user = QStringLiteral("familie");
    for (Laptop &laptop : laptops) {
        QVERIFY(laptop.vault.isValid());
        QVERIFY(logIn(laptop));
    }
    QVERIFY(!m_visit.isNull());

    // About a third of the connections get a fault, so that later steps of a sync (pushes,
    // pull pages) are reached often enough, not only its first request.
    m_proxy->setWeights({{test::Fault::PassThrough, 100},
                         {test::Fault::CutRequest, 8},
                         {test::Fault::CutResponse, 8},
                         {test::Fault::LoseResponse, 10},
                         {test::Fault::StallRequest, 1},
                         {test::Fault::StallResponse, 1},
                         {test::Fault::SlowResponse, 4},
                         {test::Fault::Answer500, 3},
                         {test::Fault::Answer503, 3},
                         {test::Fault::Answer503RetryAfter, 3},
                         {test::Fault::Replay, 12}});
    m_proxy->setFaultsEnabled(true);
    QRandomGenerator random(m_seed ^ 0x9e3779b9u);

    int syncs = 0;
    int faulted = 0;
    int succeeded = 0;
    int replaysChecked = 0;
    int lostRefreshAnswers = 0;
    qint64 duplicates = 0;
    std::map<ErrorCode, int> failures;
    std::map<test::Fault, int> faultCounts;
    while (faulted < m_runs) {
        Laptop &laptop = laptops.at(random.bounded(3u));
        if (random.bounded(3u) == 0) {
            const Status recorded = recordWork(laptop, random);
            QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().detail));
        }
        const qint64 before = pendingOf(laptop);
        QVERIFY(before >= 0);
        m_proxy->clearExchanges();
        const int pushBatchSize = 1 + int(random.bounded(6u));
        const int pullPageSize = 1 + int(random.bounded(40u));
        const QDateTime started = QDateTime::currentDateTimeUtc();
        const auto result = syncOnce(laptop, FaultTimeout, pushBatchSize, pullPageSize);
        ++syncs;
        // Every connection of this sync is done before it is judged.
        QTRY_COMPARE_WITH_TIMEOUT(m_proxy->openConnections(), 0, 10'000);
        const QList<test::ProxyExchange> exchanges = m_proxy->exchanges();
        const QString context = QStringLiteral("%1, sync %2 of %3: %4")
                                    .arg(seedText)
                                    .arg(syncs)
                                    .arg(laptop.user, describe(exchanges));

        bool anyFault = false;
        for (const test::ProxyExchange &exchange : exchanges) {
            ++faultCounts[exchange.fault];
            anyFault = anyFault || exchange.fault != test::Fault::PassThrough;
            // A refresh the office performed but whose answer did not arrive in full: the next
            // sync goes on with the token the laptop still holds (lostRefreshAnswerKeepsTheLogin).
            if (exchange.path == "/v1/auth/refresh" && exchange.clientStatus != 200 &&
                exchange.serverStatuses.contains(200))
                ++lostRefreshAnswers;
            // A replayed push: the office stored the batch once and says so the second time.
            if (exchange.fault == test::Fault::Replay && exchange.path == "/v1/sync/push" &&
                exchange.serverStatuses == QList<int> {200, 200}) {
                auto batch = wire::decodeBatch(exchange.requestBody);
                QVERIFY2(batch, qPrintable(context));
                const QJsonObject second =
                    QJsonDocument::fromJson(exchange.serverBodies.value(1)).object();
                QVERIFY2(second.value(QLatin1String("accepted")).toInteger() == 0,
                         qPrintable(context));
                QVERIFY2(second.value(QLatin1String("duplicates")).toInteger() ==
                             qint64(batch->changes.size()),
                         qPrintable(context));
                ++replaysChecked;
            }
        }
        if (anyFault)
            ++faulted;

        // Pending changes go down by exactly what the office acknowledged to the client.
        const qint64 after = pendingOf(laptop);
        QVERIFY2(after >= 0 && after <= before, qPrintable(context));
        QVERIFY2(before - after == acknowledgedToClient(exchanges),
                 qPrintable(QStringLiteral("pending %1 -> %2, acknowledged %3; %4")
                                .arg(before)
                                .arg(after)
                                .arg(acknowledgedToClient(exchanges))
                                .arg(context)));

        auto retryAfter = sync::SyncRun::retryAfter(laptop.vault.vault());
        QVERIFY2(retryAfter, qPrintable(context));
        if (result) {
            ++succeeded;
            duplicates += result->duplicates;
            QVERIFY2(after == 0, qPrintable(context));
            QVERIFY2(!retryAfter->isValid(), qPrintable(context));
            continue;
        }
        const ErrorCode code = result.error().code;
        ++failures[code];
        QVERIFY2(code == ErrorCode::Network || code == ErrorCode::ServerBusy,
                 qPrintable(QStringLiteral("error %1 (%2); %3")
                                .arg(int(code))
                                .arg(result.error().detail, context)));
        // Backoff: automatic sync waits before it tries again (at least a second; the time is
        // stored to the second).
        QVERIFY2(retryAfter->isValid() && *retryAfter >= started.addSecs(-1), qPrintable(context));
    }

    // A clean ending: twice round without faults, and everyone holds everything.
    m_proxy->setFaultsEnabled(false);
    for (int round = 0; round < 2; ++round) {
        for (Laptop &laptop : laptops) {
            auto done = syncOnce(laptop, CleanTimeout);
            QVERIFY2(done,
                     qPrintable(seedText +
                                QStringLiteral(": clean sync of %1: %2")
                                    .arg(laptop.user, done ? QString() : done.error().detail)));
            QCOMPARE(done->pendingAfter, 0);
        }
    }

    // The office holds every change id ever recorded on a laptop, each once.
    QString error;
    const QStringList office =
        officeChangeIds(m_server->url(), QStringLiteral("teamleider"), &error);
    QVERIFY2(!office.isEmpty(), qPrintable(error));
    const std::set<QString> officeSet(office.begin(), office.end());
    QCOMPARE(qsizetype(officeSet.size()), office.size());
    qint64 recorded = 0;
    for (Laptop &laptop : laptops) {
        QVERIFY(noteLocalChanges(laptop));
        recorded += qint64(laptop.localChanges.size());
        for (const QString &id : laptop.localChanges)
            QVERIFY2(officeSet.contains(id),
                     qPrintable(QStringLiteral("%1: change %2 of %3 is not at the office")
                                    .arg(seedText, id, laptop.user)));
    }

    // A new laptop that pulls everything cleanly holds the same as the three.
    Laptop fresh;
    fresh.user = QStringLiteral("inspecteur");
    QVERIFY(fresh.vault.isValid());
    QVERIFY(logIn(fresh));
    const QStringList reference = fieldworkDump(fresh.vault.vault(), idText(m_visit));
    for (Laptop &laptop : laptops)
        QCOMPARE(fieldworkDump(laptop.vault.vault(), idText(m_visit)), reference);
    // Nothing doubled: every change arrived once, and every finding is there once.
    const QStringList freshChanges =
        column(fresh.vault.vault(), QStringLiteral("SELECT change_id FROM change_log"));
    QCOMPARE(qsizetype(std::set<QString>(freshChanges.begin(), freshChanges.end()).size()),
             freshChanges.size());
    for (Laptop &laptop : laptops)
        for (const QString &id : laptop.localChanges)
            QVERIFY2(freshChanges.contains(id), qPrintable(seedText + QLatin1Char(' ') + id));

    QStringList faultSummary;
    for (const auto &[fault, count] : faultCounts)
        faultSummary
            << QStringLiteral("%1 %2").arg(QString::fromLatin1(test::faultName(fault))).arg(count);
    QStringList failureSummary;
    for (const auto &[code, count] : failures)
        failureSummary << QStringLiteral("code %1: %2").arg(int(code)).arg(count);
    qInfo("%s: %d syncs, %d with faults, %d succeeded; failures: %s; connections: %s; %lld local "
          "changes, %lld office changes, %lld duplicates counted, %d replayed pushes checked; %d "
          "refresh answers lost and the old token used again; %lld ms",
          qPrintable(seedText), syncs, faulted, succeeded,
          qPrintable(failureSummary.join(QStringLiteral(", "))),
          qPrintable(faultSummary.join(QStringLiteral(", "))), recorded, qint64(office.size()),
          duplicates, replaysChecked, lostRefreshAnswers, qint64(elapsed.elapsed()));
    QVERIFY(syncs >= m_runs);
    QVERIFY(recorded > 0);
    QVERIFY(duplicates > 0 || replaysChecked > 0);
}

void TestSyncFaults::serverVanishesMidSync()
{
    Laptop laptop;
    laptop.user = QStringLiteral("inspecteur");
    QVERIFY(laptop.vault.isValid());
    QVERIFY(logIn(laptop));
    QVERIFY(!m_visit.isNull());
    // The visit arrives with the first pull; twelve findings wait to be pushed, four at a time.
    ObservationRepository observations(laptop.vault.vault());
    for (int i = 0; i < 12; ++i) {
        Observation finding;
        finding.id = newId();
        finding.visitId = m_visit;
        finding.text = QStringLiteral("Bevinding %1 voor de storing.").arg(i);
        finding.authorId = laptop.vault.vault().currentUserId();
        finding.observedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(observations.add(finding));
    }
    QVERIFY(noteLocalChanges(laptop));
    const qint64 before = pendingOf(laptop);
    QCOMPARE(before, 12);

    // The office goes away as the second push arrives at the proxy.
    int pushes = 0;
    m_proxy->setRequestHook([this, &pushes](const test::ProxyExchange &exchange) {
        if (exchange.path == "/v1/sync/push" && ++pushes == 2)
            m_server->stop();
    });
    m_proxy->setFaultsEnabled(false);
    auto broken = syncOnce(laptop, FaultTimeout, 4);
    m_proxy->setRequestHook({});
    QVERIFY(!m_server->isRunning());
    QVERIFY(!broken);
    QCOMPARE(broken.error().code, ErrorCode::Network);
    QVERIFY(!broken.error().message.isEmpty());
    QCOMPARE(pendingOf(laptop), before - 4);

    // Back on its own data: the next sync sends the rest, and nothing is lost.
    QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    m_proxy->setServerPort(m_server->port());
    auto done = syncOnce(laptop, CleanTimeout, 4);
    QVERIFY2(done, qPrintable(done ? QString() : done.error().detail));
    QCOMPARE(done->pendingAfter, 0);
    QString error;
    QStringList office = officeChangeIds(m_server->url(), QStringLiteral("inspecteur"), &error);
    QVERIFY2(!office.isEmpty(), qPrintable(error));
    for (const QString &id : laptop.localChanges)
        QVERIFY2(office.contains(id), qPrintable(id));
    QCOMPARE(office.removeDuplicates(), 0);
}

void TestSyncFaults::cutAnswerIsANetworkError_data()
{
    QTest::addColumn<test::Fault>("fault");
    QTest::addColumn<int>("connection"); // of the sync: 0 refresh, 1 push, 2 pull
    QTest::addColumn<qint64>("at"); // where the answer breaks off; negative: from its end

    QTest::newRow("refresh, in the status line") << test::Fault::CutResponse << 0 << qint64(6);
    QTest::newRow("refresh, in the headers") << test::Fault::CutResponse << 0 << qint64(40);
    QTest::newRow("refresh, in the body") << test::Fault::CutResponse << 0 << qint64(-5);
    QTest::newRow("push, in the body") << test::Fault::CutResponse << 1 << qint64(-5);
    QTest::newRow("pull, in the body") << test::Fault::CutResponse << 2 << qint64(-5);
    QTest::newRow("pull, stalled in the body") << test::Fault::StallResponse << 2 << qint64(-5);
}

void TestSyncFaults::cutAnswerIsANetworkError()
{
    QFETCH(test::Fault, fault);
    QFETCH(int, connection);
    QFETCH(qint64, at);
    QVERIFY(!m_visit.isNull());
    Laptop laptop;
    laptop.user = QStringLiteral("inspecteur");
    QVERIFY(laptop.vault.isValid());
    QVERIFY(logIn(laptop));
    Observation finding;
    finding.id = newId();
    finding.visitId = m_visit;
    finding.text = QStringLiteral("Bevinding bij een afgebroken antwoord.");
    finding.authorId = laptop.vault.vault().currentUserId();
    finding.observedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ObservationRepository(laptop.vault.vault()).add(finding));
    const qint64 before = pendingOf(laptop);
    QVERIFY(before > 0);

    m_proxy->setFaultsEnabled(false);
    m_proxy->clearExchanges();
    for (int i = 0; i < connection; ++i)
        m_proxy->forceFaults({test::Fault::PassThrough});
    m_proxy->forceFault(fault, at);
    auto broken = syncOnce(laptop, FaultTimeout);
    QTRY_COMPARE(m_proxy->openConnections(), 0);
    const QList<test::ProxyExchange> exchanges = m_proxy->exchanges();
    QCOMPARE(exchanges.size(), connection + 1);
    QCOMPARE(exchanges.last().fault, fault);
    QCOMPARE(exchanges.last().clientStatus, 0);
    QVERIFY(!broken);
    // Only an acknowledgement that arrived whole marks changes sent; the office may have a push
    // whose answer broke off, and counts it as duplicates next time.
    QCOMPARE(pendingOf(laptop), before - acknowledgedToClient(exchanges));
    // A broken connection is a network fault, like one that breaks before the answer: retried
    // with backoff, never reported as a malformed answer.
    QVERIFY2(broken.error().code == ErrorCode::Network,
             qPrintable(QStringLiteral("error %1: %2")
                            .arg(int(broken.error().code))
                            .arg(broken.error().detail)));
}

void TestSyncFaults::lostRefreshAnswerKeepsTheLogin()
{
    Laptop laptop;
    laptop.user = QStringLiteral("familie");
    QVERIFY(laptop.vault.isValid());
    QVERIFY(logIn(laptop));
    QVERIFY(!m_visit.isNull());
    Observation finding;
    finding.id = newId();
    finding.visitId = m_visit;
    finding.text = QStringLiteral("Bevinding tijdens een haperende verbinding.");
    finding.authorId = laptop.vault.vault().currentUserId();
    finding.observedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(ObservationRepository(laptop.vault.vault()).add(finding));
    const qint64 before = pendingOf(laptop);
    QVERIFY(before > 0);

    // The office rotates the refresh token and answers; the answer is lost on the way.
    m_proxy->setFaultsEnabled(false);
    m_proxy->clearExchanges();
    m_proxy->forceFaults({test::Fault::LoseResponse});
    auto lost = syncOnce(laptop, FaultTimeout);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, ErrorCode::Network);
    QTRY_COMPARE(m_proxy->openConnections(), 0);
    const QList<test::ProxyExchange> exchanges = m_proxy->exchanges();
    QCOMPARE(exchanges.size(), 1);
    QCOMPARE(exchanges.first().path, QByteArray("/v1/auth/refresh"));
    QCOMPARE(exchanges.first().serverStatuses, QList<int> {200});
    QCOMPARE(pendingOf(laptop), before);

    // A lost answer is a network fault like any other: the next sync should simply work.
    // The office kept the token the laptop still holds for a while after rotating it.
    auto next = syncOnce(laptop, CleanTimeout);
    QVERIFY2(next, qPrintable(next ? QString() : next.error().detail));
    QCOMPARE(pendingOf(laptop), 0);
}

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
