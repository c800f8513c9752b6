#include "testdata.h"
#include "testvault.h"
#include "vault/attachmentrepository.h"
#include "vault/changewriter.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/judgementrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/signalcheckrepository.h"
#include "vault/visitrepository.h"

#include <QBuffer>
#include <QTest>

using namespace schouw;

namespace {

// One provider with a signal, a two-norm framework and a visit to it.
struct VisitFixture
{
    Id provider = newId(), signal = newId(), framework = newId(), visit = newId();
    Id inspector = newId();
    Id normA, normB;
    QDateTime at = QDateTime(QDate(2026, 11, 3), QTime(9, 30), Qt::UTC);

    void build(Vault &vault)
    {
        Framework fw = test::sampleFramework(1, 2);
        fw.id = framework;
        QVERIFY(FrameworkRepository(vault).add(fw));
        normA = FrameworkRepository::normId(framework, QStringLiteral("1.1"));
        normB = FrameworkRepository::normId(framework, QStringLiteral("1.2"));

        ProviderRepository providers(vault);
        Provider p;
        p.id = provider;
        p.name = QStringLiteral("GGZ De Brug");
        p.sector = Sector::MentalHealthCare;
        QVERIFY(providers.add(p));
        QVERIFY(providers.addRiskSignal(
            RiskSignal {signal, provider, SignalSource::Complaint, QDate(2026, 10, 1), 2,
                        QStringLiteral("Klacht over separatie"), true}));
        Visit v;
        v.id = visit;
        v.providerId = provider;
        v.frameworkId = framework;
        v.startedAt = at;
        v.memberIds = {inspector};
        QVERIFY(VisitRepository(vault).add(v));
    }
};

qint64 changesFor(Vault &vault, const Id &id)
{
    auto statement = vault.database().prepare(
        QStringLiteral("SELECT count(*) FROM change_log WHERE entity_id = ?"));
    statement->bind(1, id);
    return statement->next() ? statement->integer(0) : -1;
}

} // namespace

class TestFieldwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void visitKeepsItsLocationsAndTeam()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        VisitRepository visits(temp.vault());
        const Id location = newId();
        QVERIFY(visits.setLocations(f.visit, {location}));
        auto visit = visits.find(f.visit);
        QVERIFY(visit && *visit);
        QCOMPARE((*visit)->locationIds, QList<Id> {location});
        QCOMPARE((*visit)->memberIds, QList<Id> {f.inspector});
        QVERIFY(!(*visit)->isFinished());
        QVERIFY(visits.finish(f.visit, f.at.addSecs(3600)));
        QVERIFY((*visits.find(f.visit))->isFinished());
        QVERIFY(visits.reopen(f.visit));
        QVERIFY(!(*visits.find(f.visit))->isFinished());
    }

    void judgementValueAndRationaleAreSeparateFields()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        JudgementRepository judgements(temp.vault());
        QCOMPARE(judgements.progress(f.visit)->judged, 0);
        QCOMPARE(judgements.progress(f.visit)->total, 2);

        QVERIFY(judgements.setRationale(f.visit, f.normA, QStringLiteral("Plannen actueel."),
                                        f.inspector, f.at));
        // A rationale alone does not judge the norm.
        QCOMPARE(judgements.progress(f.visit)->judged, 0);
        QVERIFY(judgements.setValue(f.visit, f.normA, Judgement::LargelyMeets, f.inspector, f.at));
        auto found = judgements.find(f.visit, f.normA);
        QVERIFY(found && *found);
        QCOMPARE((*found)->value, std::optional(Judgement::LargelyMeets));
        QCOMPARE((*found)->rationale, QStringLiteral("Plannen actueel."));
        QCOMPARE(judgements.progress(f.visit)->judged, 1);
        QCOMPARE(judgements.progress(f.visit)->open(), 1);

        // The id is derived, so the same norm judged on two laptops is one record.
        QCOMPARE((*found)->id, JudgementRepository::judgementId(f.visit, f.normA));
        QCOMPARE(changesFor(temp.vault(), (*found)->id), 2);

        QVERIFY(judgements.setValue(f.visit, f.normA, std::nullopt, f.inspector, f.at));
        QCOMPARE(judgements.progress(f.visit)->judged, 0);
        QCOMPARE((*judgements.find(f.visit, f.normA))->rationale,
                 QStringLiteral("Plannen actueel."));
        QCOMPARE(judgements.forVisit(f.visit)->size(), 1);
    }

    void signalChecksRecordOutcomeAndNote()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        SignalCheckRepository checks(temp.vault());
        QVERIFY(checks.setNote(f.visit, f.signal, QStringLiteral("Separatieregister ingezien."),
                               f.inspector, f.at));
        auto check = checks.find(f.visit, f.signal);
        QVERIFY(check && *check);
        QCOMPARE((*check)->outcome, SignalCheckOutcome::NotChecked);
        QVERIFY(
            checks.setOutcome(f.visit, f.signal, SignalCheckOutcome::Confirmed, f.inspector, f.at));
        check = checks.find(f.visit, f.signal);
        QCOMPARE((*check)->outcome, SignalCheckOutcome::Confirmed);
        QCOMPARE((*check)->note, QStringLiteral("Separatieregister ingezien."));
        QCOMPARE(checks.forVisit(f.visit)->size(), 1);
    }

    void unassignedFindingsLeaveTheListWhenLinked()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        ObservationRepository observations(temp.vault());
        Observation quick;
        quick.id = newId();
        quick.visitId = f.visit;
        quick.text = QStringLiteral("Medicatiekar onbeheerd op de gang.");
        quick.observedAt = f.at;
        QVERIFY(observations.add(quick));
        QCOMPARE(observations.unassigned(f.visit)->size(), 1);
        QCOMPARE(observations.countsForVisit(f.visit)->unassigned, 1);
        QVERIFY(observations.linkNorms(quick.id, {f.normA, f.normB}));
        QCOMPARE(observations.unassigned(f.visit)->size(), 0);
        const FindingCounts counts = *observations.countsForVisit(f.visit);
        QCOMPARE(counts.unassigned, 0);
        QCOMPARE(counts.perNorm.value(f.normA), 1);
        QCOMPARE(counts.perNorm.value(f.normB), 1);
        QCOMPARE(observations.forNorm(f.visit, f.normB)->size(), 1);
        QVERIFY(observations.updateSource(quick.id, ObservationSource::Document));
        QCOMPARE((*observations.find(quick.id))->source, ObservationSource::Document);
    }

    // The list's open-signal count is kept on the provider row; it follows every signal change.
    void openSignalCountFollowsSignalChanges()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        ProviderRepository providers(temp.vault());
        const auto openSignals = [&] {
            auto page = providers.page(std::nullopt, 10);
            return page && !page->isEmpty() ? page->constFirst().openSignals : -1;
        };
        QCOMPARE(openSignals(), 1);
        const Id second = newId();
        QVERIFY(providers.addRiskSignal(RiskSignal {second, f.provider, SignalSource::Media,
                                                    QDate(2026, 10, 2), 1,
                                                    QStringLiteral("Krantenbericht"), true}));
        QCOMPARE(openSignals(), 2);
        QVERIFY(providers.setRiskSignalOpen(f.signal, false));
        QCOMPARE(openSignals(), 1);
        QVERIFY(temp.vault().changes().remove(u"risk_signal", second));
        QCOMPARE(openSignals(), 0);
        ProviderQuery onlyOpen;
        onlyOpen.openSignalsOnly = true;
        QCOMPARE(*providers.count(onlyOpen), 0);
    }

    void pseudonymsTakeTheNextFreeLetter()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        InterviewRepository interviews(temp.vault());
        QCOMPARE(*interviews.nextPseudonym(f.visit, RespondentGroup::Client),
                 QStringLiteral("Cliënt A"));
        for (int i = 0; i < 27; ++i) {
            Interview interview;
            interview.id = newId();
            interview.visitId = f.visit;
            interview.pseudonym = *interviews.nextPseudonym(f.visit, RespondentGroup::Client);
            QVERIFY(interviews.add(interview));
        }
        QCOMPARE(*interviews.nextPseudonym(f.visit, RespondentGroup::Client),
                 QStringLiteral("Cliënt AB"));
        QCOMPARE(*interviews.nextPseudonym(f.visit, RespondentGroup::Relative),
                 QStringLiteral("Naaste A"));
    }

    void declinedConsentKeepsOnlyThatItWasAsked()
    {
        test::TempVault temp;
        VisitFixture f;
        f.build(temp.vault());
        InterviewRepository interviews(temp.vault());
        ObservationRepository observations(temp.vault());
        Interview interview;
        interview.id = newId();
        interview.visitId = f.visit;
        interview.group = RespondentGroup::Relative;
        interview.pseudonym = QStringLiteral("Naaste A");
        interview.consent = Consent::Written;
        interview.place = QStringLiteral("Familiekamer");
        interview.interviewerId = f.inspector;
        QVERIFY(interviews.add(interview));
        QVERIFY(interviews.updateNotes(interview.id, QStringLiteral("Tevreden over de zorg.")));
        QVERIFY(interviews.setAnswer(interview.id, QStringLiteral("0"), QStringLiteral("Ja.")));
        Observation statement;
        statement.id = newId();
        statement.visitId = f.visit;
        statement.interviewId = interview.id;
        statement.source = ObservationSource::Interview;
        statement.text = QStringLiteral("Naaste A mist overleg over het zorgplan.");
        statement.normIds = {f.normA};
        statement.observedAt = f.at;
        QVERIFY(observations.add(statement));
        QCOMPARE(observations.forNorm(f.visit, f.normA)->size(), 1);
        QCOMPARE((*interviews.find(interview.id))->answers.value(QStringLiteral("0")),
                 QStringLiteral("Ja."));

        QBuffer recording;
        recording.setData(QByteArray(3000, 'x'));
        recording.open(QIODevice::ReadOnly);
        Attachment audio;
        audio.id = newId();
        audio.ownerId = interview.id;
        audio.fileName = QStringLiteral("gesprek.ogg");
        audio.mimeType = QStringLiteral("audio/ogg");
        QVERIFY(AttachmentRepository(temp.vault()).add(audio, recording));

        QVERIFY(interviews.setConsent(interview.id, Consent::Declined));
        // Nothing of what was said remains: not in the records, not in the recording's chunks,
        // not in the unsent change log.
        const auto scalar = [&](const char *sql) {
            return temp.vault().database().scalar(QString::fromLatin1(sql))->toLongLong();
        };
        QCOMPARE(scalar("SELECT count(*) FROM attachment_chunk"), 0);
        QCOMPARE(AttachmentRepository(temp.vault()).forOwner(interview.id)->size(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM change_log WHERE fields LIKE '%Tevreden%' OR "
                        "fields LIKE '%mist overleg%' OR fields LIKE '%Ja.%'"),
                 0);
        QCOMPARE(scalar("SELECT count(*) FROM observation WHERE text LIKE '%mist overleg%'"), 0);
        auto stored = *interviews.find(interview.id);
        QCOMPARE(stored->consent, Consent::Declined);
        QVERIFY(stored->notes.isEmpty());
        QVERIFY(stored->answers.isEmpty());
        QCOMPARE(stored->pseudonym, QStringLiteral("Naaste A"));
        QCOMPARE(observations.forInterview(interview.id)->size(), 0);
        QCOMPARE(observations.forNorm(f.visit, f.normA)->size(), 0);
        // Nothing more can be recorded for it.
        QCOMPARE(interviews.updateNotes(interview.id, QStringLiteral("x")).error().code,
                 ErrorCode::InvalidInput);

        // Adding an interview as declined stores no notes, whatever was passed.
        Interview declined = interview;
        declined.id = newId();
        declined.consent = Consent::Declined;
        declined.notes = QStringLiteral("should not be stored");
        QVERIFY(interviews.add(declined));
        QVERIFY((*interviews.find(declined.id))->notes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFieldwork)
#include "tst_fieldwork.moc"
