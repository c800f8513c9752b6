// Visits and their fieldwork: observations linked to the framework's norms, interviews and
// attachments. Earlier visits are office data; the signed-in inspector's latest visits are this
// device's own work, waiting to be sent.

#include "demobuilder.h"
#include "demopayload.h"
#include "demotexts.h"

#include "vault/attachmentrepository.h"
#include "vault/interviewrepository.h"
#include "vault/judgementrepository.h"
#include "vault/observationrepository.h"
#include "vault/visitrepository.h"

#include <QBuffer>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <string>

namespace schouw::demo {

namespace {

// Splits total over slots, each within a third of the mean, adding up to total exactly.
QList<int> spread(DemoRandom &random, int total, int slots)
{
    QList<int> counts(slots, 0);
    if (slots == 0)
        return counts;
    for (int i = 0; i < slots; ++i)
        counts[i] = total / slots + (i < total % slots ? 1 : 0);
    for (int i = 0; i + 1 < slots; i += 2) {
        const int limit = std::min(counts[i + 1], std::max(1, counts[i + 1] / 3));
        const int shift = random.between(0, limit);
        counts[i] += shift;
        counts[i + 1] -= shift;
    }
    return counts;
}

// Public holidays with a fixed date: New Year, King's Day, Christmas.
bool isFixedHoliday(const QDate &date)
{
    const int day = date.day();
    switch (date.month()) {
    case 1:
        return day == 1;
    case 4:
        return day == 27;
    case 12:
        return day == 25 || day == 26;
    default:
        return false;
    }
}

// Inspections happen on working days: the next one on or after date.
QDate workday(QDate date)
{
    while (date.dayOfWeek() >= Qt::Saturday || isFixedHoliday(date))
        date = date.addDays(1);
    return date;
}

QDate workdaysBefore(QDate date, int days)
{
    while (days > 0) {
        date = date.addDays(-1);
        if (date.dayOfWeek() < Qt::Saturday && !isFixedHoliday(date))
            --days;
    }
    return date;
}

// Times are stored in UTC: 07:00 UTC is 08:00 in a Dutch winter.
QDateTime utc(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, QTimeZone::utc());
}

QString pseudonym(RespondentGroup group, Sector sector, int number)
{
    switch (group) {
    case RespondentGroup::Client:
        // "Cliënt A", "Bewoner B": a letter, never a name.
        return capitalised(text(sectorWords(sector).client)) + QLatin1Char(' ') +
            QChar(u'A' + (number - 1) % 26);
    case RespondentGroup::Relative:
        return QStringLiteral("Naaste %1").arg(number);
    case RespondentGroup::ClientCouncil:
        return QString::fromUtf8("Lid cliëntenraad %1").arg(number);
    case RespondentGroup::Staff:
        return QStringLiteral("Medewerker %1").arg(number);
    case RespondentGroup::Management:
        return QStringLiteral("Leidinggevende %1").arg(number);
    }
    return {};
}

struct WrittenObservation
{
    Id id;
    Id author;
    ObservationSource source = ObservationSource::Observed;
    QDateTime at;
    bool local = false;
};

} // namespace

