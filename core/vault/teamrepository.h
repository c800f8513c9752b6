#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// Teams and the users in them, as the office hands them out.
class TeamRepository
{
public:
    explicit TeamRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Status addTeam(const Team &team);
    [[nodiscard]] Status addUser(const User &user);
    [[nodiscard]] Status setRole(const Id &userId, Role role);
    [[nodiscard]] Result<QList<Team>> teams();
    [[nodiscard]] Result<QList<User>> members(const Id &teamId);
    [[nodiscard]] Result<std::optional<User>> findUser(const Id &userId);

private:
    Vault &m_vault;
};

} // namespace schouw
