#include "teamrepository.h"

#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

User readUser(const Statement &row)
{
    return User {row.id(0), row.id(1), row.text(2),
                 fromKey<Role>(row.text(3)).value_or(Role::Inspector)};
}

} // namespace

Status TeamRepository::addTeam(const Team &team)
{
    return insertRecord(m_vault, u"team", team.id, {{QStringLiteral("name"), team.name}});
}

Status TeamRepository::addUser(const User &user)
{
    return insertRecord(m_vault, u"user", user.id,
                        {{QStringLiteral("team_id"), idValue(user.teamId)},
                         {QStringLiteral("display_name"), user.displayName},
                         {QStringLiteral("role"), keyOf(user.role)}});
}

Status TeamRepository::setRole(const Id &userId, Role role)
{
    return updateRecord(m_vault, u"user", userId, {{QStringLiteral("role"), keyOf(role)}});
}

Result<QList<Team>> TeamRepository::teams()
{
    auto statement = prepareOn(
        m_vault, QStringLiteral("SELECT id, name FROM team WHERE deleted = 0 ORDER BY name"));
    if (!statement)
        return std::unexpected(statement.error());
    return readAll<Team>(*statement, [](const Statement &row) {
        return Team {row.id(0), row.text(1)};
    });
}

Result<QList<User>> TeamRepository::members(const Id &teamId)
{
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT id, team_id, display_name, role FROM "
                                              "app_user WHERE team_id = ? AND deleted = 0 "
                                              "ORDER BY display_name"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, teamId);
    return readAll<User>(*statement, readUser);
}

Result<std::optional<User>> TeamRepository::findUser(const Id &userId)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral(
            "SELECT id, team_id, display_name, role FROM app_user WHERE id = ? AND deleted = 0"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, userId);
    return readOne<User>(*statement, readUser);
}

} // namespace schouw
