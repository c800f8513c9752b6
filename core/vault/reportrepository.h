#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// Reports of a visit and the team lead's review comments on them. The state machine that decides
// which transitions are allowed comes with the report issue; here the state is stored as given.
class ReportRepository
{
public:
    explicit ReportRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Status add(const Report &report);
    [[nodiscard]] Status updateBody(const Id &id, const QString &body);
    [[nodiscard]] Status setState(const Id &id, ReportState state);
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Report>> find(const Id &id);
    [[nodiscard]] Result<QList<Report>> forVisit(const Id &visitId);
    [[nodiscard]] Result<qint64> count();

    [[nodiscard]] Status addComment(const ReviewComment &comment);
    [[nodiscard]] Status resolveComment(const Id &commentId);
    [[nodiscard]] Result<QList<ReviewComment>> comments(const Id &reportId);

private:
    Vault &m_vault;
};

} // namespace schouw
