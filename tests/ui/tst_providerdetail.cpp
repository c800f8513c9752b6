// The provider detail beside the list, over a real vault: locations, risk signals with their
// labels, past visits with judgement counts; "Start visit" and opening a visit carry the right
// ids; selecting in the list shows a provider; everything is cleared on lock. Also the list's
// sorting through the workspace's header and "Sort by" box. With SCHOUW_SCREENSHOT_DIR set, one
// more function renders the workspace with the demo data to PNG for a person to look at.

#include "demo/demogenerator.h"
#include "domain/vocabulary.h"
#include "providerdetailview.h"
#include "providerlistmodel.h"
#include "registerimportdialog.h"
#include "testdata.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/frameworkrepository.h"
#include "vault/judgementrepository.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"
#include "workspacepage.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;

namespace {

QStringList itemTexts(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestProviderDetail : public QObject
{
    Q_OBJECT

private:
    template<typename T> T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<VaultSession> m_session;
    QList<Provider> m_providers;
    Provider m_provider; // with locations, signals and visits
    Id m_finishedVisit;
    Id m_openVisit;
    Framework m_framework;

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_session =
            std::make_unique<VaultSession>(m_dir.filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(m_session->create(passphrase()));
        m_providers = numberedProviders(30, QStringLiteral("Zorgaanbieder"));
        QVERIFY(insertProviders(m_session->vault(), m_providers));
        m_provider = m_providers.at(4);
        Vault &vault = m_session->vault();

        ProviderRepository providers(vault);
        QVERIFY(providers.addLocation({newId(), m_provider.id, QStringLiteral("Huize De Linde"),
                                       QStringLiteral("Lindelaan"), QStringLiteral("12"),
                                       QStringLiteral("1234 AB"), QStringLiteral("Utrecht")}));
        QVERIFY(providers.addLocation({newId(),
                                       m_provider.id,
                                       QStringLiteral("De Eik"),
                                       {},
                                       {},
                                       {},
                                       QStringLiteral("Zeist")}));
        QVERIFY(providers.addRiskSignal({newId(), m_provider.id, SignalSource::Complaint,
                                         QDate(2026, 2, 3), 3,
                                         QStringLiteral("Klacht over medicatie"), true}));
        QVERIFY(providers.addRiskSignal(
            {newId(), m_provider.id, SignalSource::Media, QDate(2025, 11, 20), 1,
             QStringLiteral("Krantenartikel personeelstekort"), false}));

        m_framework = test::sampleFramework();
        QVERIFY(FrameworkRepository(vault).add(m_framework));

        VisitRepository visits(vault);
        Visit finished;
        finished.id = m_finishedVisit = newId();
        finished.providerId = m_provider.id;
        finished.frameworkId = m_framework.id;
        finished.type = VisitType::Announced;
        finished.startedAt = QDateTime(QDate(2025, 10, 6), QTime(9, 0), Qt::UTC);
        finished.endedAt = QDateTime(QDate(2025, 10, 6), QTime(16, 0), Qt::UTC);
        QVERIFY(visits.add(finished));
        Visit underWay = finished;
        underWay.id = m_openVisit = newId();
        underWay.type = VisitType::Unannounced;
        underWay.startedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 30), Qt::UTC);
        underWay.endedAt = QDateTime();
        QVERIFY(visits.add(underWay));

        // The finished visit: three norms judged (two "meets", one "does not meet").
        JudgementRepository judgements(vault);
        const QDateTime at(QDate(2025, 10, 6), QTime(12, 0), Qt::UTC);
        const Id author = newId();
        QVERIFY(judgements.setValue(
            m_finishedVisit, FrameworkRepository::normId(m_framework.id, QStringLiteral("1.1")),
            Judgement::Meets, author, at));
        QVERIFY(judgements.setValue(
            m_finishedVisit, FrameworkRepository::normId(m_framework.id, QStringLiteral("1.2")),
            Judgement::Meets, author, at));
        QVERIFY(judgements.setValue(
            m_finishedVisit, FrameworkRepository::normId(m_framework.id, QStringLiteral("2.1")),
            Judgement::DoesNotMeet, author, at));
    }

