#include "visitrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

const QString VisitColumns =
    QStringLiteral("id, provider_id, framework_id, type, started_at, ended_at, location_ids, "
                   "member_ids");

Visit readVisit(const Statement &row)
{
    Visit visit;
    visit.id = row.id(0);
    visit.providerId = row.id(1);
    visit.frameworkId = row.id(2);
    visit.type = fromKey<VisitType>(row.text(3)).value_or(VisitType::Unannounced);
    visit.startedAt = timeFrom(row.text(4));
    visit.endedAt = timeFrom(row.text(5));
    visit.locationIds = idListFrom(row.text(6));
    visit.memberIds = idListFrom(row.text(7));
    return visit;
}

} // namespace

Status VisitRepository::add(const Visit &visit)
{
    return insertRecord(m_vault, u"visit", visit.id,
                        {{QStringLiteral("provider_id"), idValue(visit.providerId)},
                         {QStringLiteral("framework_id"), idValue(visit.frameworkId)},
                         {QStringLiteral("type"), keyOf(visit.type)},
                         {QStringLiteral("started_at"), timeValue(visit.startedAt)},
                         {QStringLiteral("ended_at"), timeValue(visit.endedAt)},
                         {QStringLiteral("location_ids"), idListValue(visit.locationIds)},
                         {QStringLiteral("member_ids"), idListValue(visit.memberIds)}});
}

Status VisitRepository::reopen(const Id &visitId)
{
    return updateRecord(m_vault, u"visit", visitId, {{QStringLiteral("ended_at"), QVariant()}});
}

Status VisitRepository::setLocations(const Id &visitId, const QList<Id> &locationIds)
{
    return updateRecord(m_vault, u"visit", visitId,
                        {{QStringLiteral("location_ids"), idListValue(locationIds)}});
}

Status VisitRepository::setMembers(const Id &visitId, const QList<Id> &memberIds)
{
    return updateRecord(m_vault, u"visit", visitId,
                        {{QStringLiteral("member_ids"), idListValue(memberIds)}});
}

Status VisitRepository::finish(const Id &visitId, const QDateTime &endedAt)
{
    return updateRecord(m_vault, u"visit", visitId,
                        {{QStringLiteral("ended_at"), timeValue(endedAt)}});
}

Status VisitRepository::remove(const Id &visitId)
{
    return removeRecord(m_vault, u"visit", visitId);
}

Result<std::optional<Visit>> VisitRepository::find(const Id &id)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral("SELECT %1 FROM visit WHERE id = ? AND deleted = 0").arg(VisitColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Visit>(*statement, readVisit);
}

Result<QList<Visit>> VisitRepository::forProvider(const Id &providerId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM visit WHERE provider_id = ? "
                                              "AND deleted = 0 ORDER BY started_at DESC")
                                   .arg(VisitColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, providerId);
    return readAll<Visit>(*statement, readVisit);
}

Result<qint64> VisitRepository::count()
{
    return countLive(m_vault, "visit");
}

} // namespace schouw
