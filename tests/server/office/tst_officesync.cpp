#include "officetestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <thread>
#include <vector>

using namespace schouw;
using namespace schouw::server;
using schouw::test::TestOffice;

// The sync service: push (idempotent, all or nothing, scope per entity) and pull (scope,
// cursor, own device excluded) exactly as the contract's "Push", "Pull" and "Scope" say.
class TestOfficeSync : public QObject
{
    Q_OBJECT

private:
    struct World
    {
        TestOffice office;
        QString north; // team 1
        QString south; // team 2
        QString providerNorth;
        QString providerSouth;
        Principal inspector; // north, device d1
        Principal inspector2; // north, device d2 (second laptop of the same team)
        Principal southInspector; // south, device s1
        Principal admin; // device a1

        World()
        {
            north = office.addTeam(QStringLiteral("Noord"));
            south = office.addTeam(QStringLiteral("Zuid"));
            providerNorth = office.addProvider(QStringLiteral("Noord Zorg"));
            providerSouth = office.addProvider(QStringLiteral("Zuid Zorg"));
            office.assign(north, providerNorth);
            office.assign(south, providerSouth);
            office.addUser(QStringLiteral("inge"), north, Role::Inspector);
            office.addUser(QStringLiteral("tom"), north, Role::TeamLead);
            office.addUser(QStringLiteral("sanne"), south, Role::Inspector);
            office.addUser(QStringLiteral("bram"), {}, Role::Administrator);
            inspector =
                office.principal(office.login(QStringLiteral("inge"), QStringLiteral("d1")));
            inspector2 =
                office.principal(office.login(QStringLiteral("tom"), QStringLiteral("d2")));
            southInspector =
                office.principal(office.login(QStringLiteral("sanne"), QStringLiteral("s1")));
            admin = office.principal(office.login(QStringLiteral("bram"), QStringLiteral("a1")));
        }
    };

    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    static wire::WireChange change(const Principal &who, const QString &entity,
                                   const QString &entityId, int op, const QJsonObject &fields,
                                   const QString &changeId = uuid())
    {
        wire::WireChange c;
        c.changeId = wireUuid(changeId);
        c.entity = entity.toStdString();
        c.entityId = wireUuid(entityId);
        c.op = std::uint8_t(op);
        c.fieldsJson = QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString();
        c.authorId = wireUuid(who.userId);
        c.deviceId = who.deviceId.toStdString();
        c.hlc = 42;
        return c;
    }

    static wire::WireChange visit(const Principal &who, const QString &visitId,
                                  const QString &provider)
    {
        return change(who, QStringLiteral("visit"), visitId, 0,
                      {{QStringLiteral("provider_id"), provider},
                       {QStringLiteral("type"), QStringLiteral("unannounced")}});
    }