    void init()
    {
        if (!m_session->isUnlocked())
            QVERIFY(m_session->unlock(passphrase()));
    }

    void showsLocationsSignalsAndVisits()
    {
        ProviderDetailView detail(*m_session);
        auto *pages = child<QStackedWidget>(&detail, "pages");
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("placeholderPage"));
        detail.showProvider(m_provider.id);
        QCOMPARE(detail.providerId(), m_provider.id);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("detailPage"));
        QCOMPARE(child<QLabel>(&detail, "nameLabel")->text(), m_provider.name);
        const QString meta = child<QLabel>(&detail, "metaLabel")->text();
        QVERIFY2(meta.contains(m_provider.kvkNumber), qPrintable(meta));
        QVERIFY(meta.contains(ProviderListModel::sectorDisplayName(m_provider.sector)));

        // Locations by name, each with its address; missing parts are left out.
        const QStringList locations = itemTexts(child<QListWidget>(&detail, "locationList"));
        QCOMPARE(locations,
                 (QStringList {QStringLiteral("De Eik\nZeist"),
                               QStringLiteral("Huize De Linde\nLindelaan 12, 1234 AB Utrecht")}));

        // Signals: the open one first, with the source label, severity and state.
        const QStringList signalTexts = itemTexts(child<QListWidget>(&detail, "signalList"));
        QCOMPARE(signalTexts.size(), 2);
        QVERIFY2(signalTexts.at(0).contains(label(SignalSource::Complaint)),
                 qPrintable(signalTexts.at(0)));
        QVERIFY(signalTexts.at(0).contains(QStringLiteral("Severity: high")));
        QVERIFY(signalTexts.at(0).contains(QStringLiteral("Open")));
        QVERIFY(signalTexts.at(0).endsWith(QStringLiteral("\nKlacht over medicatie")));
        QVERIFY(signalTexts.at(1).contains(label(SignalSource::Media)));
        QVERIFY(signalTexts.at(1).contains(QStringLiteral("Severity: low")));
        QVERIFY(signalTexts.at(1).contains(QStringLiteral("Closed")));
        QCOMPARE(child<QLabel>(&detail, "signalsHeading")->text(),
                 QStringLiteral("Risk signals (1 open, 1 closed)"));

        // Visits, newest first: type, framework code and version, state, judgement counts.
        auto *visitList = child<QListWidget>(&detail, "visitList");
        const QStringList visitTexts = itemTexts(visitList);
        QCOMPARE(visitTexts.size(), 2);
        QVERIFY2(visitTexts.at(0).contains(label(VisitType::Unannounced)),
                 qPrintable(visitTexts.at(0)));
        QVERIFY(visitTexts.at(0).contains(QStringLiteral("VV 2026.1")));
        QVERIFY(visitTexts.at(0).contains(QStringLiteral("Under way")));
        QVERIFY(visitTexts.at(0).contains(QStringLiteral("0 of 6 norms judged")));
        QVERIFY2(visitTexts.at(1).contains(QStringLiteral("Finished")),
                 qPrintable(visitTexts.at(1)));
        QVERIFY(visitTexts.at(1).contains(QStringLiteral("3 of 6 norms judged")));
        QVERIFY(visitTexts.at(1).contains(label(Judgement::Meets) + QStringLiteral(": 2")));
        QVERIFY(visitTexts.at(1).contains(label(Judgement::DoesNotMeet) + QStringLiteral(": 1")));

        // A provider without any of them says so instead of showing empty boxes.
        detail.showProvider(m_providers.at(0).id);
        QCOMPARE(child<QLabel>(&detail, "nameLabel")->text(), m_providers.at(0).name);
        QCOMPARE(itemTexts(child<QListWidget>(&detail, "visitList")),
                 QStringList {QStringLiteral("No visits yet.")});
        QCOMPARE(child<QListWidget>(&detail, "visitList")->item(0)->flags(), Qt::NoItemFlags);

        detail.showProvider(newId()); // unknown: back to the placeholder
        QVERIFY(detail.providerId().isNull());
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("placeholderPage"));
    }

    void startAndOpenVisitCarryIds()
    {
        ProviderListModel model(*m_session);
        WorkspacePage page(model);
        page.resize(1100, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        model.reload();
        ProviderDetailView *detail = page.detailView();
        QVERIFY(detail);
        QSignalSpy started(&page, &WorkspacePage::startVisitRequested);
        QSignalSpy opened(&page, &WorkspacePage::openVisitRequested);

        auto *button = child<QPushButton>(detail, "startVisitButton");
        QVERIFY(!button->isEnabled()); // nothing shown yet
        detail->showProvider(m_provider.id);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.at(0).at(0).value<Id>(), m_provider.id);
        // Ctrl+N from anywhere on the page.
        QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(started.count(), 2); // a shortcut animates the click
        QCOMPARE(started.at(1).at(0).value<Id>(), m_provider.id);

        // Enter on a past visit opens it; so does a double-click.
        auto *visitList = child<QListWidget>(detail, "visitList");
        visitList->setFocus();
        visitList->setCurrentRow(1);
        QTest::keyClick(visitList, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).value<Id>(), m_finishedVisit);
        const QRect rect = visitList->visualItemRect(visitList->item(0));
        QTest::mouseClick(visitList->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(visitList->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(opened.count(), 2);
        QCOMPARE(opened.at(1).at(0).value<Id>(), m_openVisit);
    }

    void selectingInTheListShowsTheProvider()
    {
        ProviderListModel model(*m_session);
        WorkspacePage page(model);
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model.reload();
        auto *table = child<QTableView>(&page, "providerTable");
        table->setFocus();
        table->setCurrentIndex(model.index(4, 0));
        QCOMPARE(page.detailView()->providerId(), m_provider.id);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(page.detailView()->providerId(), m_providers.at(5).id);
        QTest::keyClick(table, Qt::Key_Up);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(page.detailView()->providerId(), m_provider.id);

        // Reset (on lock) clears it.
        page.reset();
        QVERIFY(page.detailView()->providerId().isNull());
    }

    void clearedOnLock()
    {
        ProviderListModel model(*m_session);
        WorkspacePage page(model);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model.reload();
        page.detailView()->showProvider(m_provider.id);
        QVERIFY(shownTexts().contains(m_provider.name));
        m_session->lock();
        // The view clears itself on aboutToLock, before WorkspacePage::reset() runs.
        QVERIFY(page.detailView()->providerId().isNull());
        QVERIFY(leakedNames({m_provider}).isEmpty());
        const QStringList texts = shownTexts();
        for (const QString &secret : {QStringLiteral("Klacht over medicatie"),
                                      QStringLiteral("Lindelaan"), QStringLiteral("VV 2026.1")})
            for (const QString &text : texts)
                QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY(!child<QPushButton>(page.detailView(), "startVisitButton")->isEnabled());
        // Nothing to show while locked.
        page.detailView()->showProvider(m_provider.id);
        QVERIFY(page.detailView()->providerId().isNull());
    }

    void headerAndSortBoxSortTheList()
    {
        ProviderListModel model(*m_session);
        WorkspacePage page(model);
        page.setSearchDelay(std::chrono::milliseconds(0));
        page.resize(1100, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model.reload();
        auto *table = child<QTableView>(&page, "providerTable");
        auto *sortCombo = child<QComboBox>(&page, "sortCombo");
        QHeaderView *header = table->horizontalHeader();
        QCOMPARE(header->sortIndicatorSection(), int(ProviderListModel::NameColumn));

        const auto clickHeader = [&](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        };
        clickHeader(ProviderListModel::CityColumn);
        QCOMPARE(model.sortOrder(), ProviderSort::City);
        QCOMPARE(sortCombo->currentData().toInt(), int(ProviderSort::City));
        QCOMPARE(header->sortIndicatorSection(), int(ProviderListModel::CityColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        clickHeader(ProviderListModel::CityColumn); // one direction only: stays A-Z
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
        clickHeader(ProviderListModel::SectorColumn); // no order: the indicator stays on city
        QCOMPARE(model.sortOrder(), ProviderSort::City);
        QCOMPARE(header->sortIndicatorSection(), int(ProviderListModel::CityColumn));

        // The keyboard way: the "Sort by" box.
        sortCombo->setFocus();
        QTest::keyClick(sortCombo, Qt::Key_Down);
        QCOMPARE(model.sortOrder(), ProviderSort::OpenSignals);
        QCOMPARE(header->sortIndicatorSection(), int(ProviderListModel::OpenSignalsColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);

        // Searching keeps the order; reset (lock) goes back to names.
        auto *search = child<QLineEdit>(&page, "searchEdit");
        QTest::keyClicks(search, QStringLiteral("zorg"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(model.filter(), QStringLiteral("zorg"));
        QCOMPARE(model.sortOrder(), ProviderSort::OpenSignals);
        QCOMPARE(model.index(0, ProviderListModel::NameColumn).data().toString(),
                 m_provider.name); // the only provider with an open signal
        m_session->lock();
        page.reset();
        QCOMPARE(sortCombo->currentData().toInt(), int(ProviderSort::Name));
        QCOMPARE(header->sortIndicatorSection(), int(ProviderListModel::NameColumn));
        QCOMPARE(model.sortOrder(), ProviderSort::Name);
    }

    // Not a check: renders the workspace with the small demo dataset for a person to look at.
    void screenshot()
    {
        const QString directory = qEnvironmentVariable("SCHOUW_SCREENSHOT_DIR");
        if (directory.isEmpty())
            QSKIP("set SCHOUW_SCREENSHOT_DIR to render the workspace to PNG");
        QVERIFY(QDir().mkpath(directory));
        QTemporaryDir dir;
        VaultSession session(dir.filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(session.create(passphrase()));
        auto generated = DemoGenerator(session.vault(), DemoProfile::Small, 20260105).run();
        QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().detail));
        ProviderListModel model(session);
        WorkspacePage page(model);
        page.resize(1280, 760);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model.reload();
        // The provider with the most open signals, as an inspector would pick it.
        auto *sortCombo = child<QComboBox>(&page, "sortCombo");
        sortCombo->setCurrentIndex(sortCombo->findData(int(ProviderSort::OpenSignals)));
        // The first provider with past visits among those with the most open signals.
        auto *table = child<QTableView>(&page, "providerTable");
        int row = 0;
        VisitRepository visits(session.vault());
        while (row + 1 < model.rowCount() &&
               visits.forProvider(model.index(row, 0).data(ProviderListModel::IdRole).toUuid())
                   ->isEmpty())
            ++row;
        table->setCurrentIndex(model.index(row, 0));
        table->scrollTo(model.index(row, 0));
        QVERIFY(!page.detailView()->providerId().isNull());
        QTest::qWait(50);
        QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("provider-detail.png"))));

        // The register import with a line that has problems.
        const QString csv = dir.filePath(QStringLiteral("register.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kvk_number,name,sector,city,postcode\n"
                   "23456789,Thuiszorg De Vaart,home_care,Zwolle,8011 AA\n"
                   "3456789,Zorggroep Te Kort,nursing_care,Zwolle,8011 AA\n"
                   "45678901,GGZ Rivierduinen,ggz,Leiden,2311 AB\n"
                   "56789012,Onbekende Sector,ruimtevaart,Ede,6711 AA\n");
        file.close();
        auto *dialog = qobject_cast<RegisterImportDialog *>(page.openRegisterImport());
        QVERIFY(dialog);
        dialog->setFilePath(csv);
        QTest::qWait(50);
        QVERIFY(
            dialog->grab().save(QDir(directory).filePath(QStringLiteral("register-import.png"))));
        dialog->close();
        session.lock();
    }
};

QTEST_MAIN(TestProviderDetail)
#include "tst_providerdetail.moc"
