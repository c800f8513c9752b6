// "Kill the client process while it saves findings; everything acknowledged is there." A child
// process (findingcrashchild) runs the real findings panel and types into it; each autosave it
// acknowledges on stdout. The test SIGKILLs it at random moments, reopens the vault and checks,
// for every acknowledged finding, that the stored text is at least as long as acknowledged and
// a prefix of what was being typed (never garbled, never older than acknowledged). 20 rounds by
// default; SCHOUW_CRASH_ROUNDS sets more, SCHOUW_CRASH_SEED replays a run.

#include "crashharness.h"
#include "testvault.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/visitrepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace schouw;

namespace {

const QString Typed = QStringLiteral(
    "Op afdeling De Linde stond de deur van de medicijnkamer open terwijl er niemand was. "
    "Twee bewoners liepen langs. De sleutel hing in het slot en de koelkast was niet op slot. "
    "Medewerker gaf aan dat dit vaker gebeurt bij de overdracht.");

} // namespace

class TestFindingCrash : public QObject
{
    Q_OBJECT

private:
    test::CrashPlan m_plan;

    // Runs the child until it has acknowledged a few saves (or time is up), then waits a random
    // moment more and kills it.
    QStringList runAndKill(const QStringList &arguments)
    {
        const int wantedAcks = static_cast<int>(m_plan.random.bounded(1, 5));
        const int extraMs = static_cast<int>(m_plan.random.bounded(0, 500));
        return test::runAndKill(QStringLiteral(FINDINGCRASHCHILD_PATH), arguments, wantedAcks,
                                extraMs);
    }

private Q_SLOTS:
    void initTestCase() { m_plan = test::CrashPlan::fromEnvironment(20); }

    void acknowledgedTypingSurvivesAKill()
    {
        test::TempVault temp;
        QVERIFY(temp.isValid());
        Provider provider;
        provider.id = newId();
        provider.name = QStringLiteral("Zorggroep De Linde");
        QVERIFY(ProviderRepository(temp.vault()).add(provider));
        Visit visit;
        visit.id = newId();
        visit.providerId = provider.id;
        visit.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(VisitRepository(temp.vault()).add(visit));
        temp.close();

        int acknowledged = 0;
        for (int round = 0; round < m_plan.rounds; ++round) {
            const QStringList lines = runAndKill({temp.directory(), idText(visit.id), Typed});
            // The longest acknowledged text per finding: saves of one finding only grow here.
            QHash<Id, qsizetype> acked;
            for (const QString &line : lines) {
                const QStringList parts = line.split(u' ');
                QVERIFY2(parts.size() == 3 && parts.at(0) == QStringLiteral("ack"),
                         qPrintable(line));
                const Id id = idFromText(parts.at(1));
                QVERIFY(!id.isNull());
                acked[id] =
                    std::max(acked.value(id), static_cast<qsizetype>(parts.at(2).toLongLong()));
                ++acknowledged;
            }

            QVERIFY2(
                temp.reopen(),
                qPrintable(QStringLiteral("round %1: %2").arg(round).arg(temp.error().detail)));
            ObservationRepository observations(temp.vault());
            for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
                auto found = observations.find(it.key());
                QVERIFY2(found && found->has_value(),
                         qPrintable(QStringLiteral("round %1 lost finding %2 (seed %3)")
                                        .arg(round)
                                        .arg(idText(it.key()))
                                        .arg(m_plan.seed)));
                const QString text = (*found)->text;
                QVERIFY2(text.size() >= it.value(),
                         qPrintable(QStringLiteral("round %1: %2 chars stored, %3 acknowledged "
                                                   "(seed %4)")
                                        .arg(round)
                                        .arg(text.size())
                                        .arg(it.value())
                                        .arg(m_plan.seed)));
                QVERIFY2(Typed.startsWith(text),
                         qPrintable(QStringLiteral("round %1: stored text is not what was typed "
                                                   "(seed %2)")
                                        .arg(round)
                                        .arg(m_plan.seed)));
            }
            auto report = temp.vault().checkIntegrity();
            QVERIFY(report);
            QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
            temp.close();
        }
        // The kills must land while saves are going on, or the test proves nothing.
        QVERIFY2(acknowledged >= m_plan.rounds,
                 qPrintable(QStringLiteral("only %1 saves acknowledged").arg(acknowledged)));
        qInfo("%d saves acknowledged over %d kills", acknowledged, m_plan.rounds);
    }
};

QTEST_GUILESS_MAIN(TestFindingCrash)
#include "tst_findingcrash.moc"
