// The conflicts view's repository: what a merge leaves for a person, and how it is resolved.

#include "sync/changeapplier.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "testvault.h"
#include "vault/changewriter.h"
#include "vault/recordcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace schouw;
using namespace schouw::sync;

namespace {

const Id ProviderId = QUuid::fromString(u"0b5e7c1a-55aa-4b1e-8d3f-0000000000a1");
const Id VisitId = QUuid::fromString(u"0b5e7c1a-55aa-4b1e-8d3f-0000000000a2");
const Id OtherAuthor = QUuid::fromString(u"0b5e7c1a-55aa-4b1e-8d3f-0000000000c3");

wire::WireChange remote(const QString &entity, const Id &id, const QString &op,
                        const QVariantMap &fields, const QString &bases = {})
{
    static qint64 tick = 0;
    ChangeRow row;
    row.changeId = idText(newId());
    row.entity = entity;
    row.entityId = id;
    row.op = op;
    row.fieldsJson = QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(fields)).toJson(QJsonDocument::Compact));
    row.basesJson = bases;
    row.authorId = OtherAuthor;
    row.deviceId = QStringLiteral("laptop-b");
    // Now, as a device that just made the change: a deletion made elsewhere is later than the
    // insert it deletes.
    row.hlc = (QDateTime::currentMSecsSinceEpoch() << 16) + ++tick;
    return *toWire(row);
}

QString scalarText(Vault &vault, const QString &sql)
{
    auto value = vault.database().scalar(sql);
    return value ? value->toString() : QStringLiteral("<error>");
}

} // namespace

