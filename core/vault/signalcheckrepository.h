#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// What a visit made of the provider's risk signals on site: confirmed, not confirmed or not
// checked, with a note. One record per visit and signal, its id derived from both.
class SignalCheckRepository
{
public:
    explicit SignalCheckRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] static Id checkId(const Id &visitId, const Id &signalId);

    [[nodiscard]] Status setOutcome(const Id &visitId, const Id &signalId,
                                    SignalCheckOutcome outcome, const Id &authorId,
                                    const QDateTime &at);
    [[nodiscard]] Status setNote(const Id &visitId, const Id &signalId, const QString &note,
                                 const Id &authorId, const QDateTime &at);

    [[nodiscard]] Result<std::optional<SignalCheck>> find(const Id &visitId, const Id &signalId);
    [[nodiscard]] Result<QList<SignalCheck>> forVisit(const Id &visitId);

private:
    [[nodiscard]] Status write(const Id &visitId, const Id &signalId, const QVariantMap &fields,
                               const Id &authorId, const QDateTime &at);

    Vault &m_vault;
};

} // namespace schouw