    static wire::WireChange observation(const Principal &who, const QString &id,
                                        const QString &visitId)
    {
        return change(who, QStringLiteral("observation"), id, 0,
                      {{QStringLiteral("visit_id"), visitId},
                       {QStringLiteral("text"), QStringLiteral("Medicatie niet afgetekend.")},
                       {QStringLiteral("source"), QStringLiteral("observation")},
                       {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T09:00:00Z")}});
    }

    static wire::ChangeBatch batch(std::initializer_list<wire::WireChange> changes)
    {
        wire::ChangeBatch b;
        b.changes = changes;
        return b;
    }

    static qint64 changeCount(TestOffice &office)
    {
        qint64 count = -1;
        (void)office.service->store().read([&](StoreSession &session) -> Status {
            if (auto n = session.changeCount())
                count = *n;
            return {};
        });
        return count;
    }

    static QSet<QString> pulledIds(TestOffice &office, const Principal &who)
    {
        QSet<QString> ids;
        auto page = office.service->pull(who, 0, 5000);
        if (!page)
            qFatal("pull failed");
        for (const wire::WireChange &c : page->batch.changes)
            ids.insert(uuidText(c.entityId));
        return ids;
    }

    static void expectRefused(TestOffice &office, const Principal &who, const wire::ChangeBatch &b,
                              PushFailure failure, const wire::WireChange &offending)
    {
        const qint64 before = changeCount(office);
        auto result = office.service->push(who, b);
        QVERIFY(!result);
        QCOMPARE(result.error().failure, failure);
        QCOMPARE(result.error().changeId, uuidText(offending.changeId));
        QCOMPARE(changeCount(office), before); // nothing stored
    }

private Q_SLOTS:
    void pushIsIdempotentWithIncreasingSeq()
    {
        World w;
        const QString v = uuid();
        const auto b =
            batch({visit(w.inspector, v, w.providerNorth), observation(w.inspector, uuid(), v)});
        auto first = w.office.service->push(w.inspector, b);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().detail));
        QCOMPARE(first->accepted, 2);
        QCOMPARE(first->duplicates, 0);
        const qint64 count = changeCount(w.office);
        QCOMPARE(first->lastSeq, quint64(count));
        auto second = w.office.service->push(w.inspector, b);
        QVERIFY(second);
        QCOMPARE(second->accepted, 0);
        QCOMPARE(second->duplicates, 2);
        QCOMPARE(changeCount(w.office), count);
        // The same change twice in one batch counts once.
        const auto twice = observation(w.inspector, uuid(), v);
        auto third = w.office.service->push(w.inspector, batch({twice, twice}));
        QVERIFY(third);
        QCOMPARE(third->accepted, 1);
        QCOMPARE(third->duplicates, 1);
        QCOMPARE(third->lastSeq, first->lastSeq + 1);

        auto page = w.office.service->pull(w.inspector2, 0, 5000);
        QVERIFY(page);
        quint64 previous = 0;
        std::uint64_t seqCheck = 0;
        for (const wire::WireChange &c : page->batch.changes) {
            (void)c;
            ++seqCheck;
        }
        QVERIFY(seqCheck > 0);
        QVERIFY(w.office.service->store().read([&](StoreSession &session) -> Status {
            PullQuery all;
            all.limit = 5000;
            all.excludeDeviceId = QStringLiteral("-");
            all.teamId = w.north;
            auto rows = session.changes(all);
            if (!rows)
                return std::unexpected(rows.error());
            for (const StoredChange &row : std::as_const(*rows)) {
                if (row.seq <= previous)
                    return fail(ErrorCode::Database, QStringLiteral("seq not increasing"));
                previous = row.seq;
            }
            return {};
        }));
    }

    // A retry that arrives while the first push of the same batch is still running (its answer
    // was slow, the client gave up waiting): every change is stored once, whichever push wins,
    // and the changes of the others count as duplicates. On PostgreSQL the pushes run in
    // parallel until the append, where the second look at the known ids sees the winner's.
    void sameBatchPushedConcurrentlyLandsOnce()
    {
        World w;
        const QString v = uuid();
        wire::ChangeBatch b = batch({visit(w.inspector, v, w.providerNorth)});
        // Large enough that the pushes overlap (each takes a while on PostgreSQL).
        for (int i = 0; i < 400; ++i)
            b.changes.push_back(observation(w.inspector, uuid(), v));
        const qint64 before = changeCount(w.office);
        constexpr int Pushers = 4;
        std::vector<std::expected<PushReceipt, PushRefusal>> results(
            Pushers, std::unexpected(PushRefusal {}));
        std::vector<std::thread> pushers;
        for (int p = 0; p < Pushers; ++p)
            pushers.emplace_back(
                [&, p] { results[std::size_t(p)] = w.office.service->push(w.inspector, b); });
        for (std::thread &pusher : pushers)
            pusher.join();
        int accepted = 0;
        int duplicates = 0;
        for (const auto &result : results) {
            // None is refused: without the second look a PostgreSQL push would hit the unique
            // change id at its append, roll back and answer "busy".
            QVERIFY2(result, qPrintable(result ? QString() : result.error().detail));
            accepted += result->accepted;
            duplicates += result->duplicates;
        }
        QCOMPARE(accepted, int(b.changes.size()));
        QCOMPARE(changeCount(w.office), before + qint64(b.changes.size()));
        // And once more, after all of them: nothing new.
        auto again = w.office.service->push(w.inspector, b);
        QVERIFY(again);
        QCOMPARE(again->accepted, 0);
        QCOMPARE(again->duplicates, int(b.changes.size()));
        QCOMPARE(duplicates, (Pushers - 1) * int(b.changes.size()));
    }

    void batchIsAllOrNothing()
    {
        World w;
        const QString v = uuid();
        const auto good = visit(w.inspector, v, w.providerNorth);
        const auto bad =
            change(w.inspector, QStringLiteral("observation"), uuid(), 0,
                   {{QStringLiteral("visit_id"), v}, {QStringLiteral("no_such_column"), 1}});
        expectRefused(w.office, w.inspector, batch({good, bad}), PushFailure::Invalid, bad);
        auto unknownEntity = change(w.inspector, QStringLiteral("secrets"), uuid(), 0, {});
        expectRefused(w.office, w.inspector, batch({good, unknownEntity}), PushFailure::Invalid,
                      unknownEntity);
        auto notObject = good;
        notObject.changeId = wireUuid(uuid());
        notObject.fieldsJson = "[1,2]";
        expectRefused(w.office, w.inspector, batch({notObject}), PushFailure::Invalid, notObject);
        // The good change alone goes in.
        QVERIFY(w.office.service->push(w.inspector, batch({good})));
    }

    void otherTeamsProviderIsForbidden()
    {
        World w;
        const QString v = uuid();
        const auto own = visit(w.inspector, v, w.providerNorth);
        const auto foreign = visit(w.inspector, uuid(), w.providerSouth);
        expectRefused(w.office, w.inspector, batch({own, foreign}), PushFailure::Forbidden,
                      foreign);
        // Also a child of the other team's visit.
        const QString southVisit = uuid();
        QVERIFY(w.office.service->push(
            w.southInspector, batch({visit(w.southInspector, southVisit, w.providerSouth)})));
        const auto child = observation(w.inspector, uuid(), southVisit);
        expectRefused(w.office, w.inspector, batch({child}), PushFailure::Forbidden, child);
        // And an update of the other team's record.
        const auto update = change(w.inspector, QStringLiteral("visit"), southVisit, 1,
                                   {{QStringLiteral("type"), QStringLiteral("announced")}});
        expectRefused(w.office, w.inspector, batch({update}), PushFailure::Forbidden, update);
    }

    void unknownParentOrRecordIsUnknownRecord()
    {
        World w;
        const auto orphan = observation(w.inspector, uuid(), uuid());
        expectRefused(w.office, w.inspector, batch({orphan}), PushFailure::UnknownRecord, orphan);
        const auto update = change(w.inspector, QStringLiteral("observation"), uuid(), 1,
                                   {{QStringLiteral("text"), QStringLiteral("x")}});
        expectRefused(w.office, w.inspector, batch({update}), PushFailure::UnknownRecord, update);
        const auto removal = change(w.inspector, QStringLiteral("visit"), uuid(), 2, {});
        expectRefused(w.office, w.inspector, batch({removal}), PushFailure::UnknownRecord, removal);
        // A parent earlier in the same batch is known; a review comment on a report too.
        const QString v = uuid();
        const QString report = uuid();
        auto pushed = w.office.service->push(
            w.inspector,
            batch({visit(w.inspector, v, w.providerNorth),
                   change(w.inspector, QStringLiteral("report"), report, 0,
                          {{QStringLiteral("visit_id"), v},
                           {QStringLiteral("state"), QStringLiteral("draft")},
                           {QStringLiteral("title"), QStringLiteral("Rapport")}}),
                   change(w.inspector, QStringLiteral("review_comment"), uuid(), 0,
                          {{QStringLiteral("report_id"), report},
                           {QStringLiteral("text"), QStringLiteral("Graag aanvullen.")},
                           {QStringLiteral("created_at"), QStringLiteral("2026-01-05")}})}));
        QVERIFY(pushed);
        QCOMPARE(pushed->accepted, 3);
    }

    void scopeFieldMayNotChange()
    {
        World w;
        const QString v = uuid();
        const QString v2 = uuid();
        const QString o = uuid();
        QVERIFY(w.office.service->push(
            w.inspector,
            batch({visit(w.inspector, v, w.providerNorth), visit(w.inspector, v2, w.providerNorth),
                   observation(w.inspector, o, v)})));
        const auto move = change(w.inspector, QStringLiteral("observation"), o, 1,
                                 {{QStringLiteral("visit_id"), v2}});
        expectRefused(w.office, w.inspector, batch({move}), PushFailure::Forbidden, move);
        const auto moveVisit = change(w.inspector, QStringLiteral("visit"), v, 1,
                                      {{QStringLiteral("provider_id"), w.providerSouth}});
        expectRefused(w.office, w.inspector, batch({moveVisit}), PushFailure::Forbidden, moveVisit);
        // Naming the same parent again is fine, as is any other field.
        QVERIFY(w.office.service->push(
            w.inspector,
            batch({change(w.inspector, QStringLiteral("observation"), o, 1,
                          {{QStringLiteral("visit_id"), v},
                           {QStringLiteral("text"), QStringLiteral("Aangevuld.")}})})));
    }

    void officeDataCannotBePushed()
    {
        World w;
        for (const QString &entity : {QStringLiteral("team"), QStringLiteral("user"),
                                      QStringLiteral("framework"), QStringLiteral("provider"),
                                      QStringLiteral("location"), QStringLiteral("risk_signal")}) {
            const auto c = change(w.inspector, entity, uuid(), 0, {});
            expectRefused(w.office, w.inspector, batch({c}), PushFailure::Forbidden, c);
        }
    }

    void administratorPushesNoFieldworkAndPullsOnlyReferenceData()
    {
        World w;
        const auto c = visit(w.admin, uuid(), w.providerNorth);
        expectRefused(w.office, w.admin, batch({c}), PushFailure::Forbidden, c);
        const auto audit = change(w.admin, QStringLiteral("audit_event"), uuid(), 0,
                                  {{QStringLiteral("action"), QStringLiteral("login")}});
        expectRefused(w.office, w.admin, batch({audit}), PushFailure::Forbidden, audit);

        QVERIFY(w.office.service->push(w.inspector,
                                       batch({visit(w.inspector, uuid(), w.providerNorth)})));
        auto page = w.office.service->pull(w.admin, 0, 5000);
        QVERIFY(page);
        QVERIFY(!page->batch.changes.empty());
        for (const wire::WireChange &change : page->batch.changes) {
            const QString entity = QString::fromStdString(change.entity);
            QVERIFY2(entity == u"team" || entity == u"user" || entity == u"framework",
                     qPrintable(entity));
        }
        QCOMPARE(page->scopeEpoch, quint64(0));
    }

    void auditEventsAreKeptButNeverPulled()
    {
        World w;
        const QString auditId = uuid();
        auto pushed = w.office.service->push(
            w.inspector,
            batch({change(w.inspector, QStringLiteral("audit_event"), auditId, 0,
                          {{QStringLiteral("action"), QStringLiteral("export")}})}));
        QVERIFY(pushed);
        QCOMPARE(pushed->accepted, 1);
        for (const Principal &who : {w.inspector2, w.southInspector, w.admin, w.inspector})
            QVERIFY(!pulledIds(w.office, who).contains(auditId));
    }

    void pullScopesAndExcludesOwnDevice()
    {
        World w;
        const QString northVisit = uuid();
        const QString southVisit = uuid();
        QVERIFY(w.office.service->push(w.inspector,
                                       batch({visit(w.inspector, northVisit, w.providerNorth)})));
        QVERIFY(w.office.service->push(
            w.southInspector, batch({visit(w.southInspector, southVisit, w.providerSouth)})));
        const QSet<QString> own = pulledIds(w.office, w.inspector);
        QVERIFY(!own.contains(northVisit)); // came from d1
        QVERIFY(!own.contains(southVisit)); // other team
        QVERIFY(own.contains(w.providerNorth));
        QVERIFY(!own.contains(w.providerSouth));
        QVERIFY(own.contains(w.north) && own.contains(w.south)); // teams are global
        const QSet<QString> colleague = pulledIds(w.office, w.inspector2);
        QVERIFY(colleague.contains(northVisit));
        QVERIFY(!colleague.contains(southVisit));
        const QSet<QString> south = pulledIds(w.office, w.southInspector);
        QVERIFY(!south.contains(northVisit));
        QVERIFY(!south.contains(w.providerNorth));
        QVERIFY(south.contains(w.providerSouth));
    }

    void pullPagesWithCursor()
    {
        World w;
        const quint64 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        // Interleave in-scope and out-of-scope changes.
        const QString northVisit = uuid();
        const QString southVisit = uuid();
        QVERIFY(w.office.service->push(w.inspector,
                                       batch({visit(w.inspector, northVisit, w.providerNorth)})));
        QVERIFY(w.office.service->push(
            w.southInspector, batch({visit(w.southInspector, southVisit, w.providerSouth)})));
        QSet<QString> expected;
        expected.insert(northVisit);
        for (int i = 0; i < 40; ++i) {
            if (random.bounded(2) == 0) {
                const QString o = uuid();
                expected.insert(o);
                QVERIFY(w.office.service->push(w.inspector,
                                               batch({observation(w.inspector, o, northVisit)})));
            } else {
                QVERIFY(w.office.service->push(
                    w.southInspector, batch({observation(w.southInspector, uuid(), southVisit)})));
            }
        }
        const QSet<QString> all = pulledIds(w.office, w.inspector2);
        for (const QString &id : expected)
            QVERIFY2(all.contains(id), qPrintable(QStringLiteral("seed %1").arg(seed)));

        const int limit = 1 + int(random.bounded(7));
        quint64 cursor = 0;
        QSet<QString> paged;
        int pages = 0;
        quint64 lastSeq = 0;
        while (true) {
            auto page = w.office.service->pull(w.inspector2, cursor, limit);
            QVERIFY(page);
            QVERIFY2(page->batch.changes.size() <= std::size_t(limit),
                     qPrintable(QStringLiteral("seed %1").arg(seed)));
            QVERIFY(page->nextCursor >= cursor);
            for (const wire::WireChange &c : page->batch.changes) {
                const QString entity = QString::fromStdString(c.entity);
                QVERIFY(!paged.contains(uuidText(c.changeId)));
                paged.insert(uuidText(c.changeId));
                if (entity == u"observation" || entity == u"visit")
                    QVERIFY2(expected.contains(uuidText(c.entityId)),
                             qPrintable(QStringLiteral("out of scope, seed %1").arg(seed)));
            }
            lastSeq = page->lastSeq;
            cursor = page->nextCursor;
            ++pages;
            if (!page->more)
                break;
            QVERIFY(pages < 1000);
        }
        QCOMPARE(cursor, lastSeq);
        QCOMPARE(quint64(changeCount(w.office)), lastSeq);
        QCOMPARE(paged.size(), qsizetype(pulledIds(w.office, w.inspector2).size()));
        // Nothing new: an empty page at the same cursor.
        auto empty = w.office.service->pull(w.inspector2, cursor, limit);
        QVERIFY(empty && empty->batch.changes.empty() && !empty->more);
        QCOMPARE(empty->nextCursor, cursor);
    }

    void pullPagesStopAtTheirByteBound()
    {
        // Twenty findings of about 1 MB each: a page of 1,000 would be about 20 MB, over the
        // 8 MiB bound of a page (and near the client's 32 MiB cap on a message).
        World w;
        const QString northVisit = uuid();
        QVERIFY(w.office.service->push(w.inspector,
                                       batch({visit(w.inspector, northVisit, w.providerNorth)})));
        QSet<QString> pushed;
        for (int i = 0; i < 20; ++i) {
            const QString id = uuid();
            wire::WireChange big =
                change(w.inspector, QStringLiteral("observation"), id, 0,
                       {{QStringLiteral("visit_id"), northVisit},
                        {QStringLiteral("text"), QString(1'000'000, QLatin1Char('a' + i % 26))},
                        {QStringLiteral("source"), QStringLiteral("observation")},
                        {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T09:00:00Z")}});
            QVERIFY(w.office.service->push(w.inspector, batch({big})));
            pushed.insert(id);
        }

        quint64 cursor = 0;
        QSet<QString> pulled;
        QSet<QString> entities;
        int pages = 0;
        while (true) {
            auto page = w.office.service->pull(w.inspector2, cursor, 1000);
            QVERIFY(page);
            qint64 bytes = 0;
            for (const wire::WireChange &c : page->batch.changes) {
                bytes += qint64(c.fieldsJson.size() + c.basesJson.size());
                QVERIFY(!pulled.contains(uuidText(c.changeId)));
                pulled.insert(uuidText(c.changeId));
                entities.insert(uuidText(c.entityId));
            }
            // At most one change beyond the bound: the one that reaches it.
            QVERIFY2(bytes < 8 * 1024 * 1024 + 1'100'000, qPrintable(QString::number(bytes)));
            QVERIFY(page->nextCursor >= cursor);
            cursor = page->nextCursor;
            ++pages;
            if (!page->more)
                break;
            QVERIFY(pages < 100);
        }
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(cursor, quint64(changeCount(w.office)));
        // The visit and the twenty findings arrived (each change once, checked above).
        QVERIFY(entities.contains(northVisit));
        for (const QString &id : std::as_const(pushed))
            QVERIFY(entities.contains(id));
    }

    void assignmentRaisesScopeEpoch()
    {
        World w;
        auto before = w.office.service->pull(w.inspector, 0, 10);
        QVERIFY(before);
        const QString newProvider = w.office.addProvider(QStringLiteral("Nieuw"));
        QVERIFY(!pulledIds(w.office, w.inspector).contains(newProvider));
        w.office.assign(w.north, newProvider);
        auto after = w.office.service->pull(w.inspector, 0, 5000);
        QVERIFY(after);
        QVERIFY(after->scopeEpoch > before->scopeEpoch);
        QVERIFY(pulledIds(w.office, w.inspector).contains(newProvider));
        // The other team's epoch did not move.
        QCOMPARE(w.office.service->pull(w.southInspector, 0, 1)->scopeEpoch, quint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOfficeSync)
#include "tst_officesync.moc"