QList<PlannedVisit> DemoBuilder::planVisits()
{
    DemoRandom random(m_seed, "visit-plan");
    QList<PlannedVisit> plans;
    QList<int> eligible;
    QList<int> ownEligible;
    for (int p = 0; p < m_providers.size(); ++p) {
        const Sector sector = m_providers.at(p).sector;
        const bool covered = std::any_of(m_frameworks.cbegin(), m_frameworks.cend(),
                                         [sector](const DemoFramework &framework) {
                                             return framework.sectors.contains(sector);
                                         });
        if (!covered)
            continue;
        eligible << p;
        if (teamFor(sector) == 0)
            ownEligible << p;
    }
    if (eligible.isEmpty())
        return plans;
    if (ownEligible.isEmpty())
        ownEligible = eligible;

    const int ownVisits = std::min(m_plan.ownVisits, m_plan.visits);
    const int earlier = m_plan.visits - ownVisits;
    const QList<int> observations = spread(random, m_plan.observations, m_plan.visits);
    const QList<int> interviews = spread(random, m_plan.interviews, m_plan.visits);
    const QList<int> attachments = spread(random, m_plan.attachments, m_plan.visits);
    constexpr std::array typeWeights {50, 25, 10, 15};
    for (int i = 0; i < m_plan.visits; ++i) {
        PlannedVisit planned;
        planned.own = i >= earlier;
        if (planned.own) {
            planned.date = workdaysBefore(BaseDate, m_plan.visits - 1 - i);
            planned.ongoing = i == m_plan.visits - 1;
            planned.ownDraft = !planned.ongoing;
        } else {
            planned.date = workday(BaseDate.addDays(
                -7 - qint64(m_plan.historyDays) * (earlier - i) / std::max(earlier, 1)));
            const int rank = earlier - 1 - i;
            planned.reportRank = rank < m_plan.reports ? rank : -1;
        }
        const QList<int> &candidates = planned.own ? ownEligible : eligible;
        planned.provider = candidates.at(qsizetype(random.below(std::uint64_t(candidates.size()))));
        const Sector sector = m_providers.at(planned.provider).sector;
        planned.framework = frameworkFor(random, sector, planned.date.year());
        planned.team = teamFor(sector);
        planned.type = vocabulary<VisitType>()[std::size_t(random.weighted(typeWeights))].value;
        planned.observations = observations.at(i);
        planned.interviews = interviews.at(i);
        planned.attachments = attachments.at(i);
        plans.append(planned);
    }
    return plans;
}

Status DemoBuilder::buildVisits()
{
    const QList<PlannedVisit> plans = planVisits();
    if (plans.isEmpty() && m_plan.visits > 0)
        return fail(ErrorCode::NotFound,
                    DemoGenerator::tr("No framework fits any of the demo providers."),
                    QStringLiteral("no provider sector has a sample framework"));
    const QString step = DemoGenerator::tr("Visits, observations, interviews and attachments");
    for (int i = 0; i < plans.size(); ++i) {
        if (auto done = buildVisit(i, plans.at(i)); !done)
            return done;
        progress(step, 25 + 74 * (i + 1) / int(plans.size()));
    }
    return {};
}

