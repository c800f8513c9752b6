#include "reportrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

const QString ReportColumns = QStringLiteral("id, visit_id, state, title, body");

Report readReport(const Statement &row)
{
    Report report;
    report.id = row.id(0);
    report.visitId = row.id(1);
    report.state = fromKey<ReportState>(row.text(2)).value_or(ReportState::Draft);
    report.title = row.text(3);
    report.body = row.text(4);
    return report;
}

} // namespace

Status ReportRepository::add(const Report &report)
{
    return insertRecord(m_vault, u"report", report.id,
                        {{QStringLiteral("visit_id"), idValue(report.visitId)},
                         {QStringLiteral("state"), keyOf(report.state)},
                         {QStringLiteral("title"), report.title},
                         {QStringLiteral("body"), report.body}});
}

Status ReportRepository::updateBody(const Id &id, const QString &body)
{
    return updateRecord(m_vault, u"report", id, {{QStringLiteral("body"), body}});
}

Status ReportRepository::setState(const Id &id, ReportState state)
{
    return updateRecord(m_vault, u"report", id, {{QStringLiteral("state"), keyOf(state)}});
}

Status ReportRepository::remove(const Id &id)
{
    return removeRecord(m_vault, u"report", id);
}

Result<std::optional<Report>> ReportRepository::find(const Id &id)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral("SELECT %1 FROM report WHERE id = ? AND deleted = 0").arg(ReportColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Report>(*statement, readReport);
}

Result<QList<Report>> ReportRepository::forVisit(const Id &visitId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM report WHERE visit_id = ? AND "
                                              "deleted = 0 ORDER BY title, id")
                                   .arg(ReportColumns));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, visitId);
    return readAll<Report>(*statement, readReport);
}

Result<qint64> ReportRepository::count()
{
    return countLive(m_vault, "report");
}

Status ReportRepository::addComment(const ReviewComment &comment)
{
    return insertRecord(m_vault, u"review_comment", comment.id,
                        {{QStringLiteral("report_id"), idValue(comment.reportId)},
                         {QStringLiteral("author_id"), idValue(comment.authorId)},
                         {QStringLiteral("anchor"), comment.anchor},
                         {QStringLiteral("text"), comment.text},
                         {QStringLiteral("created_at"), timeValue(comment.createdAt)},
                         {QStringLiteral("resolved"), comment.resolved}});
}

Status ReportRepository::resolveComment(const Id &commentId)
{
    return updateRecord(m_vault, u"review_comment", commentId,
                        {{QStringLiteral("resolved"), true}});
}

Result<QList<ReviewComment>> ReportRepository::comments(const Id &reportId)
{
    auto statement =
        prepareOn(m_vault,
                  QStringLiteral("SELECT id, report_id, author_id, anchor, text, created_at, "
                                 "resolved FROM review_comment "
                                 "WHERE report_id = ? AND deleted = 0 ORDER BY created_at, id"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, reportId);
    return readAll<ReviewComment>(*statement, [](const Statement &row) {
        return ReviewComment {row.id(0),          row.id(1),   row.id(2),
                              row.text(3),        row.text(4), timeFrom(row.text(5)),
                              row.integer(6) != 0};
    });
}

} // namespace schouw
