// The provider list model over a real vault: keyset paging a page at a time, the search filter,
// emptying on lock, and QAbstractItemModelTester's checks throughout.

#include "providerlistmodel.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;

class TestProviderListModel : public QObject
{
    Q_OBJECT

private:
    static constexpr int ProviderCount = 450; // more than two pages of 200

    static void fetchAll(ProviderListModel &model)
    {
        for (int guard = 0; model.canFetchMore({}) && guard < 100; ++guard)
            model.fetchMore({});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<VaultSession> m_session;
    QList<Provider> m_providers;
    Provider m_signalled;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session =
            std::make_unique<VaultSession>(m_dir.filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(m_session->create(passphrase()));
        m_providers = numberedProviders(ProviderCount, QStringLiteral("Zorgaanbieder"));
        QVERIFY(insertProviders(m_session->vault(), m_providers));

        // Risk signals: two open and one closed on one provider.
        m_signalled = m_providers.at(7);
        ProviderRepository repository(m_session->vault());
        for (bool open : {true, true, false}) {
            RiskSignal signal;
            signal.id = newId();
            signal.providerId = m_signalled.id;
            signal.date = QDate(2025, 3, 1);
            signal.text = QStringLiteral("Melding");
            signal.open = open;
            QVERIFY(repository.addRiskSignal(signal));
        }
    }

    void init()
    {
        if (!m_session->isUnlocked())
            QVERIFY(m_session->unlock(passphrase()));
    }

    void emptyUntilReloaded()
    {
        ProviderListModel model(*m_session);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(ProviderListModel::ColumnCount));
        QCOMPARE(model.headerData(ProviderListModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
    }

    void fetchesPageByPage()
    {
        ProviderListModel model(*m_session);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.reload();
        QCOMPARE(model.totalCount(), ProviderCount);
        QCOMPARE(model.rowCount(), 200);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.isComplete());

        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ProviderCount);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isComplete());
        QCOMPARE(inserted.count(), 3);
        QCOMPARE(inserted.at(1).at(1).toInt(), 200);
        QCOMPARE(inserted.at(1).at(2).toInt(), 399);

