// Vault benchmarks on the large demo dataset (DESIGN.md's budgets). Not part of the test run:
//
//   build/tests/bench/bench_vault                      # all figures
//   SCHOUW_BENCH_DIR=/var/tmp/schouw-bench build/...   # where the large vaults are kept
//
// The first run generates two large vaults (encrypted and, for the overhead ratio, unencrypted
// with the same code) and keeps them for later runs.

#include "demo/demogenerator.h"
#include "testvault.h"
#include "vault/frameworkrepository.h"
#include "vault/integrityprobe.h"
#include "vault/judgementrepository.h"
#include "vault/keyfile.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/signalcheckrepository.h"
#include "vault/sqlite.h"
#include "vault/visitrepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <vector>

using namespace schouw;

namespace {

QString benchRoot()
{
    const QString dir = qEnvironmentVariable("SCHOUW_BENCH_DIR",
                                             QDir::tempPath() + QStringLiteral("/schouw-bench"));
    QDir().mkpath(dir);
    return dir;
}

VaultOptions options(bool encrypted)
{
    VaultOptions o = test::fastOptions(); // the KDF is measured on its own below
    o.unencryptedForBenchmark = !encrypted;
    return o;
}

// Opens the cached large vault, generating it first if needed.
std::unique_ptr<Vault> largeVault(bool encrypted)
{
    const QString dir =
        benchRoot() + (encrypted ? QStringLiteral("/large") : QStringLiteral("/large-plain"));
    if (!Vault::exists(dir)) {
        QDir(dir).removeRecursively();
        auto created = Vault::create(dir, test::passphrase(), options(encrypted));
        if (!created)
            qFatal("create: %s", qPrintable(created.error().detail));
        QElapsedTimer timer;
        timer.start();
        auto counts = DemoGenerator(**created, DemoProfile::Large, 1)
                          .run([](const QString &step, int percent) {
                              qInfo("generating %s: %d%%", qPrintable(step), percent);
                          });
        if (!counts)
            qFatal("demo: %s", qPrintable(counts.error().detail));
        qInfo("large %s vault generated in %.1f s", encrypted ? "encrypted" : "plain",
              timer.elapsed() / 1000.0);
    }
    // The first open after a schema change includes the migration of the whole dataset.
    QElapsedTimer opening;
    opening.start();
    auto opened = Vault::open(dir, test::passphrase(), options(encrypted));
    if (!opened)
        qFatal("open: %s", qPrintable(opened.error().detail));
    qInfo("large %s vault opened in %lld ms", encrypted ? "encrypted" : "plain", opening.elapsed());
    return std::move(*opened);
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

struct Percentiles
{
    double median;
    double p99;
    double max;
};

Percentiles percentiles(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const auto at = [&](double q) {
        return samples.at(
            std::min(samples.size() - 1, static_cast<std::size_t>(q * samples.size())));
    };
    return {at(0.5), at(0.99), samples.back()};
}

Percentiles saveObservations(Vault &vault, int count)
{
    // A visit of the dataset to add findings to.
    auto visitId = vault.database().scalar(QStringLiteral("SELECT id FROM visit LIMIT 1"));
    const Id visit = idFromText(visitId->toString());
    ObservationRepository observations(vault);
    std::vector<double> ms;
    ms.reserve(static_cast<std::size_t>(count));
    QElapsedTimer timer;
    for (int i = 0; i < count; ++i) {
        Observation o;
        o.id = newId();
        o.visitId = visit;
        o.text =
            QStringLiteral("Bij de medicatieronde op afdeling De Wilg werd de dubbele controle "
                           "bij insuline niet uitgevoerd (waarneming %1).")
                .arg(i);
        o.observedAt = QDateTime::currentDateTimeUtc();
        timer.start();
        if (!observations.add(o))
            qFatal("save failed");
        ms.push_back(timer.nsecsElapsed() / 1e6);
    }
    return percentiles(std::move(ms));
}

// A visit of the dataset with exactly `findings` findings, linked to its framework's norms as
// the workspace would show them, some unassigned. Topped up on the first run, reused after.
Id visitWithFindings(Vault &vault, int findings)
{
    // Not the first visit: saveObservations() adds to that one on every run.
    auto chosen = vault.database().scalar(QStringLiteral(
        "SELECT id FROM visit WHERE framework_id IS NOT NULL ORDER BY id LIMIT 1 OFFSET 7"));
    const Id visitId = idFromText(chosen->toString());
    auto visit = VisitRepository(vault).find(visitId);
    auto framework = FrameworkRepository(vault).find((*visit)->frameworkId);
    QList<Id> norms;
    for (const Theme &theme : (*framework)->themes)
        for (const Norm &norm : theme.norms)
            norms << norm.id;
    ObservationRepository observations(vault);
    const int present = int(observations.forVisit(visitId)->size());
    Transaction batch(vault.database());
    for (int i = present; i < findings; ++i) {
        Observation o;
        o.id = newId();
        o.visitId = visitId;
        o.text = QStringLiteral("Bevinding %1: het zorgplan van de cliënt is niet geëvalueerd "
                                "binnen de afgesproken termijn van zes maanden.")
                     .arg(i);
        o.observedAt = QDateTime::currentDateTimeUtc();
        if (i % 10 != 0) // one in ten stays unassigned, as after a day of quick capture
            o.normIds = {norms.at(i % norms.size())};
        if (!observations.add(o))
            qFatal("top-up failed");
    }
    if (!batch.commit())
        qFatal("top-up commit failed");
    return visitId;
}

} // namespace

class BenchVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qInfo("cores: %d", QThread::idealThreadCount());
        // Make sure both datasets exist before timing anything.
        largeVault(true).reset();
        largeVault(false).reset();
    }

    // The deliberate cost: Argon2id with the production parameters.
    void keyDerivation()
    {
        const SecureBytes key = SecureBytes::random(KeyFile::DataKeySize);
        auto file = KeyFile::create(test::passphrase(), key, newId(), KdfParams::standard());
        QVERIFY(file);
        QBENCHMARK
        {
            QVERIFY(file->unwrap(test::passphrase()));
        }
    }

    // From the unwrapped key to the first page of the provider list, as the client does it
    // (quick_check deferred to a worker thread) and as the CLI does it (quick_check first). The
    // bench vault uses cheap key derivation, so these figures leave the KDF out; keyDerivation()
    // gives that part.
    void unlockToFirstPage_data()
    {
        QTest::addColumn<bool>("deferred");
        QTest::newRow("client (check deferred)") << true;
        QTest::newRow("cli (check first)") << false;
    }

    void unlockToFirstPage()
    {
        QFETCH(bool, deferred);
        const QString dir = benchRoot() + QStringLiteral("/large");
        VaultOptions o = options(true);
        o.deferQuickCheck = deferred;
        std::vector<double> ms;
        std::vector<double> probeMs;
        QElapsedTimer timer;
        for (int i = 0; i < 10; ++i) {
            timer.start();
            auto vault = Vault::open(dir, test::passphrase(), o);
            QVERIFY(vault);
            auto page = ProviderRepository(**vault).page(std::nullopt, 200);
            QVERIFY(page && page->size() == 200);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            if (auto probe = (*vault)->takeIntegrityProbe()) {
                timer.start();
                QVERIFY(probe->run());
                probeMs.push_back(timer.nsecsElapsed() / 1e6);
            }
        }
        const auto p = percentiles(ms);
        qInfo("unlock to first page, %s: median %.1f ms, max %.1f ms", QTest::currentDataTag(),
              p.median, p.max);
        if (!probeMs.empty())
            qInfo("background quick_check: median %.0f ms", percentiles(probeMs).median);
    }

    void providerSearchPerKeystroke()
    {
        auto vault = largeVault(true);
        ProviderRepository providers(*vault);
        const QString typed = QStringLiteral("zorggroep amster");
        std::vector<double> ms;
        QElapsedTimer timer;
        for (int round = 0; round < 20; ++round)
            for (qsizetype n = 1; n <= typed.size(); ++n) {
                // What the list does per keystroke: count the matches and read the first page.
                timer.start();
                auto matching = providers.count(typed.left(n));
                auto page = providers.page(std::nullopt, 200, typed.left(n));
                QVERIFY(matching && page);
                ms.push_back(timer.nsecsElapsed() / 1e6);
            }
        const auto p = percentiles(ms);
        qInfo("search as you type (count + first page of 200): median %.2f ms, p99 %.2f ms, max "
              "%.2f ms",
              p.median, p.p99, p.max);
    }

    void saveObservation()
    {
        auto encrypted = largeVault(true);
        const auto sealed = saveObservations(*encrypted, 10'000);
        encrypted.reset();
        auto plain = largeVault(false);
        const auto open = saveObservations(*plain, 10'000);
        qInfo("save observation, SQLCipher: median %.3f ms, p99 %.3f ms, max %.3f ms",
              sealed.median, sealed.p99, sealed.max);
        qInfo("save observation, plaintext: median %.3f ms, p99 %.3f ms, max %.3f ms", open.median,
              open.p99, open.max);
        qInfo("SQLCipher overhead (median ratio): %.2f", sealed.median / open.median);
    }

    // The provider list's first page in each order, unfiltered and while typing a search.
    void providerListSorted_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("name") << int(ProviderSort::Name);
        QTest::newRow("city") << int(ProviderSort::City);
        QTest::newRow("open signals") << int(ProviderSort::OpenSignals);
    }

    void providerListSorted()
    {
        QFETCH(int, sort);
        auto vault = largeVault(true);
        ProviderRepository providers(*vault);
        for (const QString &text : {QString(), QStringLiteral("zorg")}) {
            ProviderQuery query(text);
            query.sort = ProviderSort(sort);
            std::vector<double> ms;
            QElapsedTimer timer;
            for (int round = 0; round < 50; ++round) {
                timer.start();
                auto matching = providers.count(query);
                auto page = providers.page(std::nullopt, 200, query);
                QVERIFY(matching && page && !page->isEmpty());
                // and the second page, through the cursor
                auto next =
                    providers.page(ProviderRepository::cursorAfter(page->constLast()), 200, query);
                QVERIFY(next);
                ms.push_back(timer.nsecsElapsed() / 1e6);
            }
            const auto p = percentiles(ms);
            qInfo("provider list by %s, %s (count + two pages of 200): median %.2f ms, p99 %.2f ms",
                  QTest::currentDataTag(), text.isEmpty() ? "all" : "search \"zorg\"", p.median,
                  p.p99);
        }
    }

    // What opening a visit in the workspace reads: the visit, its framework version with themes
    // and norms, judgements, progress, every finding (for the per-norm counts), the unassigned
    // ones, the provider's signals and their checks.
    void openVisitWith500Findings()
    {
        auto vault = largeVault(true);
        const Id visitId = visitWithFindings(*vault, 500);
        std::vector<double> ms;
        QElapsedTimer timer;
        for (int round = 0; round < 50; ++round) {
            timer.start();
            auto visit = VisitRepository(*vault).find(visitId);
            auto framework = FrameworkRepository(*vault).find((*visit)->frameworkId);
            auto judgements = JudgementRepository(*vault).forVisit(visitId);
            auto progress = JudgementRepository(*vault).progress(visitId);
            auto findings = ObservationRepository(*vault).forVisit(visitId);
            auto unassigned = ObservationRepository(*vault).unassigned(visitId);
            auto signals = ProviderRepository(*vault).riskSignals((*visit)->providerId);
            auto checks = SignalCheckRepository(*vault).forVisit(visitId);
            QVERIFY(framework && *framework && judgements && progress && signals && checks);
            QCOMPARE(findings->size(), 500);
            QVERIFY(unassigned);
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        const auto p = percentiles(ms);
        qInfo("open a visit with 500 findings (all its reads): median %.2f ms, p99 %.2f ms, max "
              "%.2f ms (%lld unassigned)",
              p.median, p.p99, p.max,
              qint64(ObservationRepository(*vault).unassigned(visitId)->size()));
    }

    // What autosave does while an inspector types: update one finding's text, durably.
    void saveFindingTextEdit()
    {
        auto vault = largeVault(true);
        const Id visitId = visitWithFindings(*vault, 500);
        const Id findingId = ObservationRepository(*vault).forVisit(visitId)->constFirst().id;
        ObservationRepository observations(*vault);
        std::vector<double> ms;
        QElapsedTimer timer;
        QString text = QStringLiteral("De medicatiekar stond onbeheerd op de gang");
        for (int i = 0; i < 2000; ++i) {
            text += QLatin1Char(i % 7 == 0 ? ' ' : 'a');
            timer.start();
            QVERIFY(observations.updateText(findingId, text));
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        const auto p = percentiles(ms);
        qInfo("autosave of a finding's text: median %.3f ms, p99 %.3f ms, max %.3f ms", p.median,
              p.p99, p.max);
    }

    void residentMemoryAfterUnlock()
    {
        auto vault = largeVault(true);
        auto page = ProviderRepository(*vault).page(std::nullopt, 200);
        QVERIFY(page);
        qInfo("resident memory with the large vault open and one page read: %lld KiB",
              residentKiB());
    }
};

QTEST_GUILESS_MAIN(BenchVault)
#include "bench_vault.moc"
