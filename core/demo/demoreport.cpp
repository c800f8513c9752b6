// Reports of visits and the team lead's review comments on them.

#include "demobuilder.h"
#include "demotexts.h"

#include "vault/judgementrepository.h"
#include "vault/reportrepository.h"

#include <QTimeZone>

#include <array>

namespace schouw::demo {

namespace {

ReportState stateFor(DemoRandom &random, const PlannedVisit &planned)
{
    if (planned.ownDraft)
        return ReportState::Draft;
    // The newest reports are still moving through review; older ones are final or published.
    switch (planned.reportRank) {
    case 0:
        return ReportState::Draft;
    case 1:
        return ReportState::InReview;
    case 2:
        return ReportState::ReturnedToInspector;
    case 3:
        return ReportState::Approved;
    case 4:
        return ReportState::ProviderResponse;
    default:
        return random.chance(40) ? ReportState::Final : ReportState::Published;
    }
}

int commentCount(DemoRandom &random, ReportState state)
{
    switch (state) {
    case ReportState::Draft:
        return 0;
    case ReportState::InReview:
        return 3;
    case ReportState::ReturnedToInspector:
    case ReportState::Approved:
        return 2;
    case ReportState::ProviderResponse:
        return 1;
    case ReportState::Final:
    case ReportState::Published:
        return random.between(0, 1);
    }
    return 0;
}

QString visitPhrase(VisitType type)
{
    if (type == VisitType::FollowUp)
        return QStringLiteral("een vervolgbezoek");
    return QStringLiteral("een ") + dutchLabel(type) + QStringLiteral(" bezoek");
}

} // namespace

Status DemoBuilder::buildReport(DemoRandom &random, const PlannedVisit &planned,
                                const VisitOutcome &outcome)
{
    const DemoProvider &provider = m_providers.at(planned.provider);
    const DemoFramework &framework = m_frameworks.at(planned.framework);
    const DemoTeam &team = m_teams.at(planned.team);
    constexpr std::array judgementWeights {35, 30, 20, 15};

    QStringList body;
    body << QStringLiteral("1 Inleiding")
         << QStringLiteral("Op %1 bracht de inspectie %2 aan %3 (%4). De inspectie toetste aan het "
                           "%5, versie %6.")
                .arg(dutchDate(planned.date), visitPhrase(planned.type), provider.name,
                     outcome.locationNames.join(QStringLiteral(", ")), framework.title,
                     framework.version)
         << QString() << QStringLiteral("2 Bevindingen");
    QString theme;
    int shortcomings = 0;
    // The judgements are the inspectors' fieldwork, made at the end of the visit.
    const Id judge = planned.own ? m_currentInspector.id : outcome.members.front();
    const QDateTime judgedAt =
        outcome.endedAt.isValid() ? outcome.endedAt : outcome.startedAt.addSecs(4 * 3600);
    JudgementRepository judgements(m_vault);
    // Findings in the framework's order (the map is keyed by the norm's position).
    for (auto it = outcome.findingsByNorm.cbegin(); it != outcome.findingsByNorm.cend(); ++it) {
        const DemoNorm &norm = framework.norms.at(it.key());
        if (norm.themeTitle != theme) {
            theme = norm.themeTitle;
            body << QString() << theme;
        }
        const Judgement judgement =
            vocabulary<Judgement>()[std::size_t(random.weighted(judgementWeights))].value;
        if (judgement == Judgement::LargelyFails || judgement == Judgement::DoesNotMeet)
            ++shortcomings;
        writeAs(judge, planned.own);
        if (auto done = judgements.setValue(outcome.visitId, norm.id, judgement, judge, judgedAt);
            !done)
            return done;
        if (auto done =
                judgements.setRationale(outcome.visitId, norm.id, it.value(), judge, judgedAt);
            !done)
            return done;
        if (auto done = m_batch.add(); !done)
            return done;
        body << QStringLiteral("Norm %1 %2").arg(norm.code, norm.title) << it.value()
             << QStringLiteral("Oordeel: ") + dutchLabel(judgement);
    }
    body << QString() << QStringLiteral("3 Conclusie");
    if (shortcomings == 0)
        body << QStringLiteral("De inspectie concludeert dat %1 voldoet aan de getoetste normen.")
                    .arg(provider.name);
    else
        body << QStringLiteral(
                    "De inspectie ziet bij %1 van de %2 getoetste normen tekortkomingen. "
                    "Zij verwacht dat %3 binnen drie maanden een verbeterplan opstelt "
                    "en de verbeteringen binnen zes maanden doorvoert.")
                    .arg(shortcomings)
                    .arg(outcome.findingsByNorm.size())
                    .arg(provider.name);

    Report report;
    report.id = random.uuid();
    report.visitId = outcome.visitId;
    report.state = stateFor(random, planned);
    report.title =
        QStringLiteral("Inspectierapport %1, %2").arg(provider.name, dutchDate(planned.date));
    report.body = body.join(QLatin1Char('\n'));

    const Id writer = planned.own ? m_currentInspector.id : outcome.members.front();
    writeAs(writer, planned.ownDraft);
    ReportRepository repository(m_vault);
    if (auto done = repository.add(report); !done)
        return done;
    ++m_counts.reports;
    if (planned.ownDraft)
        m_ownReports << report.id;
    if (auto done = m_batch.add(); !done)
        return done;

    // The team lead's review, received from the office.
    const QList<int> normIndexes = outcome.findingsByNorm.keys();
    const int comments = commentCount(random, report.state);
    writeAs(team.leads.front().id, false);
    for (int c = 0; c < comments; ++c) {
        ReviewComment comment;
        comment.id = random.uuid();
        comment.reportId = report.id;
        comment.authorId = team.leads.front().id;
        comment.anchor = normIndexes.isEmpty() ? QStringLiteral("conclusie")
                                               : framework.norms.at(random.pick(normIndexes)).code;
        comment.text = reviewCommentText(random, comment.anchor);
        // Office hours, a few days after the visit.
        const QTime at {random.between(7, 14), random.between(0, 59)};
        comment.createdAt = QDateTime(outcome.endedAt.date().addDays(3 + c), at, QTimeZone::utc());
        comment.resolved = report.state != ReportState::InReview &&
            (report.state != ReportState::ReturnedToInspector || c == 0);
        if (auto done = repository.addComment(comment); !done)
            return done;
        if (auto done = m_batch.add(); !done)
            return done;
    }
    return {};
}

} // namespace schouw::demo
