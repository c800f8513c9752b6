#include "judgementrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

const QString JudgementColumns =
    QStringLiteral("id, visit_id, norm_id, value, rationale, author_id, judged_at");

NormJudgement readJudgement(const Statement &row)
{
    NormJudgement judgement;
    judgement.id = row.id(0);
    judgement.visitId = row.id(1);
    judgement.normId = row.id(2);
    judgement.value = fromKey<Judgement>(row.text(3));
    judgement.rationale = row.text(4);
    judgement.authorId = row.id(5);
    judgement.judgedAt = timeFrom(row.text(6));
    return judgement;
}

} // namespace

Id JudgementRepository::judgementId(const Id &visitId, const Id &normId)
{
    return QUuid::createUuidV5(visitId, QStringLiteral("judgement:") + idText(normId));
}

Status JudgementRepository::setValue(const Id &visitId, const Id &normId,
                                     std::optional<Judgement> value, const Id &authorId,
                                     const QDateTime &at)
{
    return write(visitId, normId, {{QStringLiteral("value"), value ? keyOf(*value) : QString()}},
                 authorId, at);
}

Status JudgementRepository::setRationale(const Id &visitId, const Id &normId, const QString &text,
                                         const Id &authorId, const QDateTime &at)
{
    return write(visitId, normId, {{QStringLiteral("rationale"), text}}, authorId, at);
}

Status JudgementRepository::write(const Id &visitId, const Id &normId, const QVariantMap &fields,
                                  const Id &authorId, const QDateTime &at)
{
    QVariantMap changed = fields;
    changed.insert(QStringLiteral("author_id"), idValue(authorId));
    changed.insert(QStringLiteral("judged_at"), timeValue(at));
    return writeDerivedRecord(m_vault, u"judgement", judgementId(visitId, normId),
                              {{QStringLiteral("visit_id"), idValue(visitId)},
                               {QStringLiteral("norm_id"), idValue(normId)}},
                              changed);
}

Result<std::optional<NormJudgement>> JudgementRepository::find(const Id &visitId, const Id &normId)
{
    auto statement =
        prepareOn(m_vault,
                  QStringLiteral("SELECT %1 FROM judgement WHERE id = ? AND deleted = 0")
                      .arg(JudgementColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, judgementId(visitId, normId));
    return readOne<NormJudgement>(*statement, readJudgement);
}

Result<QList<NormJudgement>> JudgementRepository::forVisit(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM judgement WHERE visit_id = ? AND "
                                              "deleted = 0 ORDER BY norm_id")
                                   .arg(JudgementColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<NormJudgement>(*statement, readJudgement);
}

Result<VisitProgress> JudgementRepository::progress(const Id &visitId)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral("SELECT (SELECT count(*) FROM judgement j WHERE j.visit_id = v.id "
                       "AND j.deleted = 0 AND j.value <> ''), "
                       "(SELECT count(*) FROM norm n WHERE n.framework_id = v.framework_id) "
                       "FROM visit v WHERE v.id = ?"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    if (!statement->next()) {
        if (statement->error())
            return std::unexpected(*statement->error());
        return fail(ErrorCode::NotFound, {}, QStringLiteral("visit not found"));
    }
    return VisitProgress {int(statement->integer(0)), int(statement->integer(1))};
}

} // namespace schouw
