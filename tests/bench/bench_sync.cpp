// Sync throughput over loopback against a real schouw-server (docs/benchmarks.md): one vault
// pushes 10,000 new findings, another vault of the same team pulls them. Each step runs once (a
// second run would find nothing left to send), timed by hand. Run from a Release build:
//   build-bench/tests/bench/bench_sync
// SCHOUW_BENCH_CHANGES sets another count (e.g. a small one under callgrind, which counts the
// instructions of the merge alone: docs/benchmarks.md).
#include "officeserverprocess.h"
#include "syncdriver.h"
#include "testvault.h"

#include "domain/id.h"
#include "domain/records.h"
#include "sync/client/syncrun.h"
#include "sync/outbox.h"
#include "vault/observationrepository.h"
#include "vault/sqlite.h"
#include "vault/visitrepository.h"

#include <QElapsedTimer>
#include <QTest>

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

using namespace schouw;

namespace {

const QString Password = QStringLiteral("bench-wachtwoord-2026-sync");
int changeCount()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SCHOUW_BENCH_CHANGES", &ok);
    return ok && fromEnvironment > 1 ? fromEnvironment : 10'000;
}

const int kChanges = changeCount();

// CPU time of this process (the client) in milliseconds: beside the wall time it shows whether a
// step waits (network, timers) or works.
double clientCpuMilliseconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return double(t.tv_sec) * 1e3 + double(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// CPU time of the office process in milliseconds, from /proc (Linux only: the benchmark prints
// 0 elsewhere). Beside the client's CPU and the wall time it shows which side works.
double serverCpuMilliseconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the parenthesised command name: state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble();
    return ticks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

} // namespace

class BenchSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pushTenThousandChanges();
    void pullTenThousandChanges();

private:
    test::OfficeServerProcess m_server;
    test::TempVault m_sender;
    test::TempVault m_receiver;
    qint64 m_pushedBytes = 0;
};

void BenchSync::initTestCase()
{
    QVERIFY(!m_server.seed(Password).isEmpty());
    QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    QVERIFY(test::syncAndWait(
        m_sender.vault(),
        test::loginOptions(m_server.url(), QStringLiteral("inspecteur"), Password)));
    QVERIFY(test::syncAndWait(
        m_receiver.vault(),
        test::loginOptions(m_server.url(), QStringLiteral("teamleider"), Password)));

    Vault &vault = m_sender.vault();
    Visit visit;
    visit.id = newId();
    visit.providerId = idFromText(test::firstValue(
        vault,
        QStringLiteral("SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
    visit.frameworkId =
        idFromText(test::firstValue(vault, QStringLiteral("SELECT id FROM framework LIMIT 1")));
    visit.startedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(VisitRepository(vault).add(visit));
    ObservationRepository observations(vault);
    // One transaction for the set-up only; each add is its own change as in the field.
    Transaction transaction(vault.database());
    for (int i = 1; i < kChanges; ++i) {
        Observation finding;
        finding.id = newId();
        finding.visitId = visit.id;
        finding.text = QStringLiteral("Bevinding %1: de medicatie wordt niet dubbel gecontroleerd "
                                      "bij het aftekenen.")
                           .arg(i);
        finding.authorId = vault.currentUserId();
        finding.observedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(observations.add(finding));
    }
    QVERIFY(transaction.commit());
    QCOMPARE(*sync::pendingCount(vault), qint64(kChanges));
}

void BenchSync::pushTenThousandChanges()
{
    // One run only (a second would find nothing to send; QtTest would repeat a benchmark
    // function as a warm-up), so timed by hand and printed.
    const double cpuBefore = clientCpuMilliseconds();
    const double serverCpuBefore = serverCpuMilliseconds(m_server.processId());
    QElapsedTimer timer;
    timer.start();
    const Result<sync::SyncSummary> outcome = test::syncAndWait(m_sender.vault(), {});
    const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = clientCpuMilliseconds() - cpuBefore;
    const double serverCpu = serverCpuMilliseconds(m_server.processId()) - serverCpuBefore;
    const std::optional<Result<sync::SyncSummary>> result = outcome;
    QVERIFY(result && *result);
    QCOMPARE((*result)->pushed, qint64(kChanges));
    m_pushedBytes = (*result)->bytesSent;
    qInfo("push: %d changes in %.1f ms (client CPU %.1f ms, office CPU %.1f ms), %lld bytes "
          "sent, %.1f bytes per change",
          kChanges, milliseconds, cpu, serverCpu, static_cast<long long>(m_pushedBytes),
          double(m_pushedBytes) / kChanges);
}

void BenchSync::pullTenThousandChanges()
{
    // One run only (a second would find nothing to send; QtTest would repeat a benchmark
    // function as a warm-up), so timed by hand and printed.
    const double cpuBefore = clientCpuMilliseconds();
    const double serverCpuBefore = serverCpuMilliseconds(m_server.processId());
    QElapsedTimer timer;
    timer.start();
    const Result<sync::SyncSummary> outcome = test::syncAndWait(m_receiver.vault(), {});
    const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
    const double cpu = clientCpuMilliseconds() - cpuBefore;
    const double serverCpu = serverCpuMilliseconds(m_server.processId()) - serverCpuBefore;
    const std::optional<Result<sync::SyncSummary>> result = outcome;
    QVERIFY(result && *result);
    QCOMPARE((*result)->pulled, qint64(kChanges));
    qInfo("pull: %d changes in %.1f ms (client CPU %.1f ms, office CPU %.1f ms), %lld bytes "
          "received, %.1f bytes per change",
          kChanges, milliseconds, cpu, serverCpu, static_cast<long long>((*result)->bytesReceived),
          double((*result)->bytesReceived) / kChanges);
}

QTEST_GUILESS_MAIN(BenchSync)
#include "bench_sync.moc"
