#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// Inspection visits: a provider, a framework version, a type, its locations and team.
class VisitRepository
{
public:
    explicit VisitRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Status add(const Visit &visit);
    [[nodiscard]] Status finish(const Id &visitId, const QDateTime &endedAt);
    // Takes a finished visit back under way (ended by mistake).
    [[nodiscard]] Status reopen(const Id &visitId);
    [[nodiscard]] Status setLocations(const Id &visitId, const QList<Id> &locationIds);
    [[nodiscard]] Status setMembers(const Id &visitId, const QList<Id> &memberIds);
    [[nodiscard]] Status remove(const Id &visitId);
    [[nodiscard]] Result<std::optional<Visit>> find(const Id &id);
    [[nodiscard]] Result<QList<Visit>> forProvider(const Id &providerId);
    [[nodiscard]] Result<qint64> count();

private:
    Vault &m_vault;
};

} // namespace schouw
