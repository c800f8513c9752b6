#pragma once

#include "officeservice.h"
#include "server/store/store.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace schouw::server {

class OfficeVault;

// The pieces the admin verbs and demo-seed share: creating teams and users (store rows plus their
// display records as office changes), assignments, and reading a password file.
class OfficeAdmin
{
    Q_DECLARE_TR_FUNCTIONS(OfficeAdmin)

public:
    OfficeAdmin(OfficeService &service, OfficeVault &vault)
        : m_service(service)
        , m_vault(vault)
    {
    }

    [[nodiscard]] Result<TeamRecord> addTeam(const QString &name);
    [[nodiscard]] Result<UserRecord> addUser(const QString &login, const QString &displayName,
                                             const QString &team, Role role,
                                             const QString &password);
    // Assigns (or unassigns) providers to a team; returns how many assignments changed. An
    // assignment raises the team's scope epoch, so its clients fetch the providers' history.
    [[nodiscard]] Result<int> assign(const QString &team, const QStringList &providerIds, bool add);

    // The first line of a file, without its line end. InvalidInput when empty or unreadable.
    [[nodiscard]] static Result<QString> readPasswordFile(const QString &path);
    // Logins are lower case: letters, digits, '.', '_' and '-', 2 to 64 characters.
    [[nodiscard]] static bool validLogin(const QString &login);

    [[nodiscard]] static QJsonObject teamJson(const TeamRecord &team);
    [[nodiscard]] static QJsonObject userJson(const UserRecord &user);

private:
    [[nodiscard]] Result<TeamRecord> team(StoreSession &session, const QString &idOrName);

    OfficeService &m_service;
    OfficeVault &m_vault;
};

} // namespace schouw::server