Status DemoBuilder::buildVisit(int index, const PlannedVisit &planned)
{
    // A stream per visit: the content of one visit does not depend on how many records the
    // visits before it had.
    const std::string stream = "visit-" + std::to_string(index);
    DemoRandom random(m_seed, stream);
    const DemoProvider &provider = m_providers.at(planned.provider);
    const DemoFramework &framework = m_frameworks.at(planned.framework);
    const DemoTeam &team = m_teams.at(planned.team);
    VisitOutcome outcome;

    // The team: two or three people, one of them a family inspector who holds the interviews.
    QList<DemoUser> inspectors;
    if (planned.own)
        inspectors << m_currentInspector;
    const int inspectorCount = std::min<int>(int(team.inspectors.size()), random.between(1, 2));
    while (inspectors.size() < inspectorCount) {
        const DemoUser &candidate = random.pick(team.inspectors);
        if (!std::any_of(inspectors.cbegin(), inspectors.cend(),
                         [&](const DemoUser &user) { return user.id == candidate.id; }))
            inspectors << candidate;
    }
    const DemoUser family =
        team.familyInspectors.isEmpty() ? inspectors.front() : random.pick(team.familyInspectors);
    for (const DemoUser &user : std::as_const(inspectors))
        outcome.members << user.id;
    if (!outcome.members.contains(family.id))
        outcome.members << family.id;

    const int locationCount = std::min<int>(int(provider.locationIds.size()), random.between(1, 2));
    const int firstLocation = int(random.below(std::uint64_t(provider.locationIds.size())));
    QList<Id> locationIds;
    for (int l = 0; l < locationCount; ++l) {
        const int at = (firstLocation + l) % int(provider.locationIds.size());
        locationIds << provider.locationIds.at(at);
        outcome.locationNames << provider.locationNames.at(at);
    }

    const QTime start {random.between(6, 8), 15 * random.between(0, 3)};
    outcome.startedAt = utc(planned.date, start);
    const int lengthMinutes = random.between(330, 540);
    if (!planned.ongoing)
        outcome.endedAt = outcome.startedAt.addSecs(60 * qint64(lengthMinutes));
    outcome.visitId = random.uuid();

    // The office plans the visit; the fieldwork is whoever records it.
    writeAs({}, false);
    const Visit visit {outcome.visitId,   provider.id,     framework.id, planned.type,
                       outcome.startedAt, outcome.endedAt, locationIds,  outcome.members};
    if (auto done = VisitRepository(m_vault).add(visit); !done)
        return done;
    ++m_counts.visits;
    if (planned.own)
        m_ownVisits << outcome.visitId;
    if (auto done = m_batch.add(); !done)
        return done;

    // Observations, in the order they were made during the day.
    const int window = planned.ongoing ? 300 : lengthMinutes;
    QList<int> offsets;
    for (int o = 0; o < planned.observations; ++o)
        offsets << random.between(5, window - 5);
    std::sort(offsets.begin(), offsets.end());
    constexpr std::array sourceWeights {35, 20, 20, 10, 15};
    constexpr std::array normCountWeights {70, 25, 5};
    ObservationRepository observations(m_vault);
    QList<WrittenObservation> written;
    for (int o = 0; o < planned.observations; ++o) {
        WrittenObservation entry;
        entry.id = random.uuid();
        entry.source =
            vocabulary<ObservationSource>()[std::size_t(random.weighted(sourceWeights))].value;
        entry.at = outcome.startedAt.addSecs(60 * qint64(offsets.at(o)));
        if (entry.source == ObservationSource::Interview)
            entry.author = family.id;
        else if (planned.own && random.chance(75))
            entry.author = m_currentInspector.id;
        else
            entry.author = random.pick(inspectors).id;
        entry.local = planned.own && entry.author == m_currentInspector.id;

        const int normCount =
            std::min<int>(int(framework.norms.size()), int(random.weighted(normCountWeights)) + 1);
        QList<int> normIndexes;
        while (normIndexes.size() < normCount) {
            const int n = int(random.below(std::uint64_t(framework.norms.size())));
            if (!normIndexes.contains(n))
                normIndexes << n;
        }
        QList<Id> normIds;
        for (const int n : std::as_const(normIndexes))
            normIds << framework.norms.at(n).id;

        const DemoNorm &mainNorm = framework.norms.at(normIndexes.front());
        const FindingContext context {provider.sector, mainNorm.title, mainNorm.evidence,
                                      random.pick(provider.unitNames), entry.at};
        const QString findingTextValue = findingText(random, entry.source, context);
        if (!outcome.findingsByNorm.contains(normIndexes.front()))
            outcome.findingsByNorm.insert(normIndexes.front(), findingTextValue);

        writeAs(entry.author, entry.local);
        if (auto done = observations.add(Observation {entry.id,
                                                      outcome.visitId,
                                                      findingTextValue,
                                                      entry.source,
                                                      entry.author,
                                                      entry.at,
                                                      normIds,
                                                      {}});
            !done)
            return done;
        ++m_counts.observations;
        written << entry;
        if (auto done = m_batch.add(); !done)
            return done;
    }

    // Interviews by the family inspector, with the groups the framework has a guide for.
    QList<RespondentGroup> groups;
    QList<int> groupWeights;
    constexpr std::array defaultWeights {40, 25, 10, 15, 10};
    for (const auto &entry : vocabulary<RespondentGroup>()) {
        const bool guided =
            std::any_of(framework.guides.cbegin(), framework.guides.cend(),
                        [&](const InterviewGuide &guide) { return guide.group == entry.value; });
        if (guided || framework.guides.isEmpty()) {
            groups << entry.value;
            groupWeights << defaultWeights[std::size_t(groups.size() - 1)];
        }
    }
    InterviewRepository interviews(m_vault);
    QMap<RespondentGroup, int> numbers;
    for (int v = 0; v < planned.interviews && !groups.isEmpty(); ++v) {
        const RespondentGroup group = groups.at(random.weighted(
            std::span<const int>(groupWeights.constData(), std::size_t(groupWeights.size()))));
        const int number = ++numbers[group];
        QStringList questions;
        for (const InterviewGuide &guide : framework.guides)
            if (guide.group == group)
                for (const InterviewQuestion &question : guide.questions)
                    questions << question.text;
        Interview interview;
        interview.id = random.uuid();
        interview.visitId = outcome.visitId;
        interview.group = group;
        interview.pseudonym = pseudonym(group, provider.sector, number);
        interview.consent = random.chance(92)
            ? (random.chance(80) ? Consent::Oral : Consent::Written)
            : Consent::Declined;
        interview.interviewerId = family.id;
        interview.place = random.pick(provider.unitNames);
        if (interview.consentGiven())
            interview.notes = interviewNotes(random, group, questions, provider.sector);
        interview.heldAt = outcome.startedAt.addSecs(60 * qint64(random.between(30, window - 30)));
        // On the inspector's own visits the conversations are recorded on this device.
        writeAs(planned.own ? m_currentInspector.id : family.id, planned.own);
        if (auto done = interviews.add(interview); !done)
            return done;
        ++m_counts.interviews;
        if (auto done = m_batch.add(); !done)
            return done;
    }

    // Photos and documents attached to observations.
    AttachmentRepository attachments(m_vault);
    for (int a = 0; a < planned.attachments && !written.isEmpty(); ++a) {
        const WrittenObservation &owner = random.pick(written);
        const bool photo = owner.source == ObservationSource::Observed ||
            (owner.source != ObservationSource::Document &&
             owner.source != ObservationSource::FileStudy && random.chance(50));
        const qsizetype size = random.between(m_plan.attachmentMinBytes, m_plan.attachmentMaxBytes);
        Attachment attachment;
        attachment.id = random.uuid();
        attachment.ownerId = owner.id;
        attachment.createdAt = owner.at.addSecs(60 * qint64(random.between(1, 15)));
        QByteArray content;
        if (photo) {
            attachment.mimeType = QStringLiteral("image/jpeg");
            attachment.fileName =
                QStringLiteral("IMG_%1.jpg")
                    .arg(attachment.createdAt.toString(QStringLiteral("yyyyMMdd_HHmmss")));
            content = jpegLikePayload(random, size);
        } else {
            attachment.mimeType = QStringLiteral("application/pdf");
            attachment.fileName =
                documentFileName(random, planned.date, random.pick(provider.unitNames));
            content = pdfLikePayload(random, size);
        }
        QBuffer buffer(&content);
        buffer.open(QIODevice::ReadOnly);
        writeAs(owner.author, owner.local);
        auto added = attachments.add(attachment, buffer);
        if (!added)
            return std::unexpected(added.error());
        ++m_counts.attachments;
        m_counts.attachmentBytes += added->size;
        if (auto done = m_batch.add(1, added->size); !done)
            return done;
    }

    if (planned.reportRank >= 0 || planned.ownDraft)
        return buildReport(random, planned, outcome);
    return judgeWithoutReport(planned, outcome);
}

