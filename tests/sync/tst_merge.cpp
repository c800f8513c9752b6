// The client-side merge (docs/sync-merge.md): three vaults work offline on one visit and sync
// through a simulated office in many random orders; every vault must end in the same state with
// nothing lost or duplicated. Plus the fixed scenarios: a concurrent text edit, its resolution,
// a deletion against unsent local work, idempotency, refused batches, out-of-order arrival and
// the migration of an existing vault.

#include "sync/changeapplier.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"
#include "testvault.h"
#include "vault/changewriter.h"
#include "vault/judgementrepository.h"
#include "vault/recordcodec.h"
#include "vault/schema.h"
#include "vault/sqlite.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace schouw;
using namespace schouw::sync;

namespace {

const Id ProviderId = QUuid::fromString(u"6a0c5a3e-2f6b-4d53-9a43-0c3f4ed0a001");
const Id VisitId = QUuid::fromString(u"6a0c5a3e-2f6b-4d53-9a43-0c3f4ed0a002");
const Id NormIds[] = {QUuid::fromString(u"6a0c5a3e-2f6b-4d53-9a43-0c3f4ed0b001"),
                      QUuid::fromString(u"6a0c5a3e-2f6b-4d53-9a43-0c3f4ed0b002")};

QString json(const QVariantMap &fields)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
}

wire::WireChange officeChange(const QString &entity, const Id &id, std::uint8_t op,
                              const QVariantMap &fields, qint64 hlc)
{
    ChangeRow row;
    row.changeId = idText(newId());
    row.entity = entity;
    row.entityId = id;
    row.op = op == 0 ? QStringLiteral("insert")
        : op == 1    ? QStringLiteral("update")
                     : QStringLiteral("delete");
    row.fieldsJson = json(fields);
    row.deviceId = QStringLiteral("office");
    row.hlc = hlc;
    return *toWire(row);
}

// Through the real encoder and decoder, as on the wire.
wire::ChangeBatch overTheWire(const wire::ChangeBatch &batch)
{
    const QByteArray bytes = wire::encodeBatch(batch);
    auto decoded = wire::decodeBatch(bytes);
    return decoded ? *decoded : wire::ChangeBatch {};
}

// The office as the contract describes it: a global ordered list, idempotent by change id; a
// pull returns what came after the cursor, without the puller's own changes.
class Office
{
public:
    std::vector<wire::WireChange> log;
    QSet<QString> ids;

    void add(const wire::WireChange &change)
    {
        const QString id = idText(fromWireUuid(change.changeId));
        if (!ids.contains(id)) {
            ids.insert(id);
            log.push_back(change);
        }
    }

    bool push(Vault &vault, int pageSize)
    {
        for (;;) {
            auto batch = pendingBatch(vault, pageSize);
            if (!batch)
                return false;
            if (batch->changes.empty())
                return true;
            const wire::ChangeBatch received = overTheWire(*batch);
            if (received.changes.size() != batch->changes.size())
                return false;
            std::vector<wire::WireUuid> acknowledged;
            for (const wire::WireChange &change : received.changes) {
                add(change);
                acknowledged.push_back(change.changeId);
            }
            if (!markSent(vault, acknowledged))
                return false;
        }
    }

    bool pull(Vault &vault, std::size_t &cursor, int pageSize, QString *why = nullptr)
    {
        const std::string device = vault.deviceId().toStdString();
        while (cursor < log.size()) {
            wire::ChangeBatch page;
            while (cursor < log.size() && int(page.changes.size()) < pageSize) {
                if (log[cursor].deviceId != device)
                    page.changes.push_back(log[cursor]);
                ++cursor;
            }
            auto applied = applyRemoteBatch(vault, overTheWire(page));
            if (!applied) {
                if (why)
                    *why = applied.error().detail;
                return false;
            }
        }
        return true;
    }
};

// Everything that must be equal on every vault after a full sync: every synced table but the
// bookkeeping column updated_hlc, the derived tables, the text heads and open text conflicts.
QStringList dump(Vault &vault)
{
    QStringList lines;
    Database &db = vault.database();
    QStringList tables;
    for (const EntityDefinition &entity : entities())
        if (QLatin1String(entity.name) != u"audit_event")
            tables << QString::fromLatin1(entity.table);
    tables << QStringLiteral("observation_norm") << QStringLiteral("provider_token");
    const QStringList extra {
        QStringLiteral("SELECT entity_id, field, change_id, text FROM text_head"),
        QStringLiteral("SELECT entity_id, field, entity FROM text_conflict"),
        QStringLiteral("SELECT entity_id, field, change_id FROM text_superseded"),
    };
    QStringList queries;
    for (const QString &table : tables)
        queries << QStringLiteral("SELECT * FROM %1").arg(table);
    queries += extra;
    for (const QString &sql : queries) {
        auto rows = db.prepare(sql);
        if (!rows) {
            lines << QStringLiteral("error ") + sql;
            continue;
        }
        QStringList block;
        while (rows->next()) {
            QStringList values;
            for (int c = 0; c < rows->columnCount(); ++c)
                if (rows->columnName(c) != u"updated_hlc")
                    values << rows->columnName(c) + u'=' + rows->value(c).toString();
            block << values.join(u'|');
        }
        block.sort();
        lines << sql;
        lines += block;
    }
    return lines;
}

qint64 scalar(Vault &vault, const QString &sql)
{
    auto value = vault.database().scalar(sql);
    return value ? value->toLongLong() : -1;
}

QString text(Vault &vault, const QString &sql)
{
    auto value = vault.database().scalar(sql);
    return value ? value->toString() : QStringLiteral("<error>");
}

