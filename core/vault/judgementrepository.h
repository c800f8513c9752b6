#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// How far a visit is: norms judged (a value, "niet getoetst" included) out of the framework's.
struct VisitProgress
{
    int judged = 0;
    int total = 0;

    [[nodiscard]] int open() const { return total - judged; }
};

// Judgements (oordelen) per norm of a visit. Value and rationale are separate fields so one
// inspector choosing the value and another refining the rationale, offline, both survive a sync.
class JudgementRepository
{
public:
    explicit JudgementRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    // The same on every device for the same visit and norm.
    [[nodiscard]] static Id judgementId(const Id &visitId, const Id &normId);

    // No value (std::nullopt) puts the norm back among the open ones; the rationale stays.
    [[nodiscard]] Status setValue(const Id &visitId, const Id &normId,
                                  std::optional<Judgement> value, const Id &authorId,
                                  const QDateTime &at);
    [[nodiscard]] Status setRationale(const Id &visitId, const Id &normId, const QString &text,
                                      const Id &authorId, const QDateTime &at);

    [[nodiscard]] Result<std::optional<NormJudgement>> find(const Id &visitId, const Id &normId);
    [[nodiscard]] Result<QList<NormJudgement>> forVisit(const Id &visitId);
    // Judged norms of the visit against the norms of its framework version.
    [[nodiscard]] Result<VisitProgress> progress(const Id &visitId);

private:
    [[nodiscard]] Status write(const Id &visitId, const Id &normId, const QVariantMap &fields,
                               const Id &authorId, const QDateTime &at);

    Vault &m_vault;
};

} // namespace schouw
