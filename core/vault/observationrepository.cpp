#include "observationrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

const QString ObservationColumns =
    QStringLiteral("o.id, o.visit_id, o.text, o.source, o.author_id, o.observed_at, o.norm_ids, "
                   "o.interview_id");

Observation readObservation(const Statement &row)
{
    Observation observation;
    observation.id = row.id(0);
    observation.visitId = row.id(1);
    observation.text = row.text(2);
    observation.source =
        fromKey<ObservationSource>(row.text(3)).value_or(ObservationSource::Observed);
    observation.authorId = row.id(4);
    observation.observedAt = timeFrom(row.text(5));
    observation.normIds = idListFrom(row.text(6));
    observation.interviewId = row.id(7);
    return observation;
}

} // namespace

Status ObservationRepository::add(const Observation &observation)
{
    return insertRecord(m_vault, u"observation", observation.id,
                        {{QStringLiteral("visit_id"), idValue(observation.visitId)},
                         {QStringLiteral("text"), observation.text},
                         {QStringLiteral("source"), keyOf(observation.source)},
                         {QStringLiteral("author_id"), idValue(observation.authorId)},
                         {QStringLiteral("observed_at"), timeValue(observation.observedAt)},
                         {QStringLiteral("norm_ids"), idListValue(observation.normIds)},
                         {QStringLiteral("interview_id"), idValue(observation.interviewId)}});
}

Status ObservationRepository::updateSource(const Id &id, ObservationSource source)
{
    return updateRecord(m_vault, u"observation", id, {{QStringLiteral("source"), keyOf(source)}});
}

Status ObservationRepository::updateText(const Id &id, const QString &text)
{
    return updateRecord(m_vault, u"observation", id, {{QStringLiteral("text"), text}});
}

Status ObservationRepository::updateText(const Id &id, const QString &text,
                                         const QStringList &bases)
{
    return updateRecord(m_vault, u"observation", id, {{QStringLiteral("text"), text}},
                        {{QStringLiteral("text"), bases}});
}

Status ObservationRepository::linkNorms(const Id &id, const QList<Id> &normIds)
{
    return updateRecord(m_vault, u"observation", id,
                        {{QStringLiteral("norm_ids"), idListValue(normIds)}});
}

Status ObservationRepository::remove(const Id &id)
{
    return removeRecord(m_vault, u"observation", id);
}

Result<std::optional<Observation>> ObservationRepository::find(const Id &id)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM observation o "
                                              "WHERE o.id = ? AND o.deleted = 0")
                                   .arg(ObservationColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Observation>(*statement, readObservation);
}

Result<QList<Observation>> ObservationRepository::forVisit(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM observation o WHERE "
                                              "o.visit_id = ? AND o.deleted = 0 "
                                              "ORDER BY o.observed_at, o.id")
                                   .arg(ObservationColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<Observation>(*statement, readObservation);
}

Result<QList<Observation>> ObservationRepository::forNorm(const Id &visitId, const Id &normId)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral("SELECT %1 FROM observation o JOIN observation_norm n "
                       "ON n.observation_id = o.id WHERE n.norm_id = ? AND o.visit_id = ? "
                       "AND o.deleted = 0 ORDER BY o.observed_at, o.id")
            .arg(ObservationColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, normId).bind(2, visitId);
    return readAll<Observation>(*statement, readObservation);
}

Result<QList<Observation>> ObservationRepository::unassigned(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM observation o WHERE "
                                              "o.visit_id = ? AND o.norm_ids = '[]' AND "
                                              "o.deleted = 0 ORDER BY o.observed_at, o.id")
                                   .arg(ObservationColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<Observation>(*statement, readObservation);
}

Result<FindingCounts> ObservationRepository::countsForVisit(const Id &visitId)
{
    auto perNorm = prepareOn(m_vault,
                             QStringLiteral("SELECT n.norm_id, count(*) FROM observation o "
                                            "JOIN observation_norm n ON n.observation_id "
                                            "= o.id WHERE o.visit_id = ? AND o.deleted = "
                                            "0 GROUP BY n.norm_id"));
    if (!perNorm)
        return std::unexpected(perNorm.error());
    perNorm->bind(1, visitId);
    FindingCounts counts;
    while (perNorm->next())
        counts.perNorm.insert(perNorm->id(0), int(perNorm->integer(1)));
    if (perNorm->error())
        return std::unexpected(*perNorm->error());
    auto unassigned =
        prepareOn(m_vault,
                  QStringLiteral("SELECT count(*) FROM observation WHERE visit_id = ? "
                                 "AND norm_ids = '[]' AND deleted = 0"));
    if (!unassigned)
        return std::unexpected(unassigned.error());
    unassigned->bind(1, visitId);
    if (!unassigned->next())
        return std::unexpected(unassigned->error().value_or(Vault::lockedError()));
    counts.unassigned = int(unassigned->integer(0));
    return counts;
}

Result<QList<Observation>> ObservationRepository::forInterview(const Id &interviewId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM observation o WHERE "
                                              "o.interview_id = ? AND o.deleted = 0 "
                                              "ORDER BY o.observed_at, o.id")
                                   .arg(ObservationColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, interviewId);
    return readAll<Observation>(*statement, readObservation);
}

Result<qint64> ObservationRepository::count()
{
    return countLive(m_vault, "observation");
}

} // namespace schouw
