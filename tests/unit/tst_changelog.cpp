#include "testvault.h"
#include "vault/attachmentrepository.h"
#include "vault/auditlog.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/reportrepository.h"
#include "vault/sqlite.h"
#include "vault/teamrepository.h"
#include "vault/visitrepository.h"

#include <QBuffer>
#include <QTest>

#include <functional>

using namespace schouw;

namespace {

qint64 scalar(Vault &vault, const QString &sql)
{
    return vault.database().scalar(sql)->toLongLong();
}

qint64 changeCount(Vault &vault)
{
    return scalar(vault, QStringLiteral("SELECT count(*) FROM change_log"));
}

// A small world every mutation can refer to.
struct Fixture
{
    Id team = newId(), user = newId(), provider = newId(), location = newId(), signal = newId();
    Id framework = newId(), visit = newId(), observation = newId(), interview = newId();
    Id report = newId(), comment = newId();

    Status build(Vault &vault)
    {
        TeamRepository teams(vault);
        ProviderRepository providers(vault);
        Framework fw;
        fw.id = framework;
        fw.code = QStringLiteral("VV");
        fw.version = QStringLiteral("2026.1");
        fw.title = QStringLiteral("Toetsingskader verpleeghuiszorg");
        fw.sectors = {Sector::NursingAndCare};
        Theme theme;
        theme.code = QStringLiteral("1");
        theme.title = QStringLiteral("Persoonsgerichte zorg");
        theme.norms = {Norm {{},
                             {},
                             QStringLiteral("1.1"),
                             QStringLiteral("Zorgleefplan"),
                             QStringLiteral("Elke cliënt heeft een actueel zorgleefplan."),
                             QStringLiteral("Lees drie plannen."),
                             0}};
        fw.themes = {theme};
        Provider p;
        p.id = provider;
        p.name = QStringLiteral("Zorggroep De Linde");
        Visit v;
        v.id = visit;
        v.providerId = provider;
        v.frameworkId = framework;
        v.startedAt = QDateTime::currentDateTimeUtc();
        Observation o;
        o.id = observation;
        o.visitId = visit;
        o.text = QStringLiteral("Medicijnkar onbeheerd op de gang.");
        o.observedAt = QDateTime::currentDateTimeUtc();
        o.normIds = {FrameworkRepository::normId(framework, QStringLiteral("1.1"))};
        Interview i;
        i.id = interview;
        i.visitId = visit;
        i.pseudonym = QStringLiteral("Cliënt A");
        Report r;
        r.id = report;
        r.visitId = visit;
        r.title = QStringLiteral("Rapport");
        ReviewComment c;
        c.id = comment;
        c.reportId = report;
        c.text = QStringLiteral("Graag onderbouwen.");
        c.createdAt = QDateTime::currentDateTimeUtc();
        for (const Status &step :
             {teams.addTeam({team, QStringLiteral("Team Noord")}),
              teams.addUser({user, team, QStringLiteral("Inspecteur Bakker"), Role::Inspector}),
              providers.add(p),
              providers.addLocation(
                  {location, provider, QStringLiteral("De Linde"), {}, {}, {}, {}}),
              providers.addRiskSignal({signal, provider, SignalSource::Complaint, QDate(2026, 1, 3),
                                       2, QStringLiteral("Klacht"), true}),
              FrameworkRepository(vault).add(fw), VisitRepository(vault).add(v),
              ObservationRepository(vault).add(o), InterviewRepository(vault).add(i),
              ReportRepository(vault).add(r), ReportRepository(vault).addComment(c)})
            if (!step)
                return step;
        return {};
    }
};

using Mutation = std::function<bool(Vault &, const Fixture &)>;

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestChangeLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachMutationWritesExactlyOneEntry_data()
    {
        QTest::addColumn<Mutation>("mutation");
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("op");
        const auto row = [](const char *name, const char *entity, const char *op, Mutation m) {
            QTest::newRow(name) << m << QString::fromLatin1(entity) << QString::fromLatin1(op);
        };
        row("team add", "team", "insert", [](Vault &v, const Fixture &) {
            return TeamRepository(v).addTeam({newId(), QStringLiteral("Team Zuid")}).has_value();
        });
        row("user role", "user", "update", [](Vault &v, const Fixture &f) {
            return TeamRepository(v).setRole(f.user, Role::TeamLead).has_value();
        });
        row("provider add", "provider", "insert", [](Vault &v, const Fixture &) {
            Provider p;
            p.id = newId();
            p.name = QStringLiteral("Apotheek Het Anker");
            return ProviderRepository(v).add(p).has_value();
        });
        row("provider delete", "provider", "delete", [](Vault &v, const Fixture &f) {
            return ProviderRepository(v).remove(f.provider).has_value();
        });
        row("location add", "location", "insert", [](Vault &v, const Fixture &f) {
            return ProviderRepository(v)
                .addLocation({newId(), f.provider, QStringLiteral("Locatie Oost"), {}, {}, {}, {}})
                .has_value();
        });
        row("signal closed", "risk_signal", "update", [](Vault &v, const Fixture &f) {
            return ProviderRepository(v).setRiskSignalOpen(f.signal, false).has_value();
        });
        row("visit finish", "visit", "update", [](Vault &v, const Fixture &f) {
            return VisitRepository(v).finish(f.visit, QDateTime::currentDateTimeUtc()).has_value();
        });
        row("observation add", "observation", "insert", [](Vault &v, const Fixture &f) {
            Observation o;
            o.id = newId();
            o.visitId = f.visit;
            o.text = QStringLiteral("Deur van de medicijnkamer stond open.");
            o.observedAt = QDateTime::currentDateTimeUtc();
            return ObservationRepository(v).add(o).has_value();
        });
        row("observation text", "observation", "update", [](Vault &v, const Fixture &f) {
            return ObservationRepository(v)
                .updateText(f.observation, QStringLiteral("Aangepast"))
                .has_value();
        });
        row("observation norms", "observation", "update", [](Vault &v, const Fixture &f) {
            return ObservationRepository(v).linkNorms(f.observation, {}).has_value();
        });
        row("observation delete", "observation", "delete", [](Vault &v, const Fixture &f) {
            return ObservationRepository(v).remove(f.observation).has_value();
        });
        row("interview notes", "interview", "update", [](Vault &v, const Fixture &f) {
            return InterviewRepository(v)
                .updateNotes(f.interview, QStringLiteral("Notities"))
                .has_value();
        });
        row("attachment add", "attachment", "insert", [](Vault &v, const Fixture &f) {
            QByteArray bytes(700'000, 'x'); // three chunks
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            Attachment a;
            a.id = newId();
            a.ownerId = f.observation;
            a.fileName = QStringLiteral("foto.jpg");
            a.mimeType = QStringLiteral("image/jpeg");
            return AttachmentRepository(v).add(a, buffer).has_value();
        });
        row("report state", "report", "update", [](Vault &v, const Fixture &f) {
            return ReportRepository(v).setState(f.report, ReportState::InReview).has_value();
        });
        row("comment resolved", "review_comment", "update", [](Vault &v, const Fixture &f) {
            return ReportRepository(v).resolveComment(f.comment).has_value();
        });
        row("audit event", "audit_event", "insert", [](Vault &v, const Fixture &) {
            return AuditLog(v).append(QStringLiteral("report.viewed")).has_value();
        });
        row("framework import", "framework", "insert", [](Vault &v, const Fixture &) {
            Framework fw;
            fw.id = newId();
            fw.code = QStringLiteral("JH");
            fw.version = QStringLiteral("2026.1");
            fw.title = QStringLiteral("Toetsingskader jeugdhulp");
            return FrameworkRepository(v).add(fw).has_value();
        });
    }

    void eachMutationWritesExactlyOneEntry()
    {
        QFETCH(Mutation, mutation);
        QFETCH(QString, entity);
        QFETCH(QString, op);
        test::TempVault temp;
        Fixture fixture;
        QVERIFY(fixture.build(temp.vault()));
        const qint64 before = changeCount(temp.vault());
        QVERIFY(mutation(temp.vault(), fixture));
        QCOMPARE(changeCount(temp.vault()), before + 1);
        auto last = temp.vault().database().prepare(
            QStringLiteral("SELECT entity, op, device_id, origin, sent FROM change_log ORDER BY "
                           "seq DESC LIMIT 1"));
        QVERIFY(last && last->next());
        QCOMPARE(last->text(0), entity);
        QCOMPARE(last->text(1), op);
        QCOMPARE(last->text(2), temp.vault().deviceId());
        QCOMPARE(last->text(3), QStringLiteral("local"));
        QCOMPARE(last->integer(4), 0);
    }

    void rollbackLeavesNeitherRecordNorEntry_data() { eachMutationWritesExactlyOneEntry_data(); }

    void rollbackLeavesNeitherRecordNorEntry()
    {
        QFETCH(Mutation, mutation);
        test::TempVault temp;
        Fixture fixture;
        QVERIFY(fixture.build(temp.vault()));
        Database &db = temp.vault().database();
        // Fingerprint of every table before, compared after a rolled-back mutation.
        const auto fingerprint = [&db] {
            QStringList parts;
            for (const char *table :
                 {"change_log", "team", "app_user", "provider", "location", "risk_signal",
                  "framework", "theme", "norm", "visit", "observation", "observation_norm",
                  "interview", "attachment", "attachment_chunk", "report", "review_comment",
                  "audit_event", "provider_token"}) {
                auto statement = db.prepare(
                    QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(QLatin1String(table)));
                while (statement->next())
                    for (int c = 0; c < statement->columnCount(); ++c)
                        parts << statement->value(c).toString();
            }
            return parts;
        };
        const QStringList before = fingerprint();
        {
            Transaction outer(db);
            QVERIFY(outer.begun());
            QVERIFY(mutation(temp.vault(), fixture));
            outer.rollback();
        }
        QCOMPARE(fingerprint(), before);
    }

    void failedWriteLeavesNoEntry()
    {
        test::TempVault temp;
        const qint64 before = changeCount(temp.vault());
        Location orphan {newId(), newId(), QStringLiteral("Nergens"), {}, {}, {}, {}};
        auto added = ProviderRepository(temp.vault()).addLocation(orphan); // no such provider
        QVERIFY(!added);
        QCOMPARE(changeCount(temp.vault()), before);
        QCOMPARE(scalar(temp.vault(), QStringLiteral("SELECT count(*) FROM location")), 0);
    }

    void unknownColumnsAndEntitiesAreRefused()
    {
        test::TempVault temp;
        ChangeWriter &writer = temp.vault().changes();
        auto badColumn =
            writer.insert(u"provider", newId(), {{QStringLiteral("name; DROP TABLE provider"), 1}});
        QCOMPARE(badColumn.error().code, ErrorCode::InvalidInput);
        auto badEntity = writer.insert(u"sqlite_master", newId(), {});
        QCOMPARE(badEntity.error().code, ErrorCode::InvalidInput);
        QCOMPARE(changeCount(temp.vault()), 0);
    }

    void entriesCarryFieldsAuthorAndIncreasingClock()
    {
        test::TempVault temp;
        const Id author = newId();
        QVERIFY(temp.vault().setMetaValue(QStringLiteral("user_id"), idText(author)));
        Provider p;
        p.id = newId();
        p.name = QStringLiteral("Huisartsenpraktijk Molenweg");
        ProviderRepository providers(temp.vault());
        QVERIFY(providers.add(p));
        p.city = QStringLiteral("Assen");
        QVERIFY(providers.update(p));
        auto rows = temp.vault().database().prepare(QStringLiteral(
            "SELECT fields, author_id, hlc, entity_id FROM change_log ORDER BY seq"));
        QVERIFY(rows->next());
        QVERIFY(rows->text(0).contains(QStringLiteral("Huisartsenpraktijk Molenweg")));
        QCOMPARE(rows->id(1), author);
        QCOMPARE(rows->id(3), p.id);
        const qint64 firstHlc = rows->integer(2);
        QVERIFY(rows->next());
        QVERIFY(rows->text(0).contains(QStringLiteral("Assen")));
        QVERIFY(rows->integer(2) > firstHlc);
    }

    void clockResumesAfterReopen()
    {
        test::TempVault temp;
        Provider p;
        p.id = newId();
        p.name = QStringLiteral("A");
        QVERIFY(ProviderRepository(temp.vault()).add(p));
        const qint64 last = scalar(temp.vault(), QStringLiteral("SELECT max(hlc) FROM change_log"));
        temp.close();
        // Reopen with a wall clock a day in the past: new entries must still sort after old ones.
        VaultOptions options = test::fastOptions();
        options.wallClock = [] {
            return qint64(1'600'000'000'000);
        };
        auto opened = Vault::open(temp.directory(), test::passphrase(), options);
        QVERIFY(opened);
        p.name = QStringLiteral("B");
        QVERIFY(ProviderRepository(**opened).update(p));
        QVERIFY((*opened)
                    ->database()
                    .scalar(QStringLiteral("SELECT max(hlc) FROM change_log"))
                    ->toLongLong() > last);
    }

    void pendingCountsOnlyLocalUnsent()
    {
        test::TempVault temp;
        Provider p;
        p.id = newId();
        p.name = QStringLiteral("Van het kantoor");
        temp.vault().changes().setOrigin(ChangeWriter::Origin::Remote);
        QVERIFY(ProviderRepository(temp.vault()).add(p));
        temp.vault().changes().setOrigin(ChangeWriter::Origin::Local);
        QCOMPARE(pendingChangeCount(temp.vault().database()).value(), 0);
        QVERIFY(ProviderRepository(temp.vault()).setRiskSignalOpen(newId(), false).error().code ==
                ErrorCode::NotFound);
        p.city = QStringLiteral("Deventer");
        QVERIFY(ProviderRepository(temp.vault()).update(p));
        QCOMPARE(pendingChangeCount(temp.vault().database()).value(), 1);
    }
};

QTEST_GUILESS_MAIN(TestChangeLog)
#include "tst_changelog.moc"
