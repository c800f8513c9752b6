// The visit workspace on the large dataset: opening a visit with 500 findings in the real page
// (tree model, norm panel, findings panel, risk signals, interviews), offscreen. Needs the large
// vault that bench_vault generates and tops up (openVisitWith500Findings) first:
//
//   SCHOUW_BENCH_DIR=/var/tmp/schouw-bench build-bench/tests/bench/bench_vault
//   openVisitWith500Findings SCHOUW_BENCH_DIR=/var/tmp/schouw-bench QT_QPA_PLATFORM=offscreen
//   build-bench/tests/bench/bench_visitpage

#include "testvault.h"
#include "vault/observationrepository.h"
#include "vault/sqlite.h"
#include "vault/vault.h"
#include "vault/vaultsession.h"
#include "visitpage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace schouw;

class BenchVisitPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openVisitWith500Findings()
    {
        const QString dir =
            qEnvironmentVariable("SCHOUW_BENCH_DIR",
                                 QDir::tempPath() + QStringLiteral("/schouw-bench")) +
            QStringLiteral("/large");
        if (!Vault::exists(dir))
            QSKIP("no large vault: run bench_vault openVisitWith500Findings first");
        VaultOptions options = test::fastOptions();
        options.deferQuickCheck = true;
        VaultSession session(dir, options);
        QVERIFY(session.unlock(test::passphrase()));
        // The visit bench_vault topped up to 500 findings: the one with the most findings.
        auto chosen = session.vault().database().scalar(
            QStringLiteral("SELECT visit_id FROM observation WHERE deleted = 0 GROUP BY visit_id "
                           "HAVING count(*) = 500 LIMIT 1"));
        if (!chosen || chosen->isNull())
            QSKIP("no visit with exactly 500 findings: run bench_vault openVisitWith500Findings");
        const Id visitId = idFromText(chosen->toString());

        VisitPage page(session);
        page.resize(1280, 800);
        page.show();
        std::vector<double> ms;
        QElapsedTimer timer;
        for (int round = 0; round < 20; ++round) {
            page.clear();
            QCoreApplication::processEvents();
            timer.start();
            QVERIFY(page.openVisit(visitId));
            // Until the page has painted once with the visit in it.
            page.repaint();
            ms.push_back(timer.nsecsElapsed() / 1e6);
        }
        std::sort(ms.begin(), ms.end());
        qInfo("open a visit with 500 findings in the visit page (offscreen, incl. one paint): "
              "median %.1f ms, max %.1f ms",
              ms.at(ms.size() / 2), ms.back());
        session.lock();
    }
};

QTEST_MAIN(BenchVisitPage)
#include "bench_visitpage.moc"