// Empties a vault's records and logs, so the random schedules can reuse three vaults.
bool wipe(Vault &vault)
{
    Database &db = vault.database();
    QStringList tables;
    auto rows = db.prepare(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN ('meta', "
        "'sqlite_sequence', 'audit_event')"));
    if (!rows)
        return false;
    while (rows->next())
        tables << rows->text(0);
    rows->reset();
    bool ok = db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).has_value();
    for (const QString &table : std::as_const(tables))
        ok = ok && db.exec(QStringLiteral("DELETE FROM %1").arg(table)).has_value();
    return db.exec(QStringLiteral("PRAGMA foreign_keys = ON")).has_value() && ok;
}

QVariantMap observationFields(const QString &body)
{
    return {{QStringLiteral("visit_id"), idText(VisitId)},
            {QStringLiteral("text"), body},
            {QStringLiteral("source"), QStringLiteral("seen")},
            {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T10:00:00.000Z")},
            {QStringLiteral("norm_ids"), QStringLiteral("[\"%1\"]").arg(idText(NormIds[0]))}};
}

Id judgementId(int norm)
{
    return JudgementRepository::judgementId(VisitId, NormIds[norm]);
}

Status writeJudgement(Vault &vault, int norm, const QVariantMap &fields)
{
    return writeDerivedRecord(vault, u"judgement", judgementId(norm),
                              {{QStringLiteral("visit_id"), idText(VisitId)},
                               {QStringLiteral("norm_id"), idText(NormIds[norm])}},
                              fields);
}

QString lastLocalChange(Vault &vault)
{
    return text(vault,
                QStringLiteral("SELECT change_id FROM change_log WHERE origin = 'local' "
                               "ORDER BY seq DESC LIMIT 1"));
}

} // namespace

class TestMerge : public QObject
{
    Q_OBJECT

    std::vector<std::unique_ptr<test::TempVault>> m_devices;
    Office m_office;
    std::vector<std::size_t> m_cursors;

    Vault &device(int i) { return m_devices[std::size_t(i)]->vault(); }

    // Fresh state on three vaults: the office has a provider and a visit, and every device has
    // pulled them.
    void reset()
    {
        m_office = Office {};
        m_cursors.assign(m_devices.size(), 0);
        m_office.add(
            officeChange(QStringLiteral("provider"), ProviderId, 0,
                         {{QStringLiteral("name"), QStringLiteral("Zorggroep De Linde")},
                          {QStringLiteral("sort_name"), QStringLiteral("zorggroep de linde")},
                          {QStringLiteral("sector"), QStringLiteral("ggz")}},
                         1'767'225'600'000LL << 16));
        m_office.add(officeChange(QStringLiteral("visit"), VisitId, 0,
                                  {{QStringLiteral("provider_id"), idText(ProviderId)},
                                   {QStringLiteral("type"), QStringLiteral("unannounced")}},
                                  (1'767'225'600'000LL << 16) + 1));
        for (std::size_t i = 0; i < m_devices.size(); ++i) {
            QVERIFY(wipe(device(int(i))));
            QVERIFY(m_office.pull(device(int(i)), m_cursors[i], 100));
        }
    }

    bool push(int i) { return m_office.push(device(i), 3); }
    bool pull(int i) { return m_office.pull(device(i), m_cursors[std::size_t(i)], 4); }
    bool syncAll()
    {
        for (int round = 0; round < 2; ++round)
            for (int i = 0; i < int(m_devices.size()); ++i)
                if (!push(i) || !pull(i))
                    return false;
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (int i = 0; i < 3; ++i) {
            auto temp = std::make_unique<test::TempVault>();
            QVERIFY2(temp->isValid(), qPrintable(temp->error().detail));
            // Durability is not under test; the schedules commit thousands of times.
            QVERIFY(temp->vault().database().exec(QStringLiteral("PRAGMA synchronous = OFF")));
            QVERIFY(temp->vault().setMetaValue(QStringLiteral("user_id"), idText(newId())));
            m_devices.push_back(std::move(temp));
        }
    }

    void init() { reset(); }