class TestConflicts : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempVault> m_temp;
    Vault &vault() { return m_temp->vault(); }

    Status apply(const std::vector<wire::WireChange> &changes)
    {
        wire::ChangeBatch batch;
        batch.changes = changes;
        auto applied = applyRemoteBatch(vault(), batch);
        if (!applied)
            return std::unexpected(applied.error());
        return {};
    }

    // A finding written here, and a concurrent text for it from another device (it names no
    // base: it never saw this vault's text).
    Id conflictedFinding()
    {
        const Id finding = newId();
        const Status made = insertRecord(
            vault(), u"observation", finding,
            {{QStringLiteral("visit_id"), idText(VisitId)},
             {QStringLiteral("text"), QStringLiteral("Tekst hier")},
             {QStringLiteral("source"), QStringLiteral("seen")},
             {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T10:00:00.000Z")}});
        if (!made)
            return {};
        const Status applied = apply({remote(
            QStringLiteral("observation"), finding, QStringLiteral("insert"),
            {{QStringLiteral("visit_id"), idText(VisitId)},
             {QStringLiteral("text"), QStringLiteral("Tekst daar")},
             {QStringLiteral("source"), QStringLiteral("seen")},
             {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T10:00:00.000Z")}})});
        return applied ? finding : Id();
    }

private Q_SLOTS:
    void init()
    {
        m_temp = std::make_unique<test::TempVault>();
        QVERIFY(m_temp->isValid());
        QVERIFY(apply({remote(QStringLiteral("provider"), ProviderId, QStringLiteral("insert"),
                              {{QStringLiteral("name"), QStringLiteral("De Linde")},
                               {QStringLiteral("sort_name"), QStringLiteral("de linde")},
                               {QStringLiteral("sector"), QStringLiteral("ggz")}}),
                       remote(QStringLiteral("visit"), VisitId, QStringLiteral("insert"),
                              {{QStringLiteral("provider_id"), idText(ProviderId)},
                               {QStringLiteral("type"), QStringLiteral("announced")}})}));
    }

    void noConflictsInANewVault()
    {
        ConflictRepository conflicts(vault());
        QCOMPARE(*conflicts.count(), 0);
        QVERIFY(conflicts.textConflicts()->isEmpty());
        QVERIFY(conflicts.deletionConflicts()->isEmpty());
    }

    void concurrentTextsAreListedWithEveryVersion()
    {
        const Id finding = conflictedFinding();
        QVERIFY(!finding.isNull());
        ConflictRepository conflicts(vault());
        QCOMPARE(*conflicts.count(), 1);
        auto list = conflicts.textConflicts();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        const TextConflict &conflict = list->first();
        QCOMPARE(conflict.entity, QStringLiteral("observation"));
        QCOMPARE(conflict.entityId, finding);
        QCOMPARE(conflict.field, QStringLiteral("text"));
        QCOMPARE(conflict.visitId, VisitId);
        QCOMPARE(conflict.heads.size(), 2);
        // Newest first, and that is the one the record shows.
        QVERIFY(conflict.heads[0].hlc > conflict.heads[1].hlc);
        QCOMPARE(conflict.heads[0].text, QStringLiteral("Tekst daar"));
        QCOMPARE(conflict.heads[0].authorId, OtherAuthor);
        QCOMPARE(conflict.heads[1].text, QStringLiteral("Tekst hier"));
        QCOMPARE(conflict.heads[1].authorId, vault().changes().author());
        QCOMPARE(scalarText(vault(), QStringLiteral("SELECT text FROM observation")),
                 QStringLiteral("Tekst daar"));
        // Kept across a restart.
        QVERIFY(m_temp->reopen());
        QCOMPARE(*ConflictRepository(vault()).count(), 1);
    }

    // An ordinary edit replaces only the shown version; the conflict stays open.
    void anOrdinaryEditKeepsTheConflict()
    {
        const Id finding = conflictedFinding();
        QVERIFY(updateRecord(vault(), u"observation", finding,
                             {{QStringLiteral("text"), QStringLiteral("Tekst hier, aangevuld")}}));
        ConflictRepository conflicts(vault());
        QCOMPARE(*conflicts.count(), 1);
        const QJsonObject bases =
            QJsonDocument::fromJson(scalarText(vault(),
                                               QStringLiteral("SELECT bases FROM "
                                                              "change_log ORDER BY seq "
                                                              "DESC LIMIT 1"))
                                        .toUtf8())
                .object();
        QCOMPARE(bases.value(QStringLiteral("text")).toArray().size(), 1);
        QCOMPARE(conflicts.textConflicts()->first().heads.size(), 2);
    }

    void resolvingNamesEveryVersion()
    {
        const Id finding = conflictedFinding();
        ConflictRepository conflicts(vault());
        const QList<TextHead> heads = conflicts.textConflicts()->first().heads;
        const qint64 pendingBefore = *pendingCount(vault());
        QVERIFY(conflicts.resolveText(QStringLiteral("observation"), finding,
                                      QStringLiteral("text"), QStringLiteral("Samen")));
        QCOMPARE(*conflicts.count(), 0);
        QCOMPARE(scalarText(vault(), QStringLiteral("SELECT text FROM observation")),
                 QStringLiteral("Samen"));
        QCOMPARE(*pendingCount(vault()), pendingBefore + 1);
        QStringList named;
        const QJsonObject bases =
            QJsonDocument::fromJson(scalarText(vault(),
                                               QStringLiteral("SELECT bases FROM "
                                                              "change_log ORDER BY seq "
                                                              "DESC LIMIT 1"))
                                        .toUtf8())
                .object();
        for (const QJsonValue &base : bases.value(QStringLiteral("text")).toArray())
            named << base.toString();
        QStringList expected {heads[0].changeId, heads[1].changeId};
        named.sort();
        expected.sort();
        QCOMPARE(named, expected);
        QCOMPARE(vault().changes().book().heads(finding, QStringLiteral("text"))->size(), 1);
        // Nothing left to resolve.
        QCOMPARE(conflicts
                     .resolveText(QStringLiteral("observation"), finding, QStringLiteral("text"),
                                  QStringLiteral("Nog eens"))
                     .error()
                     .code,
                 ErrorCode::NotFound);
    }

    // A version arriving after the resolution that replaced it does not reopen the conflict:
    // heads do not depend on the order of arrival.
    void aLateVersionOfAResolvedConflictStaysClosed()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(
            vault(), u"observation", finding,
            {{QStringLiteral("visit_id"), idText(VisitId)},
             {QStringLiteral("text"), QStringLiteral("Tekst hier")},
             {QStringLiteral("source"), QStringLiteral("seen")},
             {QStringLiteral("observed_at"), QStringLiteral("2026-01-05T10:00:00.000Z")}}));
        const QString here = scalarText(
            vault(), QStringLiteral("SELECT change_id FROM change_log ORDER BY seq DESC LIMIT 1"));
        const wire::WireChange late =
            remote(QStringLiteral("observation"), finding, QStringLiteral("update"),
                   {{QStringLiteral("text"), QStringLiteral("Daar")}});
        const QString there = idText(fromWireUuid(late.changeId));
        const wire::WireChange resolution =
            remote(QStringLiteral("observation"), finding, QStringLiteral("update"),
                   {{QStringLiteral("text"), QStringLiteral("Samen")}},
                   QStringLiteral("{\"text\":[\"%1\",\"%2\"]}").arg(here, there));
        QVERIFY(apply({resolution}));
        QVERIFY(apply({late}));
        QCOMPARE(*ConflictRepository(vault()).count(), 0);
        QCOMPARE(scalarText(vault(), QStringLiteral("SELECT text FROM observation")),
                 QStringLiteral("Samen"));
        QCOMPARE(vault().changes().book().heads(finding, QStringLiteral("text"))->size(), 1);
    }

    void textConflictsOfReviewCommentsNameTheVisit()
    {
        const Id report = newId();
        const Id comment = newId();
        QVERIFY(apply({remote(QStringLiteral("report"), report, QStringLiteral("insert"),
                              {{QStringLiteral("visit_id"), idText(VisitId)},
                               {QStringLiteral("state"), QStringLiteral("draft")},
                               {QStringLiteral("title"), QStringLiteral("Rapport")}})}));
        QVERIFY(insertRecord(vault(), u"review_comment", comment,
                             {{QStringLiteral("report_id"), idText(report)},
                              {QStringLiteral("text"), QStringLiteral("Hier")},
                              {QStringLiteral("created_at"), QStringLiteral("2026")}}));
        QVERIFY(apply({remote(QStringLiteral("review_comment"), comment, QStringLiteral("update"),
                              {{QStringLiteral("text"), QStringLiteral("Daar")}})}));
        auto list = ConflictRepository(vault()).textConflicts();
        QVERIFY(list);
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().visitId, VisitId);
        QCOMPARE(ConflictRepository::fieldLabel(list->first().entity, list->first().field),
                 QStringLiteral("Comment"));
    }

    void deletedElsewhereCanBeAcceptedOrRestored()
    {
        const Id kept = newId();
        const Id accepted = newId();
        for (const Id &id : {kept, accepted}) {
            QVERIFY(insertRecord(vault(), u"interview", id,
                                 {{QStringLiteral("visit_id"), idText(VisitId)},
                                  {QStringLiteral("respondent_group"), QStringLiteral("staff")},
                                  {QStringLiteral("pseudonym"), QStringLiteral("Medewerker")},
                                  {QStringLiteral("notes"), QStringLiteral("Gesprek")}}));
        }
        QVERIFY(
            apply({remote(QStringLiteral("interview"), kept, QStringLiteral("delete"), {}),
                   remote(QStringLiteral("interview"), accepted, QStringLiteral("delete"), {})}));
        ConflictRepository conflicts(vault());
        QCOMPARE(*conflicts.count(), 2);
        auto list = conflicts.deletionConflicts();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->first().entity, QStringLiteral("interview"));
        QCOMPARE(list->first().visitId, VisitId);
        QCOMPARE(list->first().deletedBy, OtherAuthor);
        QCOMPARE(scalarText(vault(), QStringLiteral("SELECT group_concat(deleted) FROM interview")),
                 QStringLiteral("1,1"));

        QVERIFY(conflicts.acceptDeletion(accepted));
        QCOMPARE(*conflicts.count(), 1);
        QVERIFY(conflicts.restoreDeleted(kept));
        QCOMPARE(*conflicts.count(), 0);
        QCOMPARE(scalarText(vault(),
                            QStringLiteral("SELECT deleted || notes FROM interview WHERE "
                                           "id = '%1'")
                                .arg(idText(kept))),
                 QStringLiteral("0Gesprek"));
        QCOMPARE(scalarText(vault(),
                            QStringLiteral("SELECT deleted FROM interview WHERE id = '%1'")
                                .arg(idText(accepted))),
                 QStringLiteral("1"));
        // The restoration travels as an insert of the record.
        QCOMPARE(scalarText(vault(),
                            QStringLiteral("SELECT op FROM change_log ORDER BY seq DESC "
                                           "LIMIT 1")),
                 QStringLiteral("insert"));
        QCOMPARE(conflicts.restoreDeleted(kept).error().code, ErrorCode::NotFound);
    }

    // A deletion of a record without unsent work here is no conflict.
    void deletionOfSentWorkIsNoConflict()
    {
        const Id finding = newId();
        QVERIFY(insertRecord(vault(), u"observation", finding,
                             {{QStringLiteral("visit_id"), idText(VisitId)},
                              {QStringLiteral("text"), QStringLiteral("Verzonden")},
                              {QStringLiteral("source"), QStringLiteral("seen")},
                              {QStringLiteral("observed_at"), QStringLiteral("2026")}}));
        QVERIFY(markAllUnsent(vault()));
        auto batch = pendingBatch(vault(), 100);
        std::vector<wire::WireUuid> ids;
        for (const auto &change : batch->changes)
            ids.push_back(change.changeId);
        QVERIFY(markSent(vault(), ids));
        QVERIFY(
            apply({remote(QStringLiteral("observation"), finding, QStringLiteral("delete"), {})}));
        QCOMPARE(*ConflictRepository(vault()).count(), 0);
    }

    void labelsAreTranslatable()
    {
        QCOMPARE(ConflictRepository::entityLabel(u"observation"), QStringLiteral("Finding"));
        QCOMPARE(ConflictRepository::fieldLabel(u"interview", u"notes"),
                 QStringLiteral("Interview notes"));
        QCOMPARE(ConflictRepository::fieldLabel(u"judgement", u"rationale"),
                 QStringLiteral("Rationale"));
    }

    void lockedVaultIsRefused()
    {
        vault().lock();
        ConflictRepository conflicts(vault());
        QCOMPARE(conflicts.count().error().code, ErrorCode::VaultLocked);
        QCOMPARE(conflicts.textConflicts().error().code, ErrorCode::VaultLocked);
    }
};

QTEST_GUILESS_MAIN(TestConflicts)
#include "tst_conflicts.moc"
