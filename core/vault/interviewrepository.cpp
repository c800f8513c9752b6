#include "interviewrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

const QString InterviewColumns =
    QStringLiteral("id, visit_id, respondent_group, pseudonym, consent, notes, held_at");

Interview readInterview(const Statement &row)
{
    Interview interview;
    interview.id = row.id(0);
    interview.visitId = row.id(1);
    interview.group = fromKey<RespondentGroup>(row.text(2)).value_or(RespondentGroup::Client);
    interview.pseudonym = row.text(3);
    interview.consent = row.integer(4) != 0;
    interview.notes = row.text(5);
    interview.heldAt = timeFrom(row.text(6));
    return interview;
}

} // namespace

Status InterviewRepository::add(const Interview &interview)
{
    return insertRecord(m_vault, u"interview", interview.id,
                        {{QStringLiteral("visit_id"), idValue(interview.visitId)},
                         {QStringLiteral("respondent_group"), keyOf(interview.group)},
                         {QStringLiteral("pseudonym"), interview.pseudonym},
                         {QStringLiteral("consent"), interview.consent},
                         {QStringLiteral("notes"), interview.notes},
                         {QStringLiteral("held_at"), timeValue(interview.heldAt)}});
}

Status InterviewRepository::updateNotes(const Id &id, const QString &notes)
{
    return updateRecord(m_vault, u"interview", id, {{QStringLiteral("notes"), notes}});
}

Status InterviewRepository::remove(const Id &id)
{
    return removeRecord(m_vault, u"interview", id);
}

Result<std::optional<Interview>> InterviewRepository::find(const Id &id)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM interview WHERE id = ? AND "
                                              "deleted = 0")
                                   .arg(InterviewColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Interview>(*statement, readInterview);
}

Result<QList<Interview>> InterviewRepository::forVisit(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM interview WHERE visit_id = ? "
                                              "AND deleted = 0 ORDER BY held_at, id")
                                   .arg(InterviewColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<Interview>(*statement, readInterview);
}

Result<qint64> InterviewRepository::count()
{
    return countLive(m_vault, "interview");
}

} // namespace schouw
