#include "signalcheckrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

const QString CheckColumns =
    QStringLiteral("id, visit_id, signal_id, outcome, note, author_id, checked_at");

SignalCheck readCheck(const Statement &row)
{
    SignalCheck check;
    check.id = row.id(0);
    check.visitId = row.id(1);
    check.signalId = row.id(2);
    check.outcome =
        fromKey<SignalCheckOutcome>(row.text(3)).value_or(SignalCheckOutcome::NotChecked);
    check.note = row.text(4);
    check.authorId = row.id(5);
    check.checkedAt = timeFrom(row.text(6));
    return check;
}

} // namespace

Id SignalCheckRepository::checkId(const Id &visitId, const Id &signalId)
{
    return QUuid::createUuidV5(visitId, QStringLiteral("signal-check:") + idText(signalId));
}

Status SignalCheckRepository::setOutcome(const Id &visitId, const Id &signalId,
                                         SignalCheckOutcome outcome, const Id &authorId,
                                         const QDateTime &at)
{
    return write(visitId, signalId, {{QStringLiteral("outcome"), keyOf(outcome)}}, authorId, at);
}

Status SignalCheckRepository::setNote(const Id &visitId, const Id &signalId, const QString &note,
                                      const Id &authorId, const QDateTime &at)
{
    return write(visitId, signalId, {{QStringLiteral("note"), note}}, authorId, at);
}

Status SignalCheckRepository::write(const Id &visitId, const Id &signalId,
                                    const QVariantMap &fields, const Id &authorId,
                                    const QDateTime &at)
{
    QVariantMap changed = fields;
    changed.insert(QStringLiteral("author_id"), idValue(authorId));
    changed.insert(QStringLiteral("checked_at"), timeValue(at));
    return writeDerivedRecord(m_vault, u"signal_check", checkId(visitId, signalId),
                              {{QStringLiteral("visit_id"), idValue(visitId)},
                               {QStringLiteral("signal_id"), idValue(signalId)},
                               {QStringLiteral("outcome"), keyOf(SignalCheckOutcome::NotChecked)}},
                              changed);
}

Result<std::optional<SignalCheck>> SignalCheckRepository::find(const Id &visitId,
                                                               const Id &signalId)
{
    auto statement =
        prepareOn(m_vault,
                  QStringLiteral("SELECT %1 FROM signal_check WHERE id = ? AND deleted = 0")
                      .arg(CheckColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, checkId(visitId, signalId));
    return readOne<SignalCheck>(*statement, readCheck);
}

Result<QList<SignalCheck>> SignalCheckRepository::forVisit(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM signal_check WHERE visit_id = ? AND "
                                              "deleted = 0 ORDER BY signal_id")
                                   .arg(CheckColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<SignalCheck>(*statement, readCheck);
}

} // namespace schouw
