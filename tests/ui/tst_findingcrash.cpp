// "Kill the client process while it saves findings; everything acknowledged is there." A child
// process (findingcrashchild) runs the real findings panel and types into it; each autosave it
// acknowledges on stdout. The test SIGKILLs it at random moments, reopens the vault and checks,
// for every acknowledged finding, that the stored text is at least as long as acknowledged and
// a prefix of what was being typed (never garbled, never older than acknowledged). 20 rounds by
// default; SCHOUW_CRASH_ROUNDS sets more, SCHOUW_CRASH_SEED replays a run.

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
    int m_rounds = 20;
    quint32 m_seed = 0;
    QRandomGenerator m_random;

    // Runs the child until it has acknowledged a few saves (or time is up), then waits a random
    // moment more and SIGKILLs it. Returns its complete stdout lines.
    QStringList runAndKill(const QStringList &arguments)
    {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(FINDINGCRASHCHILD_PATH), arguments);
        if (!child.waitForStarted())
            qFatal("findingcrashchild did not start");
        const int wantedAcks = static_cast<int>(m_random.bounded(1, 5));
        const int extraMs = static_cast<int>(m_random.bounded(0, 500));
        QElapsedTimer timer;
        timer.start();
        QByteArray output;
        while (output.count('\n') < wantedAcks && timer.elapsed() < 8000 &&
               child.state() == QProcess::Running) {
            child.waitForReadyRead(50);
            output += child.readAllStandardOutput();
        }
        timer.restart();
        while (timer.elapsed() < extraMs && child.state() == QProcess::Running) {
            child.waitForReadyRead(std::max<int>(1, extraMs - static_cast<int>(timer.elapsed())));
            output += child.readAllStandardOutput();
        }
        child.kill(); // SIGKILL: no destructors, no flush on close
        child.waitForFinished();
        output += child.readAllStandardOutput();
        const QByteArray errors = child.readAllStandardError();
        if (!errors.isEmpty())
            qWarning("findingcrashchild: %s", errors.constData());
        // A line without its newline was cut by the kill mid-write: not an acknowledgement.
        QStringList lines = QString::fromLatin1(output).split(QLatin1Char('\n'));
        lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        const int rounds = qEnvironmentVariableIntValue("SCHOUW_CRASH_ROUNDS", &ok);
        if (ok && rounds > 0)
            m_rounds = rounds;
        m_seed = static_cast<quint32>(qEnvironmentVariableIntValue("SCHOUW_CRASH_SEED", &ok));
        if (!ok)
            m_seed = QRandomGenerator::global()->generate();
        m_random.seed(m_seed);
        qInfo("crash rounds: %d, seed: %u (SCHOUW_CRASH_SEED replays it)", m_rounds, m_seed);
    }

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
        for (int round = 0; round < m_rounds; ++round) {
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
                                        .arg(m_seed)));
                const QString text = (*found)->text;
                QVERIFY2(text.size() >= it.value(),
                         qPrintable(QStringLiteral("round %1: %2 chars stored, %3 acknowledged "
                                                   "(seed %4)")
                                        .arg(round)
                                        .arg(text.size())
                                        .arg(it.value())
                                        .arg(m_seed)));
                QVERIFY2(Typed.startsWith(text),
                         qPrintable(QStringLiteral("round %1: stored text is not what was typed "
                                                   "(seed %2)")
                                        .arg(round)
                                        .arg(m_seed)));
            }
            auto report = temp.vault().checkIntegrity();
            QVERIFY(report);
            QVERIFY2(report->ok, qPrintable(report->problems.join(u'\n')));
            temp.close();
        }
        // The kills must land while saves are going on, or the test proves nothing.
        QVERIFY2(acknowledged >= m_rounds,
                 qPrintable(QStringLiteral("only %1 saves acknowledged").arg(acknowledged)));
        qInfo("%d saves acknowledged over %d kills", acknowledged, m_rounds);
    }
};

QTEST_GUILESS_MAIN(TestFindingCrash)
#include "tst_findingcrash.moc"