    // Two inspectors edit the same finding offline: after sync every vault keeps both texts as a
    // conflict, shows the same one, and resolving it on one vault ends it everywhere.
    void concurrentEditGivesAConflictEverywhereUntilResolved()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(device(0), u"observation", finding,
                             observationFields(QStringLiteral("Medicatie niet afgetekend"))));
        QVERIFY(syncAll());
        QVERIFY(updateRecord(device(0), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Tekst van A")}}));
        QVERIFY(updateRecord(device(1), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Tekst van B")}}));
        // More autosaves on A: each replaces only A's own previous text.
        QVERIFY(updateRecord(device(0), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Tekst van A, langer")}}));
        QVERIFY(syncAll());

        for (int i = 0; i < 3; ++i) {
            ConflictRepository conflicts(device(i));
            auto list = conflicts.textConflicts();
            QVERIFY(list);
            QCOMPARE(list->size(), 1);
            QCOMPARE(list->first().entityId, finding);
            QCOMPARE(list->first().field, QStringLiteral("text"));
            QCOMPARE(list->first().visitId, VisitId);
            QStringList texts;
            for (const TextHead &head : list->first().heads)
                texts << head.text;
            texts.sort();
            QCOMPARE(texts,
                     QStringList(
                         {QStringLiteral("Tekst van A, langer"), QStringLiteral("Tekst van B")}));
            QCOMPARE(text(device(i), QStringLiteral("SELECT text FROM observation")),
                     list->first().heads.first().text);
        }
        QCOMPARE(dump(device(0)), dump(device(1)));
        QCOMPARE(dump(device(0)), dump(device(2)));

        // An ordinary edit on C does not end the conflict: it replaces only the shown version.
        QVERIFY(updateRecord(device(2), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Aanvulling van C")}}));
        QVERIFY(syncAll());
        QCOMPARE(*ConflictRepository(device(0)).count(), 1);

        QVERIFY(ConflictRepository(device(1)).resolveText(QStringLiteral("observation"), finding,
                                                          QStringLiteral("text"),
                                                          QStringLiteral("Samengevoegd")));
        QCOMPARE(*ConflictRepository(device(1)).count(), 0);
        QVERIFY(syncAll());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(*ConflictRepository(device(i)).count(), 0);
            QCOMPARE(text(device(i), QStringLiteral("SELECT text FROM observation")),
                     QStringLiteral("Samengevoegd"));
        }
        QCOMPARE(dump(device(0)), dump(device(2)));
        // Resolving again is refused: nothing is open.
        QCOMPARE(ConflictRepository(device(0))
                     .resolveText(QStringLiteral("observation"), finding, QStringLiteral("text"),
                                  QStringLiteral("x"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    // Sequential edits through sync never conflict, and the same text written twice is one value.
    void sequentialEditsDoNotConflict()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(device(0), u"observation", finding,
                             observationFields(QStringLiteral("Eerste versie"))));
        QVERIFY(syncAll());
        QVERIFY(updateRecord(device(1), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Tweede versie")}}));
        QVERIFY(syncAll());
        QVERIFY(updateRecord(device(2), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Derde versie")}}));
        QVERIFY(updateRecord(device(0), u"observation", finding,
                             {{QStringLiteral("source"), QStringLiteral("read")}}));
        QVERIFY(syncAll());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(*ConflictRepository(device(i)).count(), 0);
            QCOMPARE(
                text(device(i), QStringLiteral("SELECT text || '/' || source FROM observation")),
                QStringLiteral("Derde versie/read"));
        }
    }

    // The judgement of a norm has the same (name-based) id on every device: two devices that
    // judged it offline merge field by field; two rationales are a conflict.
    void sameJudgementFromTwoDevicesMergesPerField()
    {
        QVERIFY(writeJudgement(device(0), 0, {{QStringLiteral("value"), QStringLiteral("meets")}}));
        QVERIFY(writeJudgement(device(1), 0,
                               {{QStringLiteral("rationale"), QStringLiteral("Zie bevinding 3")}}));
        QVERIFY(writeJudgement(device(2), 1, {{QStringLiteral("rationale"), QStringLiteral("A")}}));
        QVERIFY(writeJudgement(device(1), 1, {{QStringLiteral("rationale"), QStringLiteral("B")}}));
        QVERIFY(syncAll());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(scalar(device(i), QStringLiteral("SELECT count(*) FROM judgement")), 2);
            QCOMPARE(text(device(i),
                          QStringLiteral("SELECT value || '/' || rationale FROM "
                                         "judgement WHERE id = '%1'")
                              .arg(idText(judgementId(0)))),
                     QStringLiteral("meets/Zie bevinding 3"));
            auto conflicts = ConflictRepository(device(i)).textConflicts();
            QVERIFY(conflicts);
            QCOMPARE(conflicts->size(), 1);
            QCOMPARE(conflicts->first().entityId, judgementId(1));
            QCOMPARE(conflicts->first().heads.size(), 2);
        }
        QCOMPARE(dump(device(0)), dump(device(1)));
        QCOMPARE(dump(device(0)), dump(device(2)));
    }

    // A deletion from elsewhere while this vault has unsent work on the record: applied, but kept
    // as a conflict with the data intact; restoring brings it back for everyone.
    void deletionAgainstUnsentLocalWork()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(device(0), u"observation", finding,
                             observationFields(QStringLiteral("Voor verwijdering"))));
        QVERIFY(syncAll());
        QVERIFY(removeRecord(device(0), u"observation", finding));
        QVERIFY(updateRecord(device(1), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Nog aangevuld door B")}}));
        QVERIFY(push(0));

        wire::ChangeBatch pending;
        pending.changes.assign(m_office.log.begin() + qsizetype(m_cursors[1]), m_office.log.end());
        auto preview = previewDeletions(device(1), pending);
        QVERIFY(preview);
        QCOMPARE(preview->liveRecordsDeleted, 1);
        QCOMPARE(preview->withUnsentLocalWork, 1);
        QVERIFY(preview->liveRecordsTotal >= 3);

        QVERIFY(pull(1));
        QCOMPARE(scalar(device(1), QStringLiteral("SELECT deleted FROM observation")), 1);
        QCOMPARE(text(device(1), QStringLiteral("SELECT text FROM observation")),
                 QStringLiteral("Nog aangevuld door B"));
        QCOMPARE(scalar(device(1), QStringLiteral("SELECT count(*) FROM observation_norm")), 0);
        auto deletions = ConflictRepository(device(1)).deletionConflicts();
        QVERIFY(deletions);
        QCOMPARE(deletions->size(), 1);
        QCOMPARE(deletions->first().entityId, finding);
        QCOMPARE(deletions->first().visitId, VisitId);

        QVERIFY(ConflictRepository(device(1)).restoreDeleted(finding));
        QCOMPARE(*ConflictRepository(device(1)).count(), 0);
        QVERIFY(syncAll());
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(scalar(device(i), QStringLiteral("SELECT deleted FROM observation")), 0);
            QCOMPARE(text(device(i), QStringLiteral("SELECT text FROM observation")),
                     QStringLiteral("Nog aangevuld door B"));
            QCOMPARE(scalar(device(i), QStringLiteral("SELECT count(*) FROM observation_norm")), 1);
        }
        QCOMPARE(dump(device(0)), dump(device(1)));
        QCOMPARE(dump(device(0)), dump(device(2)));
    }

    // A batch applied twice, and a change repeated inside a batch, change nothing the second time.
    void applyingTwiceIsHarmless()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(device(0), u"observation", finding,
                             observationFields(QStringLiteral("Eenmaal"))));
        QVERIFY(updateRecord(device(0), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Andermaal")}}));
        auto batch = pendingBatch(device(0), 100);
        QVERIFY(batch);
        QCOMPARE(batch->changes.size(), std::size_t(2));
        batch->changes.push_back(batch->changes.front());
        auto first = applyRemoteBatch(device(1), *batch);
        QVERIFY(first);
        QCOMPARE(first->applied, 2);
        QCOMPARE(first->alreadyKnown, 1);
        const QStringList before = dump(device(1));
        const qint64 logBefore =
            scalar(device(1), QStringLiteral("SELECT count(*) FROM change_log"));
        auto second = applyRemoteBatch(device(1), *batch);
        QVERIFY(second);
        QCOMPARE(second->applied, 0);
        QCOMPARE(second->alreadyKnown, 3);
        QCOMPARE(dump(device(1)), before);
        QCOMPARE(scalar(device(1), QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
        QCOMPARE(text(device(1), QStringLiteral("SELECT text FROM observation")),
                 QStringLiteral("Andermaal"));
    }

    // One bad change refuses the whole batch: nothing of it is applied or logged, the clock is
    // untouched.
    void invalidBatchAppliesNothing_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("fields");
        QTest::addColumn<QString>("bases");
        QTest::addColumn<qint64>("hlc");
        const qint64 hlc = 1'767'225'700'000LL << 16;
        const QString valid = QStringLiteral("{\"text\":\"x\"}");
        QTest::newRow("unknown entity") << "finding" << valid << "" << hlc;
        QTest::newRow("unknown column") << "observation"
                                        << "{\"txt\":\"x\"}"
                                        << "" << hlc;
        QTest::newRow("column smuggling SQL") << "observation"
                                              << "{\"text = 'x' --\":\"x\"}"
                                              << "" << hlc;
        QTest::newRow("fields not JSON") << "observation"
                                         << "{\"text\":"
                                         << "" << hlc;
        QTest::newRow("fields an array") << "observation"
                                         << "[1]"
                                         << "" << hlc;
        QTest::newRow("nested value") << "observation"
                                      << "{\"source\":{\"a\":1}}"
                                      << "" << hlc;
        QTest::newRow("free text not a string") << "observation"
                                                << "{\"text\":5}"
                                                << "" << hlc;
        QTest::newRow("bases of a plain field")
            << "observation" << valid
            << QStringLiteral("{\"source\":[\"%1\"]}").arg(idText(newId())) << hlc;
        QTest::newRow("base not a change id")
            << "observation" << valid << "{\"text\":[\"nope\"]}" << hlc;
        QTest::newRow("bases not JSON") << "observation" << valid << "{" << hlc;
        QTest::newRow("HLC zero") << "observation" << valid << "" << qint64(0);
        QTest::newRow("HLC beyond the year 3000")
            << "observation" << valid << "" << (32'503'680'000'001LL << 16);
        QTest::newRow("HLC above the signed range") << "observation" << valid << "" << qint64(-1);
    }

    void invalidBatchAppliesNothing()
    {
        QFETCH(QString, entity);
        QFETCH(QString, fields);
        QFETCH(QString, bases);
        QFETCH(qint64, hlc);
        const Id finding = newId();
        wire::ChangeBatch batch;
        batch.changes.push_back(officeChange(QStringLiteral("observation"), finding, 0,
                                             observationFields(QStringLiteral("Geldig")),
                                             1'767'225'700'000LL << 16));
        ChangeRow bad;
        bad.changeId = idText(newId());
        bad.entity = entity;
        bad.entityId = finding;
        bad.op = QStringLiteral("update");
        bad.fieldsJson = fields;
        bad.basesJson = bases;
        bad.deviceId = QStringLiteral("hostile");
        bad.hlc = hlc;
        batch.changes.push_back(*toWire(bad));

        const QStringList before = dump(device(0));
        const qint64 logBefore =
            scalar(device(0), QStringLiteral("SELECT count(*) FROM change_log"));
        const HlcTimestamp clockBefore = device(0).clock().last();
        auto applied = applyRemoteBatch(device(0), batch);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, ErrorCode::InvalidInput);
        QVERIFY(!applied.error().message.isEmpty());
        QVERIFY(!applied.error().detail.contains(QStringLiteral("Geldig")));
        QCOMPARE(dump(device(0)), before);
        QCOMPARE(scalar(device(0), QStringLiteral("SELECT count(*) FROM change_log")), logBefore);
        QCOMPARE(device(0).clock().last(), clockBefore);
    }

    // An insert that cannot make a valid record (a required column missing) is refused too.
    void insertWithoutRequiredColumnsIsRefused()
    {
        wire::ChangeBatch batch;
        batch.changes.push_back(officeChange(QStringLiteral("observation"), newId(), 0,
                                             {{QStringLiteral("source"), QStringLiteral("seen")}},
                                             1'767'225'700'000LL << 16));
        auto applied = applyRemoteBatch(device(0), batch);
        QVERIFY(!applied);
        QCOMPARE(applied.error().code, ErrorCode::InvalidInput);
        QCOMPARE(scalar(device(0), QStringLiteral("SELECT count(*) FROM observation")), 0);
    }

    // Audit events travel to the office but are never applied on a client.
    void auditEventsAreNotApplied()
    {
        wire::ChangeBatch batch;
        batch.changes.push_back(officeChange(QStringLiteral("audit_event"), newId(), 0,
                                             {{QStringLiteral("action"), QStringLiteral("x")}},
                                             1'767'225'700'000LL << 16));
        auto applied = applyRemoteBatch(device(0), batch);
        QVERIFY(applied);
        QCOMPARE(applied->skipped, 1);
        QCOMPARE(applied->applied, 0);
        QCOMPARE(scalar(device(0), QStringLiteral("SELECT count(*) FROM audit_event")), 0);
    }

    // An update or deletion that arrives before its record's insert is kept and merged when the
    // insert comes: the result is the same as in order.
    void changesBeforeTheirInsertAreKept()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(device(0), u"observation", finding,
                             observationFields(QStringLiteral("Eerst"))));
        QVERIFY(updateRecord(
            device(0), u"observation", finding,
            {{QStringLiteral("text"), QStringLiteral("Daarna")},
             {QStringLiteral("norm_ids"), QStringLiteral("[\"%1\"]").arg(idText(NormIds[1]))}}));
        auto batch = pendingBatch(device(0), 10);
        QVERIFY(batch);
        QCOMPARE(batch->changes.size(), std::size_t(2));
        wire::ChangeBatch reversed;
        reversed.changes = {batch->changes[1]};
        auto parked = applyRemoteBatch(device(1), reversed);
        QVERIFY(parked);
        QCOMPARE(parked->parked, 1);
        QCOMPARE(scalar(device(1), QStringLiteral("SELECT count(*) FROM observation")), 0);
        reversed.changes = {batch->changes[0]};
        QVERIFY(applyRemoteBatch(device(1), reversed));
        QCOMPARE(text(device(1), QStringLiteral("SELECT text FROM observation")),
                 QStringLiteral("Daarna"));
        QCOMPARE(text(device(1), QStringLiteral("SELECT norm_id FROM observation_norm")),
                 idText(NormIds[1]));
        QCOMPARE(scalar(device(1), QStringLiteral("SELECT count(*) FROM parked_change")), 0);
        QVERIFY(applyRemoteBatch(device(2), *batch));
        QCOMPARE(dump(device(1)), dump(device(2)));
    }

    // The same changes in every order give the same vault.
    void arrivalOrderDoesNotMatter()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(device(0), u"observation", finding,
                             observationFields(QStringLiteral("Basis"))));
        QVERIFY(push(0));
        QVERIFY(pull(1));
        QVERIFY(pull(2));
        QVERIFY(updateRecord(device(0), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("A1")}}));
        QVERIFY(updateRecord(device(0), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("A2")}}));
        QVERIFY(updateRecord(device(1), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("B1")},
                              {QStringLiteral("source"), QStringLiteral("heard")}}));
        QVERIFY(removeRecord(device(2), u"observation", finding));
        for (int i = 0; i < 3; ++i)
            QVERIFY(push(i));
        std::vector<wire::WireChange> all = m_office.log;

        QStringList reference;
        QRandomGenerator random(7);
        for (int round = 0; round < 8; ++round) {
            std::vector<wire::WireChange> order = all;
            // The provider and the visit stay first: the office never hands out a child before
            // its parent (it refuses such a push); everything about the finding is shuffled.
            if (round > 0)
                std::shuffle(order.begin() + 2, order.end(), random);
            QVERIFY(wipe(device(2)));
            for (const wire::WireChange &change : order) {
                wire::ChangeBatch one;
                one.changes = {change};
                QVERIFY(applyRemoteBatch(device(2), one));
            }
            const QStringList state = dump(device(2));
            if (round == 0)
                reference = state;
            QCOMPARE(state, reference);
        }
        QCOMPARE(text(device(2), QStringLiteral("SELECT deleted || source FROM observation")),
                 QStringLiteral("1heard"));
        QCOMPARE(scalar(device(2), QStringLiteral("SELECT count(*) FROM text_conflict")), 1);
    }

    // The office acknowledged: the outbox moves on. After the office lost data, everything local
    // goes again.
    void outboxBatchesAndAcknowledgements()
    {
        for (int i = 0; i < 7; ++i)
            QVERIFY(insertRecord(device(0), u"observation", newId(),
                                 observationFields(QStringLiteral("Bevinding %1").arg(i))));
        QCOMPARE(*pendingCount(device(0)), 7);
        auto first = pendingBatch(device(0), 3);
        QVERIFY(first);
        QCOMPARE(first->changes.size(), std::size_t(3));
        QVERIFY(!wire::encodeBatch(*first).isEmpty());
        // Oldest first, with the vault's device and author.
        QCOMPARE(fromWire(first->changes[0]).changeId,
                 text(device(0),
                      QStringLiteral("SELECT change_id FROM change_log WHERE origin = "
                                     "'local' ORDER BY seq LIMIT 1")));
        QCOMPARE(QString::fromStdString(first->changes[0].deviceId), device(0).deviceId());
        QCOMPARE(fromWireUuid(first->changes[0].authorId), device(0).currentUserId());
        std::vector<wire::WireUuid> ids;
        for (const auto &change : first->changes)
            ids.push_back(change.changeId);
        QVERIFY(markSent(device(0), ids));
        QCOMPARE(*pendingCount(device(0)), 4);
        auto rest = pendingBatch(device(0), 100);
        QVERIFY(rest);
        QCOMPARE(rest->changes.size(), std::size_t(4));
        QVERIFY(rest->changes[0].changeId != first->changes[0].changeId);
        QVERIFY(markAllUnsent(device(0)));
        QCOMPARE(*pendingCount(device(0)), 7);
        QCOMPARE(pendingBatch(device(0), 0)->changes.size(), std::size_t(0));

        // A null author travels as zero bytes and comes back null.
        ChangeRow row;
        row.changeId = idText(newId());
        row.entity = QStringLiteral("observation");
        row.entityId = newId();
        row.op = QStringLiteral("delete");
        row.hlc = 5;
        const wire::WireChange change = *toWire(row);
        QCOMPARE(change.authorId, wire::WireUuid {});
        QVERIFY(fromWire(change).authorId.isNull());
        QCOMPARE(fromWire(change).op, QStringLiteral("delete"));
        row.op = QStringLiteral("upsert");
        QVERIFY(!toWire(row));
    }

    // Large pending work is cut to what one message may carry.
    void outboxSplitsByBytes()
    {
        const QString big(300 * 1024, QLatin1Char('x'));
        for (int i = 0; i < 120; ++i)
            QVERIFY(insertRecord(device(0), u"observation", newId(), observationFields(big)));
        auto batch = pendingBatch(device(0), 10'000);
        QVERIFY(batch);
        QVERIFY(batch->changes.size() < 120);
        QVERIFY(batch->changes.size() > 50);
        const QByteArray bytes = wire::encodeBatch(*batch);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.size() <= qsizetype(wire::kMaxMessageBytes));
    }

    // The remote applier keeps the derived tables: provider search tokens and the open-signal
    // rank follow office changes.
    void derivedTablesFollowRemoteChanges()
    {
        const Id signal = newId();
        wire::ChangeBatch batch;
        batch.changes.push_back(
            officeChange(QStringLiteral("risk_signal"), signal, 0,
                         {{QStringLiteral("provider_id"), idText(ProviderId)},
                          {QStringLiteral("source"), QStringLiteral("complaint")},
                          {QStringLiteral("signal_date"), QStringLiteral("2025-12-01")},
                          {QStringLiteral("severity"), 2},
                          {QStringLiteral("text"), QStringLiteral("Klacht")}},
                         1'767'225'700'000LL << 16));
        batch.changes.push_back(officeChange(QStringLiteral("provider"), ProviderId, 1,
                                             {{QStringLiteral("city"), QStringLiteral("Zwolle")}},
                                             (1'767'225'700'000LL << 16) + 1));
        QVERIFY(applyRemoteBatch(device(0), batch));
        QCOMPARE(scalar(device(0), QStringLiteral("SELECT open_signal_rank FROM provider")), -1);
        QCOMPARE(scalar(device(0),
                        QStringLiteral("SELECT count(*) FROM provider_token WHERE "
                                       "token = 'zwolle'")),
                 1);
        // An older change to the same field loses, whenever it arrives.
        batch.changes = {officeChange(QStringLiteral("provider"), ProviderId, 1,
                                      {{QStringLiteral("city"), QStringLiteral("Deventer")}},
                                      (1'767'225'650'000LL << 16))};
        QVERIFY(applyRemoteBatch(device(0), batch));
        QCOMPARE(text(device(0), QStringLiteral("SELECT city FROM provider")),
                 QStringLiteral("Zwolle"));
        // The vault's clock is past every HLC it has seen, even one from a clock running ahead.
        const qint64 ahead = (QDateTime::currentMSecsSinceEpoch() + 3'600'000) << 16;
        batch.changes = {officeChange(QStringLiteral("provider"), ProviderId, 1,
                                      {{QStringLiteral("postcode"), QStringLiteral("8011 AA")}},
                                      ahead)};
        QVERIFY(applyRemoteBatch(device(0), batch));
        QVERIFY(device(0).clock().last().packed() > ahead);
        QVERIFY(updateRecord(device(0), u"provider", ProviderId,
                             {{QStringLiteral("postcode"), QStringLiteral("8012 BB")}}));
        QCOMPARE(text(device(0), QStringLiteral("SELECT postcode FROM provider")),
                 QStringLiteral("8012 BB"));
    }

    // The migration to schema 3 gives a vault made before it the text heads and bases of its
    // one-line history; field clocks are derived from the log when first asked for.
    void migrationBackfillsHeadsAndDerivesClocks()
    {
        QTemporaryDir dir;
        auto db =
            Database::openPlain(dir.filePath(QStringLiteral("v2.db")), Database::OpenMode::Create);
        QVERIFY(db);
        QVERIFY(migrate(*db, vaultMigrations().first(2)));
        const Id o = newId();
        const QString c1 = idText(newId()), c2 = idText(newId()), c3 = idText(newId());
        QVERIFY(db->exec(
            QStringLiteral(
                "INSERT INTO provider (id, name, sort_name, sector) VALUES ('p', 'P', 'p', 'ggz');"
                "INSERT INTO visit (id, provider_id, type) VALUES ('%5', 'p', 'unannounced');"
                "INSERT INTO observation (id, visit_id, text, source, observed_at) VALUES "
                "('%1', '%5', 'tweede', 'read', 't');"
                "INSERT INTO change_log (change_id, entity, entity_id, op, fields, author_id, "
                "device_id, hlc, origin) VALUES "
                "('%2', 'observation', '%1', 'insert', '{\"visit_id\":\"%5\",\"text\":"
                "\"eerste\",\"source\":\"seen\",\"observed_at\":\"t\"}', 'u', 'd', 10, "
                "'local'),"
                "('%4', 'observation', '%1', 'update', '{\"text\":\"tweede\"}', 'u', 'd', 30, "
                "'local'),"
                "('%3', 'observation', '%1', 'update', '{\"source\":\"read\"}', 'u', 'd', 20, "
                "'local'),"
                "('c4', 'audit_event', 'a', 'insert', '{}', 'u', 'd', 40, 'local');")
                .arg(idText(o), c1, c2, c3, idText(VisitId))));
        QVERIFY(migrate(*db));
        QCOMPARE(db->scalar(QStringLiteral("PRAGMA user_version"))->toInt(), latestSchemaVersion());
        QCOMPARE(db->scalar(QStringLiteral("SELECT change_id || ':' || text || ':' || author_id "
                                           "FROM text_head"))
                     ->toString(),
                 c3 + QStringLiteral(":tweede:u"));
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM text_head"))->toInt(), 1);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM text_conflict"))->toInt(), 0);
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM field_clock"))->toInt(), 0);
        // The history was one line: the later text names the earlier one, as it would now.
        QCOMPARE(
            db->scalar(
                  QStringLiteral("SELECT bases FROM change_log WHERE change_id = '%1'").arg(c3))
                ->toString(),
            QStringLiteral("{\"text\":[\"%1\"]}").arg(c1));
        QCOMPARE(
            db->scalar(
                  QStringLiteral("SELECT bases FROM change_log WHERE change_id = '%1'").arg(c2))
                ->toString(),
            QString());
        QCOMPARE(db->scalar(QStringLiteral("SELECT change_id FROM text_superseded"))->toString(),
                 c1);

        MergeBook book(*db);
        QCOMPARE(book.fieldClock(o, QStringLiteral("source"))->value().changeId, c2);
        QCOMPARE(book.fieldClock(o, QStringLiteral("deleted"))->value().changeId, c1);
        QCOMPARE(book.fieldClock(o, QStringLiteral("visit_id"))->value().hlc, 10);
        QVERIFY(!book.fieldClock(o, QStringLiteral("norm_ids"))->has_value());
        // Kept: asked again, the rows answer (the never-set field as "none").
        QCOMPARE(db->scalar(QStringLiteral("SELECT count(*) FROM field_clock"))->toInt(), 4);
        QVERIFY(!book.fieldClock(o, QStringLiteral("norm_ids"))->has_value());
        QCOMPARE(book.fieldClock(o, QStringLiteral("source"))->value().changeId, c2);

        // Pushed, that history means the same on another vault: one version, no conflict.
        auto rows = db->prepare(QStringLiteral(
            "SELECT change_id, entity, entity_id, op, fields, bases, hlc FROM change_log WHERE "
            "entity = 'observation' ORDER BY seq"));
        QVERIFY(rows);
        wire::ChangeBatch batch;
        while (rows->next()) {
            ChangeRow row;
            row.changeId = rows->text(0);
            row.entity = rows->text(1);
            row.entityId = rows->id(2);
            row.op = rows->text(3);
            row.fieldsJson = rows->text(4);
            row.basesJson = rows->text(5);
            row.deviceId = QStringLiteral("legacy");
            row.hlc = rows->integer(6);
            batch.changes.push_back(*toWire(row));
        }
        QCOMPARE(batch.changes.size(), std::size_t(3));
        QVERIFY(applyRemoteBatch(device(1), batch));
        QCOMPARE(*ConflictRepository(device(1)).count(), 0);
        QCOMPARE(text(device(1), QStringLiteral("SELECT text || '/' || source FROM observation")),
                 QStringLiteral("tweede/read"));
        QCOMPARE(text(device(1), QStringLiteral("SELECT group_concat(change_id) FROM text_head")),
                 c3);
    }

    // Many random schedules of offline work, pushes and pulls: every vault ends the same, every
    // record made is there once, and no text is lost: each device's last text of a field is a
    // version every vault keeps, unless a later change named it as replaced.
    void randomSchedulesConverge()
    {
        const quint32 firstSeed = quint32(qEnvironmentVariableIntValue("SCHOUW_MERGE_SEED"));
        const int runs = qEnvironmentVariableIsSet("SCHOUW_MERGE_RUNS")
            ? qEnvironmentVariableIntValue("SCHOUW_MERGE_RUNS")
            : 200;
        for (int run = 0; run < runs; ++run) {
            const quint32 seed = firstSeed + quint32(run);
            reset();
            if (QTest::currentTestFailed())
                return;
            const QString failure = runSchedule(seed);
            QVERIFY2(
                failure.isEmpty(),
                qPrintable(QStringLiteral("seed %1 (SCHOUW_MERGE_SEED=%1 SCHOUW_MERGE_RUNS=1): "
                                          "%2")
                               .arg(seed)
                               .arg(failure)));
        }
    }

