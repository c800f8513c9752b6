#include "crashharness.h"
#include "testvault.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/visitrepository.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

using namespace schouw;

// Kills a writing child process at random moments and checks that every write it acknowledged
// survived and that the vault is intact. 50 rounds per scenario by default; SCHOUW_CRASH_ROUNDS
// sets more (the slow label runs 1,000). SCHOUW_CRASH_SEED replays a run.
class TestCrashSafety : public QObject
{
    Q_OBJECT

private:
    test::CrashPlan m_plan;

    // Kills anywhere from before the vault is open to deep into the write loop.
    QStringList runAndKill(const QStringList &arguments)
    {
        return test::runAndKill(QStringLiteral(CRASHCHILD_PATH), arguments, 0,
                                static_cast<int>(m_plan.random.bounded(5, 400)));
    }

private Q_SLOTS:
    void initTestCase() { m_plan = test::CrashPlan::fromEnvironment(50); }

    void acknowledgedObservationsSurviveAKill()
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
        QVERIFY(VisitRepository(temp.vault()).add(visit));
        temp.close();

        QStringList acknowledged;
        int roundsWithWrites = 0;
        for (int round = 0; round < m_plan.rounds; ++round) {
            const QStringList acks =
                runAndKill({QStringLiteral("observations"), temp.directory(), idText(visit.id)});
            acknowledged += acks;
            roundsWithWrites += acks.isEmpty() ? 0 : 1;

            QVERIFY2(
                temp.reopen(),
                qPrintable(QStringLiteral("round %1: %2").arg(round).arg(temp.error().detail)));
            ObservationRepository observations(temp.vault());
            for (const QString &id : std::as_const(acks)) {
                auto found = observations.find(idFromText(id));
                QVERIFY2(found && found->has_value(),
                         qPrintable(QStringLiteral("round %1 lost %2 (seed %3)")
                                        .arg(round)
                                        .arg(id)
                                        .arg(m_plan.seed)));
            }
            auto report = temp.vault().checkIntegrity();
            QVERIFY(report);
            QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
            temp.close();
        }
        // The kills must land in the middle of the work often enough to mean something.
        QVERIFY2(roundsWithWrites >= m_plan.rounds / 2,
                 qPrintable(QStringLiteral("only %1 rounds wrote anything").arg(roundsWithWrites)));

        QVERIFY(temp.reopen());
        QVERIFY(ObservationRepository(temp.vault()).count().value() >= acknowledged.size());
        qInfo("%lld observations acknowledged over %d kills", qint64(acknowledged.size()),
              m_plan.rounds);
    }

    void exactlyOnePassphraseOpensAfterAKillDuringChange()
    {
        test::TempVault temp;
        const QString directory = temp.directory();
        QVERIFY(temp.isValid());
        const SecureBytes a = test::passphrase("A-wachtwoord-voor-de-test");
        const SecureBytes b = test::passphrase("B-wachtwoord-voor-de-test");
        temp.close();
        QVERIFY(
            Vault::changePassphrase(directory, test::passphrase(), a, KdfParams::fastForTests()));
        QFile db(Vault::databasePath(directory));
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray dbHash =
            QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256);
        db.close();

        int changesAcknowledged = 0;
        for (int round = 0; round < m_plan.rounds; ++round) {
            // Each child starts from A and alternates; a change in flight when the kill came may or
            // may not have landed, so either passphrase may open the vault, but never both or none.
            changesAcknowledged += runAndKill({QStringLiteral("passwd"), directory}).size();
            const bool opensWithA = Vault::open(directory, a, test::fastOptions()).has_value();
            const bool opensWithB = Vault::open(directory, b, test::fastOptions()).has_value();
            QVERIFY2(opensWithA != opensWithB,
                     qPrintable(QStringLiteral("round %1: A %2, B %3 (seed %4)")
                                    .arg(round)
                                    .arg(opensWithA)
                                    .arg(opensWithB)
                                    .arg(m_plan.seed)));
            // Put it back to A for the next child.
            if (opensWithB)
                QVERIFY(Vault::changePassphrase(directory, b, a, KdfParams::fastForTests()));
        }
        QVERIFY2(changesAcknowledged >= m_plan.rounds, "the kills came before any change was made");
        // Only the key file was ever rewritten.
        QVERIFY(db.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(db.readAll(), QCryptographicHash::Sha256), dbHash);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