// Visits without a report still carry judgements: all norms with findings once the visit is
// finished, about half of them while it is under way. A stream of its own per visit, so the
// rest of the dataset stays what it was.
Status DemoBuilder::judgeWithoutReport(const PlannedVisit &planned, const VisitOutcome &outcome)
{
    DemoRandom random(m_seed, "judgements:" + idText(outcome.visitId).toStdString());
    const DemoFramework &framework = m_frameworks.at(planned.framework);
    const Id judge = planned.own ? m_currentInspector.id : outcome.members.front();
    const QDateTime judgedAt =
        outcome.endedAt.isValid() ? outcome.endedAt : outcome.startedAt.addSecs(3 * 3600);
    constexpr std::array judgementWeights {40, 30, 15, 10, 5};
    JudgementRepository judgements(m_vault);
    writeAs(judge, planned.own);
    for (auto it = outcome.findingsByNorm.cbegin(); it != outcome.findingsByNorm.cend(); ++it) {
        if (planned.ongoing && !random.chance(50))
            continue;
        const Id normId = framework.norms.at(it.key()).id;
        const Judgement value =
            vocabulary<Judgement>()[std::size_t(random.weighted(judgementWeights))].value;
        if (auto done = judgements.setValue(outcome.visitId, normId, value, judge, judgedAt); !done)
            return done;
        if (auto done = m_batch.add(); !done)
            return done;
    }
    return {};
}

} // namespace schouw::demo
