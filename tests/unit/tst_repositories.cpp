#include "testdata.h"
#include "testvault.h"
#include "vault/attachmentrepository.h"
#include "vault/auditlog.h"
#include "vault/derivedtables.h"
#include "vault/frameworkrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/sqlite.h"
#include "vault/visitrepository.h"

#include <QBuffer>
#include <QTest>

using namespace schouw;

namespace {

Provider provider(const QString &name, const QString &city, const QString &postcode = {},
                  const QString &kvk = {})
{
    Provider p;
    p.id = newId();
    p.name = name;
    p.city = city;
    p.postcode = postcode;
    p.kvkNumber = kvk;
    return p;
}

QStringList names(const QList<ProviderSummary> &rows)
{
    QStringList result;
    for (const auto &row : rows)
        result << row.name;
    return result;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensFoldAccentsAndCase()
    {
        QCOMPARE(
            searchTokens(QStringLiteral("Zorggroep Élan-Oost, 1234 AB")),
            (QStringList {QStringLiteral("zorggroep"), QStringLiteral("elan"),
                          QStringLiteral("oost"), QStringLiteral("1234"), QStringLiteral("ab")}));
        QCOMPARE(sortKey(QStringLiteral("  Ésdoorn  Hof ")), QStringLiteral("esdoorn hof"));
    }

    void pagesWalkTheWholeListInOrder()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        {
            Transaction batch(temp.vault().database());
            for (int i = 0; i < 250; ++i)
                QVERIFY(providers.add(
                    provider(QStringLiteral("Zorgaanbieder %1").arg(i, 3, 10, QLatin1Char('0')),
                             QStringLiteral("Utrecht"))));
            QVERIFY(batch.commit());
        }
        QStringList seen;
        std::optional<ProviderRepository::PageCursor> cursor;
        for (;;) {
            auto page = providers.page(cursor, 100);
            QVERIFY(page);
            if (page->isEmpty())
                break;
            seen << names(*page);
            cursor = ProviderRepository::cursorAfter(page->last());
        }
        QCOMPARE(seen.size(), 250);
        QStringList sorted = seen;
        sorted.sort();
        QCOMPARE(seen, sorted);
    }