private:
    QString runSchedule(quint32 seed)
    {
        QRandomGenerator random(seed);
        const int devices = int(m_devices.size());
        QList<Id> findings; // made by any device, as far as the harness knows
        QList<Id> interviews;
        QSet<Id> deleted;
        // (device, record, field) -> the change id of that device's last text of it
        QHash<QString, QString> lastText;
        auto noteText = [&](int d, const Id &id, const QString &field) {
            lastText.insert(QStringLiteral("%1/%2/%3").arg(d).arg(idText(id), field),
                            lastLocalChange(device(d)));
        };
        auto visible = [&](int d, const QList<Id> &ids, const char *table) {
            QList<Id> here;
            for (const Id &id : ids)
                if (scalar(device(d),
                           QStringLiteral("SELECT count(*) FROM %1 WHERE id = '%2' AND "
                                          "deleted = 0")
                               .arg(QLatin1String(table), idText(id))) == 1)
                    here << id;
            return here;
        };

        const int steps = 30 + int(random.bounded(20));
        for (int step = 0; step < steps; ++step) {
            const int d = int(random.bounded(devices));
            const QString tag = QStringLiteral("s%1d%2").arg(step).arg(d);
            switch (random.bounded(9)) {
            case 0: {
                const Id id = newId();
                if (!insertRecord(device(d), u"observation", id,
                                  observationFields(QString(QStringLiteral("Bevinding ") + tag))))
                    return QStringLiteral("insert finding");
                findings << id;
                noteText(d, id, QStringLiteral("text"));
                break;
            }
            case 1:
            case 2: { // autosaves while typing
                const QList<Id> here = visible(d, findings, "observation");
                if (here.isEmpty())
                    break;
                const Id id = here.at(int(random.bounded(int(here.size()))));
                const int saves = 1 + int(random.bounded(3));
                for (int s = 0; s < saves; ++s) {
                    if (!updateRecord(device(d), u"observation", id,
                                      {{QStringLiteral("text"),
                                        QStringLiteral("Tekst %1.%2").arg(tag).arg(s)}}))
                        return QStringLiteral("edit finding");
                    noteText(d, id, QStringLiteral("text"));
                }
                break;
            }
            case 3: {
                const int norm = int(random.bounded(2));
                QVariantMap fields {{QStringLiteral("value"),
                                     random.bounded(2) == 0 ? QStringLiteral("meets")
                                                            : QStringLiteral("does_not_meet")}};
                if (random.bounded(2) == 0)
                    fields.insert(QStringLiteral("rationale"),
                                  QString(QStringLiteral("Oordeel ") + tag));
                if (!writeJudgement(device(d), norm, fields))
                    return QStringLiteral("judgement");
                if (fields.contains(QStringLiteral("rationale")))
                    noteText(d, judgementId(norm), QStringLiteral("rationale"));
                break;
            }
            case 4: {
                const QList<Id> here = visible(d, interviews, "interview");
                if (here.isEmpty() || random.bounded(2) == 0) {
                    const Id id = newId();
                    if (!insertRecord(
                            device(d), u"interview", id,
                            {{QStringLiteral("visit_id"), idText(VisitId)},
                             {QStringLiteral("respondent_group"), QStringLiteral("client")},
                             {QStringLiteral("pseudonym"),
                              QString(QStringLiteral("Cliënt ") + tag)},
                             {QStringLiteral("consent"), 1},
                             {QStringLiteral("notes"),
                              QString(QStringLiteral("Notities ") + tag)}}))
                        return QStringLiteral("insert interview");
                    interviews << id;
                    noteText(d, id, QStringLiteral("notes"));
                } else {
                    const Id id = here.at(int(random.bounded(int(here.size()))));
                    if (!updateRecord(
                            device(d), u"interview", id,
                            {{QStringLiteral("notes"), QString(QStringLiteral("Notities ") + tag)},
                             {QStringLiteral("place"), tag}}))
                        return QStringLiteral("edit interview");
                    noteText(d, id, QStringLiteral("notes"));
                }
                break;
            }
            case 5: {
                if (random.bounded(3) != 0)
                    break;
                const QList<Id> here = visible(d, findings, "observation");
                if (here.isEmpty())
                    break;
                const Id id = here.at(int(random.bounded(int(here.size()))));
                if (!removeRecord(device(d), u"observation", id))
                    return QStringLiteral("delete finding");
                deleted.insert(id);
                break;
            }
            case 6:
            case 7:
                if (!m_office.push(device(d), 1 + int(random.bounded(5))))
                    return QStringLiteral("push");
                break;
            default: {
                QString why;
                if (!m_office.pull(device(d), m_cursors[std::size_t(d)], 1 + int(random.bounded(6)),
                                   &why))
                    return QStringLiteral("pull: ") + why;
                break;
            }
            }
        }
        if (!syncAll())
            return QStringLiteral("final sync");

        const QStringList reference = dump(device(0));
        for (int d = 1; d < devices; ++d) {
            const QStringList other = dump(device(d));
            if (other != reference) {
                for (qsizetype i = 0; i < std::min(other.size(), reference.size()); ++i)
                    if (other.at(i) != reference.at(i))
                        return QStringLiteral("vault %1 differs from vault 0 at line %2")
                            .arg(d)
                            .arg(i);
                return QStringLiteral("vault %1 differs from vault 0 in length").arg(d);
            }
        }
        for (int d = 0; d < devices; ++d) {
            const qint64 logRows =
                scalar(device(d), QStringLiteral("SELECT count(*) FROM change_log"));
            if (logRows != qint64(m_office.log.size()))
                return QStringLiteral("vault %1 logs %2 changes, the office %3")
                    .arg(d)
                    .arg(logRows)
                    .arg(m_office.log.size());
            if (scalar(device(d), QStringLiteral("SELECT count(*) FROM observation")) !=
                    findings.size() ||
                scalar(device(d),
                       QStringLiteral("SELECT count(*) FROM observation WHERE "
                                      "deleted = 1")) != deleted.size() ||
                scalar(device(d), QStringLiteral("SELECT count(*) FROM interview")) !=
                    interviews.size())
                return QStringLiteral("record counts differ on vault %1").arg(d);
            if (scalar(device(d), QStringLiteral("SELECT count(*) FROM parked_change")) != 0)
                return QStringLiteral("parked changes left on vault %1").arg(d);
            // Each live finding keeps its norm link; deleted ones have none.
            if (scalar(device(d), QStringLiteral("SELECT count(*) FROM observation_norm")) !=
                findings.size() - deleted.size())
                return QStringLiteral("observation_norm wrong on vault %1").arg(d);
        }
        QSet<QString> named;
        for (const wire::WireChange &change : m_office.log) {
            const QJsonObject bases =
                QJsonDocument::fromJson(QByteArray::fromStdString(change.basesJson)).object();
            for (auto it = bases.constBegin(); it != bases.constEnd(); ++it)
                for (const QJsonValue &base : it.value().toArray())
                    named.insert(base.toString());
        }
        for (auto it = lastText.cbegin(); it != lastText.cend(); ++it) {
            const QStringList parts = it.key().split(u'/');
            const bool head = scalar(device(0),
                                     QStringLiteral("SELECT count(*) FROM text_head "
                                                    "WHERE change_id = '%1'")
                                         .arg(*it)) == 1;
            if (!head && !named.contains(*it))
                return QStringLiteral("a text of device %1 (%2) was lost").arg(parts.at(0), *it);
        }
        // Every open conflict shows the same text as the record on every vault (dump compares).
        return {};
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