        // In name order, each provider exactly once across the page boundaries.
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QString name = model.index(row, ProviderListModel::NameColumn).data().toString();
            QCOMPARE(name, QStringLiteral("Zorgaanbieder %1").arg(row, 3, 10, QLatin1Char('0')));
            seen.insert(model.index(row, 0).data(ProviderListModel::IdRole).toUuid().toString());
        }
        QCOMPARE(seen.size(), ProviderCount);
        model.fetchMore({}); // at the end: nothing happens
        QCOMPARE(model.rowCount(), ProviderCount);
    }

    void pageSizeIsAdjustable()
    {
        ProviderListModel model(*m_session);
        model.setPageSize(100);
        model.reload();
        QCOMPARE(model.rowCount(), 100);
        fetchAll(model);
        QCOMPARE(model.rowCount(), ProviderCount);
    }

    void columnsShowTheSummary()
    {
        ProviderListModel model(*m_session);
        model.reload();
        const int row = 7; // names sort in insertion order
        QCOMPARE(model.index(row, ProviderListModel::NameColumn).data().toString(),
                 m_signalled.name);
        // The translated label, capitalised for the column.
        QString sector = label(m_signalled.sector);
        sector[0] = sector.at(0).toUpper();
        QCOMPARE(model.index(row, ProviderListModel::SectorColumn).data().toString(), sector);
        QCOMPARE(model.index(row, ProviderListModel::CityColumn).data().toString(),
                 m_signalled.city);
        QCOMPARE(model.index(row, ProviderListModel::OpenSignalsColumn).data().toInt(), 2);
        QCOMPARE(model.index(row + 1, ProviderListModel::OpenSignalsColumn).data().toInt(), 0);
    }

    void filterNarrows()
    {
        ProviderListModel model(*m_session);
        model.reload();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setFilter(QStringLiteral("utrecht"));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.matchingCount(), ProviderCount / 5); // known before all rows are fetched
        fetchAll(model);
        QCOMPARE(model.rowCount(), ProviderCount / 5);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ProviderListModel::CityColumn).data().toString(),
                     QStringLiteral("Utrecht"));
        QCOMPARE(model.totalCount(), ProviderCount); // the count of all stays for the status line

        // Every word must match: Utrecht and names starting with "Zorgaanbieder 01".
        model.setFilter(QStringLiteral("Utr 01"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), 2); // 011 and 016
        QCOMPARE(model.matchingCount(), 2);
        model.setFilter(QStringLiteral("rotterdam"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(model.isComplete());

        model.setFilter(QString());
        QCOMPARE(model.rowCount(), 200);
    }

    void queryBySectorAndOpenSignals()
    {
        ProviderListModel model(*m_session);
        model.reload();
        ProviderQuery query;
        query.openSignalsOnly = true;
        model.setQuery(query);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ProviderListModel::NameColumn).data().toString(), m_signalled.name);
        QCOMPARE(model.matchingCount(), 1);

        query.openSignalsOnly = false;
        query.sector = m_signalled.sector;
        model.setQuery(query);
        fetchAll(model);
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ProviderListModel::SectorColumn).data().toString(),
                     ProviderListModel::sectorDisplayName(*query.sector));
        const Sector other =
            m_signalled.sector == Sector::YouthCare ? Sector::HomeCare : Sector::YouthCare;
        query.sector = other;
        model.setQuery(query);
        fetchAll(model);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, ProviderListModel::SectorColumn).data().toString(),
                     ProviderListModel::sectorDisplayName(other));
        QCOMPARE(model.matchingCount(), model.rowCount());
        QVERIFY(model.matchingCount() < ProviderCount);

        // The search text stays part of the query when the sector changes.
        model.setFilter(QStringLiteral("nergens"));
        QCOMPARE(model.query().sector, std::optional<Sector>(other));
        QCOMPARE(model.rowCount(), 0);
        m_session->lock();
        QVERIFY(model.query().isEmpty());
    }

    void emptiedOnLock()
    {
        ProviderListModel model(*m_session);
        model.reload();
        QVERIFY(model.rowCount() > 0);
        QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
        bool emptyBeforeVaultClosed = false;
        connect(m_session.get(), &VaultSession::aboutToLock, this,
                [&] { emptyBeforeVaultClosed = model.rowCount() == 0; });
        m_session->lock();
        QVERIFY(emptyBeforeVaultClosed);
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.fetchMore({}); // a view asking anyway is harmless
        QCOMPARE(model.rowCount(), 0);
        model.reload(); // still locked: stays empty
        QCOMPARE(model.rowCount(), 0);
        disconnect(m_session.get(), &VaultSession::aboutToLock, this, nullptr);

        QVERIFY(m_session->unlock(passphrase()));
        QCOMPARE(model.rowCount(), 0); // nothing loads until asked
        model.reload();
        QCOMPARE(model.rowCount(), 200);
    }

    void passesTheModelTester()
    {
        ProviderListModel model(*m_session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        fetchAll(model);
        QCOMPARE(model.rowCount(), ProviderCount);
        model.setFilter(QStringLiteral("zwolle"));
        fetchAll(model);
        QCOMPARE(model.rowCount(), ProviderCount / 5);
        model.setFilter(QStringLiteral("nergens"));
        model.setFilter(QString());
        m_session->lock();
        QCOMPARE(model.rowCount(), 0);
    }

    void aViewLoadsMoreAsItScrolls()
    {
        ProviderListModel model(*m_session);
        model.reload();
        QTableView view;
        view.setModel(&model);
        view.resize(600, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(model.rowCount(), 200); // no more than the first page while at the top
        view.scrollToBottom();
        QTRY_VERIFY(model.rowCount() > 200);
    }

    void sortsByCityAcrossPages()
    {
        ProviderListModel model(*m_session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reload();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.sort(ProviderListModel::CityColumn);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.sortOrder(), ProviderSort::City);
        QCOMPARE(model.rowCount(), 200); // still a page at a time
        fetchAll(model);
        QCOMPARE(model.rowCount(), ProviderCount);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            seen.insert(model.index(row, 0).data(ProviderListModel::IdRole).toUuid().toString());
            if (row == 0)
                continue;
            const QString city = model.index(row, ProviderListModel::CityColumn).data().toString();
            const QString before =
                model.index(row - 1, ProviderListModel::CityColumn).data().toString();
            const QString name = model.index(row, ProviderListModel::NameColumn).data().toString();
            const QString nameBefore =
                model.index(row - 1, ProviderListModel::NameColumn).data().toString();
            QVERIFY(before < city || (before == city && nameBefore < name));
        }
        QCOMPARE(seen.size(), ProviderCount);
        QCOMPARE(model.index(0, ProviderListModel::CityColumn).data().toString(),
                 QStringLiteral("Amsterdam"));

        // Sorting by a column without an order changes nothing.
        model.sort(ProviderListModel::SectorColumn);
        QCOMPARE(model.sortOrder(), ProviderSort::City);
        QCOMPARE(resets.count(), 1);
    }

    void sortByOpenSignalsKeepsThroughSearchAndResetsOnLock()
    {
        ProviderListModel model(*m_session);
        model.reload();
        model.sort(ProviderListModel::OpenSignalsColumn, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ProviderListModel::NameColumn).data().toString(), m_signalled.name);
        QCOMPARE(model.index(0, ProviderListModel::OpenSignalsColumn).data().toInt(), 2);
        // Then by name among the providers without open signals.
        QCOMPARE(model.index(1, ProviderListModel::NameColumn).data().toString(),
                 m_providers.at(0).name);

        // The order stays when the search and the filters change.
        model.setFilter(QStringLiteral("zorgaanbieder"));
        QCOMPARE(model.sortOrder(), ProviderSort::OpenSignals);
        QCOMPARE(model.index(0, ProviderListModel::NameColumn).data().toString(), m_signalled.name);
        ProviderQuery query = model.query();
        query.sector = m_signalled.sector;
        model.setQuery(query);
        QCOMPARE(model.sortOrder(), ProviderSort::OpenSignals);
        QCOMPARE(model.index(0, ProviderListModel::NameColumn).data().toString(), m_signalled.name);

        // A view's header sorts through the model, and lock forgets the order.
        QTableView view;
        view.setModel(&model);
        view.sortByColumn(ProviderListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(model.sortOrder(), ProviderSort::Name);
        model.setSort(ProviderSort::City);
        m_session->lock();
        QCOMPARE(model.sortOrder(), ProviderSort::Name);
        QVERIFY(m_session->unlock(passphrase()));
        model.reload();
        QCOMPARE(model.index(0, ProviderListModel::NameColumn).data().toString(),
                 m_providers.at(0).name);
    }
};

QTEST_MAIN(TestProviderListModel)
#include "tst_providerlistmodel.moc"