    void searchMatchesWordPrefixesAcrossFields()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        QVERIFY(
            providers.add(provider(QStringLiteral("Zorggroep De Linde"), QStringLiteral("Zwolle"),
                                   QStringLiteral("8011 AB"), QStringLiteral("12345678"))));
        QVERIFY(
            providers.add(provider(QStringLiteral("Stichting Élan Jeugdhulp"),
                                   QStringLiteral("'s-Hertogenbosch"), QStringLiteral("5211 KL"))));
        QVERIFY(providers.add(
            provider(QStringLiteral("Apotheek Het Anker"), QStringLiteral("Zwolle"))));
        const auto search = [&](const QString &filter) {
            return names(providers.page(std::nullopt, 50, filter).value());
        };
        QCOMPARE(search(QStringLiteral("lind")),
                 QStringList {QStringLiteral("Zorggroep De Linde")});
        QCOMPARE(search(QStringLiteral("ELAN")),
                 QStringList {QStringLiteral("Stichting Élan Jeugdhulp")});
        QCOMPARE(search(QStringLiteral("zwol")).size(), 2);
        QCOMPARE(providers.count(QStringLiteral("zwol")).value(), 2);
        QCOMPARE(providers.count(QStringLiteral("zwolle anker")).value(), 1);
        QCOMPARE(providers.count().value(), 3);
        QCOMPARE(search(QStringLiteral("zwolle anker")),
                 QStringList {QStringLiteral("Apotheek Het Anker")});
        QCOMPARE(search(QStringLiteral("8011ab")),
                 QStringList {QStringLiteral("Zorggroep De Linde")});
        QCOMPARE(search(QStringLiteral("1234567")),
                 QStringList {QStringLiteral("Zorggroep De Linde")});
        QCOMPARE(search(QStringLiteral("hertogenbosch")).size(), 1);
        QVERIFY(search(QStringLiteral("rotterdam")).isEmpty());
        QVERIFY(search(QStringLiteral("inde")).isEmpty()); // prefixes, not substrings
    }

    void tokensFollowUpdatesAndDeletes()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        Provider p = provider(QStringLiteral("Thuiszorg Rivierenland"), QStringLiteral("Tiel"));
        QVERIFY(providers.add(p));
        p.city = QStringLiteral("Culemborg");
        QVERIFY(providers.update(p));
        QVERIFY(providers.page(std::nullopt, 10, QStringLiteral("tiel"))->isEmpty());
        QCOMPARE(providers.page(std::nullopt, 10, QStringLiteral("culem"))->size(), 1);
        QVERIFY(providers.remove(p.id));
        QVERIFY(providers.page(std::nullopt, 10, QStringLiteral("culem"))->isEmpty());
        QVERIFY(providers.page(std::nullopt, 10)->isEmpty());
    }

    void openSignalsAreCounted()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        Provider p = provider(QStringLiteral("Verpleeghuis Het Baken"), QStringLiteral("Urk"));
        QVERIFY(providers.add(p));
        const Id closed = newId();
        QVERIFY(
            providers.addRiskSignal({newId(), p.id, SignalSource::IncidentReport, QDate(2026, 2, 1),
                                     3, QStringLiteral("Val met letsel"), true}));
        QVERIFY(providers.addRiskSignal({closed, p.id, SignalSource::Media, QDate(2026, 1, 1), 1,
                                         QStringLiteral("Artikel in de krant"), true}));
        QCOMPARE(providers.page(std::nullopt, 10)->first().openSignals, 2);
        QVERIFY(providers.setRiskSignalOpen(closed, false));
        QCOMPARE(providers.page(std::nullopt, 10)->first().openSignals, 1);
        QCOMPARE(providers.riskSignals(p.id)->size(), 2);
        QCOMPARE(providers.riskSignals(p.id)->first().severity, 3);
    }

    void sectorAndOpenSignalFiltersCombineWithSearch()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        Provider home = provider(QStringLiteral("Thuiszorg Zwolle"), QStringLiteral("Zwolle"));
        home.sector = Sector::HomeCare;
        Provider nursing = provider(QStringLiteral("Zorgcentrum Zwolle"), QStringLiteral("Zwolle"));
        Provider youth = provider(QStringLiteral("Jeugdhulp Zwolle"), QStringLiteral("Zwolle"));
        youth.sector = Sector::YouthCare;
        for (const Provider &p : {home, nursing, youth})
            QVERIFY(providers.add(p));
        const Id closed = newId();
        QVERIFY(providers.addRiskSignal({newId(), nursing.id, SignalSource::Complaint,
                                         QDate(2026, 2, 1), 2, QStringLiteral("Klacht"), true}));
        QVERIFY(providers.addRiskSignal({closed, youth.id, SignalSource::Media, QDate(2026, 2, 1),
                                         1, QStringLiteral("Artikel"), true}));
        QVERIFY(providers.setRiskSignalOpen(closed, false));

        ProviderQuery query(QStringLiteral("zwolle"));
        QCOMPARE(providers.count(query).value(), 3);
        query.sector = Sector::HomeCare;
        QCOMPARE(names(providers.page(std::nullopt, 10, query).value()), QStringList {home.name});
        QCOMPARE(providers.count(query).value(), 1);
        query.sector.reset();
        query.openSignalsOnly = true; // the youth provider's only signal is closed
        QCOMPARE(names(providers.page(std::nullopt, 10, query).value()),
                 QStringList {nursing.name});
        QCOMPARE(providers.count(query).value(), 1);
        query.text.clear();
        query.sector = Sector::YouthCare;
        QCOMPARE(providers.count(query).value(), 0);
        QVERIFY(providers.page(std::nullopt, 10, query)->isEmpty());
        QVERIFY(!query.isEmpty());
        QVERIFY(ProviderQuery().isEmpty());
    }

    // --- provider list sorting (ProviderSort) ---

    // Walks every page of a query with a small page size, so ties cross page boundaries.
    static QList<ProviderSummary> walk(ProviderRepository &providers, const ProviderQuery &query,
                                       int pageSize)
    {
        QList<ProviderSummary> rows;
        std::optional<ProviderRepository::PageCursor> cursor;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = providers.page(cursor, pageSize, query);
            if (!page || page->isEmpty())
                break;
            rows << *page;
            cursor = ProviderRepository::cursorAfter(page->constLast());
        }
        return rows;
    }

    void sortsByCityThenNameAcrossPages()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        const QStringList cities {QStringLiteral("Zwolle"), QStringLiteral("amsterdam"),
                                  QStringLiteral("Arnhem"), QStringLiteral("Utrecht"),
                                  QStringLiteral("Amsterdam")};
        {
            Transaction batch(temp.vault().database());
            for (int i = 0; i < 40; ++i)
                QVERIFY(providers.add(provider(
                    QStringLiteral("Zorgaanbieder %1").arg(39 - i, 2, 10, QLatin1Char('0')),
                    cities.at(i % cities.size()))));
            QVERIFY(batch.commit());
        }
        ProviderQuery query;
        query.sort = ProviderSort::City;
        QVERIFY(query.isEmpty()); // the order is not a filter
        const QList<ProviderSummary> rows = walk(providers, query, 3);
        QCOMPARE(rows.size(), 40);
        QSet<Id> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            seen.insert(rows.at(i).id);
            if (i == 0)
                continue;
            const ProviderSummary &before = rows.at(i - 1);
            const ProviderSummary &row = rows.at(i);
            const int byCity = QString::compare(before.city, row.city, Qt::CaseInsensitive);
            QVERIFY2(
                byCity < 0 || (byCity == 0 && before.name < row.name),
                qPrintable(before.city + u' ' + before.name + u'/' + row.city + u' ' + row.name));
        }
        QCOMPARE(seen.size(), 40);
        // "amsterdam" and "Amsterdam" are one city: by name across both spellings.
        QCOMPARE(rows.first().city.toLower(), QStringLiteral("amsterdam"));
        QCOMPARE(rows.first().name, QStringLiteral("Zorgaanbieder 00"));
        QCOMPARE(rows.last().city, QStringLiteral("Zwolle"));
    }

    void sortsByOpenSignalsMostFirstAcrossPages()
    {
        test::TempVault temp;
        ProviderRepository providers(temp.vault());
        QList<Provider> all;
        {
            Transaction batch(temp.vault().database());
            for (int i = 0; i < 30; ++i) {
                all << provider(QStringLiteral("Aanbieder %1").arg(i, 2, 10, QLatin1Char('0')),
                                QStringLiteral("Tiel"));
                QVERIFY(providers.add(all.last()));
                // i % 4 open signals, and one closed signal on every third provider.
                for (int s = 0; s < i % 4; ++s)
                    QVERIFY(providers.addRiskSignal(
                        {newId(), all.last().id, SignalSource::IncidentReport,
                         QDate(2026, 1, 1 + s), 2, QStringLiteral("Melding"), true}));
                if (i % 3 == 0)
                    QVERIFY(providers.addRiskSignal({newId(), all.last().id, SignalSource::Media,
                                                     QDate(2026, 1, 1), 1,
                                                     QStringLiteral("Artikel"), false}));
            }
            QVERIFY(batch.commit());
        }
        ProviderQuery query;
        query.sort = ProviderSort::OpenSignals;
        const QList<ProviderSummary> rows = walk(providers, query, 4);
        QCOMPARE(rows.size(), 30);
        QSet<Id> seen;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            seen.insert(rows.at(i).id);
            if (i == 0)
                continue;
            const ProviderSummary &before = rows.at(i - 1);
            const ProviderSummary &row = rows.at(i);
            QVERIFY(before.openSignals > row.openSignals ||
                    (before.openSignals == row.openSignals && before.name < row.name));
        }
        QCOMPARE(seen.size(), 30);
        QCOMPARE(rows.first().openSignals, 3);
        QCOMPARE(rows.first().name, QStringLiteral("Aanbieder 03"));
        QCOMPARE(rows.last().openSignals, 0);
        QCOMPARE(rows.last().name, QStringLiteral("Aanbieder 28"));

        // The order combines with the filters and the search.
        query.openSignalsOnly = true;
        query.text = QStringLiteral("tiel");
        const QList<ProviderSummary> open = walk(providers, query, 5);
        QCOMPARE(open.size(), 22); // 30 less the eight with i % 4 == 0
        QCOMPARE(providers.count(query).value(), 22);
        QCOMPARE(open.first().openSignals, 3);
        QCOMPARE(open.last().openSignals, 1);
        query.sort = ProviderSort::Name;
        QCOMPARE(walk(providers, query, 5).first().name, QStringLiteral("Aanbieder 01"));
    }
    // --- end of provider list sorting ---

    void frameworkUnpacksThemesAndNormsWithStableIds()
    {
        test::TempVault temp;
        Framework fw = test::sampleFramework();
        fw.sectors = {Sector::NursingAndCare, Sector::HomeCare};
        FrameworkRepository frameworks(temp.vault());
        QVERIFY(frameworks.add(fw));
        auto found = frameworks.find(fw.id);
        QVERIFY(found && found->has_value());
        const Framework &read = **found;
        QCOMPARE(read.sectors, fw.sectors);
        QCOMPARE(read.themes.size(), 2);
        QCOMPARE(read.themes.at(1).norms.size(), 3);
        QCOMPARE(read.themes.at(1).norms.at(2).code, QStringLiteral("2.3"));
        QCOMPARE(read.themes.at(1).norms.at(2).id,
                 FrameworkRepository::normId(fw.id, QStringLiteral("2.3")));
        // Immutable: the same code and version cannot be imported twice.
        Framework again = fw;
        again.id = newId();
        QCOMPARE(frameworks.add(again).error().code, ErrorCode::InvalidInput);
        QCOMPARE(frameworks.count().value(), 1);
    }

    void observationsLinkToNorms()
    {
        test::TempVault temp;
        Provider p = provider(QStringLiteral("Kliniek"), QStringLiteral("Ede"));
        QVERIFY(ProviderRepository(temp.vault()).add(p));
        Visit visit;
        visit.id = newId();
        visit.providerId = p.id;
        visit.startedAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
        QVERIFY(VisitRepository(temp.vault()).add(visit));
        const Id normA = newId();
        const Id normB = newId();
        ObservationRepository observations(temp.vault());
        Observation o;
        o.id = newId();
        o.visitId = visit.id;
        o.text = QStringLiteral("Geen actueel medicatieoverzicht.");
        o.observedAt = QDateTime(QDate(2026, 3, 2), QTime(10, 15), Qt::UTC);
        o.normIds = {normA, normB};
        QVERIFY(observations.add(o));
        QCOMPARE(observations.forNorm(visit.id, normB)->size(), 1);
        QVERIFY(observations.linkNorms(o.id, {normA}));
        QVERIFY(observations.forNorm(visit.id, normB)->isEmpty());
        auto read = observations.find(o.id);
        QCOMPARE((*read)->normIds, QList<Id> {normA});
        QCOMPARE((*read)->observedAt, o.observedAt);
        QCOMPARE(VisitRepository(temp.vault()).find(visit.id).value()->startedAt, visit.startedAt);
    }

    void attachmentsRoundTripInChunks()
    {
        test::TempVault temp;
        QByteArray content;
        for (int i = 0; i < 600'000; ++i)
            content.append(static_cast<char>((i * 131) % 251));
        QBuffer in(&content);
        in.open(QIODevice::ReadOnly);
        Attachment a;
        a.id = newId();
        a.ownerId = newId();
        a.fileName = QStringLiteral("medicijnkar.jpg");
        a.mimeType = QStringLiteral("image/jpeg");
        AttachmentRepository attachments(temp.vault());
        auto stored = attachments.add(a, in);
        QVERIFY(stored);
        QCOMPARE(stored->size, content.size());
        QCOMPARE(temp.vault()
                     .database()
                     .scalar(QStringLiteral("SELECT count(*) FROM attachment_chunk"))
                     ->toInt(),
                 3);
        QByteArray back;
        QBuffer out(&back);
        out.open(QIODevice::WriteOnly);
        QVERIFY(attachments.read(a.id, out));
        QCOMPARE(back, content);
        QCOMPARE(attachments.forOwner(a.ownerId)->size(), 1);
        QCOMPARE(attachments.totalSize().value(), content.size());
    }

    void oversizedAttachmentStoresNothing()
    {
        test::TempVault temp;
        QByteArray content(300'000, 'z');
        QBuffer in(&content);
        in.open(QIODevice::ReadOnly);
        Attachment a;
        a.id = newId();
        a.ownerId = newId();
        a.fileName = QStringLiteral("video.mp4");
        auto stored = AttachmentRepository(temp.vault()).add(a, in, 100'000);
        QVERIFY(!stored);
        QCOMPARE(stored.error().code, ErrorCode::InvalidInput);
        QVERIFY(!stored.error().message.isEmpty());
        QCOMPARE(temp.vault()
                     .database()
                     .scalar(QStringLiteral("SELECT count(*) FROM attachment_chunk"))
                     ->toInt(),
                 0);
        QCOMPARE(temp.vault()
                     .database()
                     .scalar(QStringLiteral("SELECT count(*) FROM change_log"))
                     ->toInt(),
                 0);
    }

    void auditChainIsAppendOnlyAndVerifiable()
    {
        test::TempVault temp;
        AuditLog audit(temp.vault());
        for (int i = 0; i < 5; ++i)
            QVERIFY(audit.append(QStringLiteral("visit.opened"), QStringLiteral("visit"), newId()));
        QVERIFY(audit.verifyChain()->isEmpty());
        auto events = audit.events();
        QCOMPARE(events->size(), 5);
        QCOMPARE(events->at(1).previousHash, events->at(0).hash);

        Database &db = temp.vault().database();
        QVERIFY(!db.exec(QStringLiteral("UPDATE audit_event SET action = 'x' WHERE seq = 2")));
        QVERIFY(!db.exec(QStringLiteral("DELETE FROM audit_event WHERE seq = 2")));

        // Someone with the key who drops the triggers still breaks the chain.
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER audit_event_no_update")));
        QVERIFY(db.exec(
            QStringLiteral("UPDATE audit_event SET action = 'visit.closed' WHERE seq = 3")));
        QCOMPARE(audit.verifyChain().value(), QList<qint64> {3});
        auto report = temp.vault().checkIntegrity();
        QVERIFY(report && !report->ok);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
