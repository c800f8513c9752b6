#include "officeadmin.h"

#include "frameworks/frameworkimport.h"
#include "frameworks/frameworkloader.h"
#include "officevault.h"
#include "passwords.h"
#include "providers/registerimport.h"
#include "vault/teamrepository.h"
#include "vault/vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>
#include <QUuid>

namespace schouw::server {

namespace {

Error usage(const QString &message)
{
    return Error {ErrorCode::InvalidInput, message, QStringLiteral("usage")};
}

QString usageText()
{
    return OfficeAdmin::tr(
        "Usage: schouw-server admin --config FILE VERB ...\n"
        "  team add NAME | team list\n"
        "  user add LOGIN --name DISPLAY [--team TEAM] --role ROLE --password-file FILE\n"
        "  user list | user role LOGIN ROLE | user password LOGIN --password-file FILE\n"
        "  user disable LOGIN\n"
        "  assign TEAM PROVIDER_ID... | unassign TEAM PROVIDER_ID...\n"
        "  framework import FILE.json | providers import FILE.csv [--dry-run]\n"
        "  device list [--user LOGIN] | device revoke DEVICE_ID");
}

// Splits "--name value" options from the positional words. Flags (no value) are listed.
struct Arguments
{
    QStringList positional;
    QHash<QString, QString> options;
    QSet<QString> flags;
};

Result<Arguments> parse(const QStringList &words, const QStringList &valueOptions,
                        const QStringList &flagOptions)
{
    Arguments parsed;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(QLatin1String("--"))) {
            parsed.positional << word;
            continue;
        }
        const QString name = word.mid(2);
        if (flagOptions.contains(name)) {
            parsed.flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (i + 1 >= words.size())
                return std::unexpected(
                    usage(OfficeAdmin::tr("The option %1 needs a value.").arg(word)));
            parsed.options.insert(name, words.at(++i));
        } else {
            return std::unexpected(
                usage(OfficeAdmin::tr("Unknown option %1.\n%2").arg(word, usageText())));
        }
    }
    return parsed;
}

Status expectCount(const Arguments &arguments, qsizetype minimum, qsizetype maximum)
{
    const qsizetype count = arguments.positional.size();
    if (count < minimum || (maximum >= 0 && count > maximum))
        return std::unexpected(usage(usageText()));
    return {};
}

QJsonObject deviceJson(const DeviceRecord &device, const QString &login)
{
    QJsonObject object {{QStringLiteral("id"), device.id},
                        {QStringLiteral("user"), login},
                        {QStringLiteral("name"), device.name},
                        {QStringLiteral("createdAt"), device.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("lastSeenAt"), device.lastSeenAt.toString(Qt::ISODate)},
                        {QStringLiteral("revoked"), device.revoked}};
    if (device.revoked)
        object.insert(QStringLiteral("revokedAt"), device.revokedAt.toString(Qt::ISODate));
    return object;
}

void print(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    out.flush();
}

Result<UserRecord> requireUser(StoreSession &session, const QString &login)
{
    auto user = session.findUserByLogin(login.trimmed().toLower());
    if (!user)
        return std::unexpected(user.error());
    if (!*user)
        return fail(ErrorCode::NotFound, OfficeAdmin::tr("There is no user %1.").arg(login));
    return **user;
}

Result<std::unique_ptr<OfficeVault>> openVault(const OfficeOptions &options)
{
    return OfficeVault::open(options.dataDirectory);
}

} // namespace

// ---- OfficeAdmin ------------------------------------------------------------------------------

bool OfficeAdmin::validLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9._-]{2,64}$"));
    return pattern.match(login).hasMatch();
}

Result<QString> OfficeAdmin::readPasswordFile(const QString &path)
{
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::InvalidInput, tr("The password file %1 cannot be read.").arg(path),
                    QStringLiteral("password file unreadable"));
    QByteArray bytes = file.read(4096);
    const qsizetype end = bytes.indexOf('\n');
    QByteArray line = end >= 0 ? bytes.left(end) : bytes;
    if (line.endsWith('\r'))
        line.chop(1);
    QString password = QString::fromUtf8(line);
    bytes.fill('\0');
    line.fill('\0');
    if (password.isEmpty())
        return fail(ErrorCode::InvalidInput, tr("The password file %1 is empty.").arg(path),
                    QStringLiteral("password file empty"));
    return password;
}

QJsonObject OfficeAdmin::teamJson(const TeamRecord &team)
{
    return {{QStringLiteral("id"), team.id}, {QStringLiteral("name"), team.name}};
}

QJsonObject OfficeAdmin::userJson(const UserRecord &user)
{
    return {{QStringLiteral("id"), user.id},
            {QStringLiteral("login"), user.login},
            {QStringLiteral("displayName"), user.displayName},
            {QStringLiteral("teamId"), user.teamId},
            {QStringLiteral("role"), user.role},
            {QStringLiteral("disabled"), user.disabled}};
}

Result<TeamRecord> OfficeAdmin::team(StoreSession &session, const QString &idOrName)
{
    auto found = session.findTeam(idOrName);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return fail(ErrorCode::NotFound, tr("There is no team %1.").arg(idOrName));
    return **found;
}

Result<TeamRecord> OfficeAdmin::addTeam(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200)
        return fail(ErrorCode::InvalidInput, tr("A team needs a name of at most 200 characters."));
    TeamRecord record {QUuid::createUuid().toString(QUuid::WithoutBraces), trimmed, m_service.now(),
                       0};
    auto written = m_vault.write(
        m_service.store(), m_service.now(),
        [&](Vault &vault) {
            return TeamRepository(vault).addTeam(Team {idFromText(record.id), record.name});
        },
        [&](StoreSession &session) -> Status {
            auto existing = session.findTeam(trimmed);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing)
                return fail(ErrorCode::InvalidInput,
                            tr("There is already a team named %1.").arg(trimmed));
            return session.insertTeam(record);
        });
    if (!written)
        return std::unexpected(written.error());
    return record;
}

Result<UserRecord> OfficeAdmin::addUser(const QString &login, const QString &displayName,
                                        const QString &team, Role role, const QString &password)
{
    UserRecord record;
    record.login = login.trimmed().toLower();
    if (!validLogin(record.login))
        return fail(ErrorCode::InvalidInput,
                    tr("A login has 2 to 64 characters: letters, digits, '.', '_' or '-'."));
    record.displayName = displayName.trimmed();
    if (record.displayName.isEmpty() || record.displayName.size() > 200)
        return fail(ErrorCode::InvalidInput,
                    tr("A user needs a display name of at most 200 characters."));
    if (team.isEmpty() && role != Role::Administrator)
        return fail(ErrorCode::InvalidInput, tr("Every user but an administrator needs a team."));
    // Hashing first, outside any transaction: it takes a second at production cost.
    auto hash = Passwords::hash(password, m_service.options().passwordCost);
    if (!hash)
        return std::unexpected(hash.error());
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.role = roleKey(role);
    record.passwordHash = *hash;
    record.createdAt = m_service.now();
    if (!team.isEmpty()) {
        Result<TeamRecord> found = fail(ErrorCode::NotFound, {});
        if (auto done = m_service.store().read([&](StoreSession &session) -> Status {
                found = this->team(session, team);
                return {};
            });
            !done)
            return std::unexpected(done.error());
        if (!found)
            return std::unexpected(found.error());
        record.teamId = found->id;
    }
    auto written = m_vault.write(
        m_service.store(), m_service.now(),
        [&](Vault &vault) {
            return TeamRepository(vault).addUser(User {
                idFromText(record.id), record.teamId.isEmpty() ? Id() : idFromText(record.teamId),
                record.displayName,
                fromKey<schouw::Role>(record.role).value_or(schouw::Role::Inspector)});
        },
        [&](StoreSession &session) -> Status {
            auto existing = session.findUserByLogin(record.login);
            if (!existing)
                return std::unexpected(existing.error());
            if (*existing)
                return fail(ErrorCode::InvalidInput,
                            tr("There is already a user with the login %1.").arg(record.login));
            return session.insertUser(record);
        });
    if (!written)
        return std::unexpected(written.error());
    return record;
}

Result<int> OfficeAdmin::assign(const QString &team, const QStringList &providerIds, bool add)
{
    int changed = 0;
    const Status done = m_service.store().run([&](StoreSession &session) -> Status {
        auto found = this->team(session, team);
        if (!found)
            return std::unexpected(found.error());
        for (const QString &text : providerIds) {
            const QUuid id = QUuid::fromString(text);
            if (id.isNull())
                return fail(ErrorCode::InvalidInput, tr("%1 is not a provider id.").arg(text));
            const QString providerId = id.toString(QUuid::WithoutBraces);
            if (add) {
                auto scope = session.recordScope(providerId);
                if (!scope)
                    return std::unexpected(scope.error());
                if (!*scope || (*scope)->entity != u"provider")
                    return fail(
                        ErrorCode::NotFound,
                        tr("There is no provider %1 in the office's register.").arg(providerId));
            }
            auto updated = add ? session.assign(found->id, providerId)
                               : session.unassign(found->id, providerId);
            if (!updated)
                return std::unexpected(updated.error());
            changed += *updated ? 1 : 0;
        }
        if (add && changed > 0)
            return session.raiseScopeEpoch(found->id);
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return changed;
}

// ---- runAdmin ---------------------------------------------------------------------------------

Result<int> runAdmin(const OfficeOptions &options, const QStringList &arguments, QTextStream &out)
{
    if (arguments.size() < 2 && !(arguments.size() == 1 && arguments.front() == u"help"))
        return std::unexpected(usage(usageText()));
    if (arguments.front() == u"help") {
        out << usageText() << '\n';
        out.flush();
        return 0;
    }
    const QString noun = arguments.at(0);
    const QString verb = arguments.at(1);
    auto parsed = parse(arguments.mid(2),
                        {QStringLiteral("name"), QStringLiteral("team"), QStringLiteral("role"),
                         QStringLiteral("password-file"), QStringLiteral("user")},
                        {QStringLiteral("dry-run")});
    if (!parsed)
        return std::unexpected(parsed.error());
    const Arguments &args = *parsed;

    auto service = OfficeService::open(options);
    if (!service)
        return std::unexpected(service.error());
    Store &store = (*service)->store();

    // Verbs that only touch the store.
    if (noun == u"team" && verb == u"list") {
        QJsonArray teams;
        if (auto done = store.read([&](StoreSession &session) -> Status {
                auto all = session.teams();
                if (!all)
                    return std::unexpected(all.error());
                for (const TeamRecord &team : std::as_const(*all)) {
                    auto providers = session.assignedProviders(team.id);
                    if (!providers)
                        return std::unexpected(providers.error());
                    QJsonObject object = OfficeAdmin::teamJson(team);
                    object.insert(QStringLiteral("providers"), int(providers->size()));
                    teams.append(object);
                }
                return {};
            });
            !done)
            return std::unexpected(done.error());
        print(out, {{QStringLiteral("teams"), teams}});
        return 0;
    }
    if (noun == u"user" && verb == u"list") {
        QJsonArray users;
        if (auto done = store.read([&](StoreSession &session) -> Status {
                auto all = session.users();
                if (!all)
                    return std::unexpected(all.error());
                for (const UserRecord &user : std::as_const(*all))
                    users.append(OfficeAdmin::userJson(user));
                return {};
            });
            !done)
            return std::unexpected(done.error());
        print(out, {{QStringLiteral("users"), users}});
        return 0;
    }
    if (noun == u"user" && (verb == u"password" || verb == u"disable")) {
        if (auto ok = expectCount(args, 1, 1); !ok)
            return std::unexpected(ok.error());
        QString hash;
        if (verb == u"password") {
            auto password =
                OfficeAdmin::readPasswordFile(args.options.value(QStringLiteral("password-file")));
            if (!password)
                return std::unexpected(password.error());
            auto hashed = Passwords::hash(*password, options.passwordCost);
            password->fill(QLatin1Char('\0'));
            if (!hashed)
                return std::unexpected(hashed.error());
            hash = *hashed;
        }
        UserRecord changed;
        if (auto done = store.run([&](StoreSession &session) -> Status {
                auto user = requireUser(session, args.positional.at(0));
                if (!user)
                    return std::unexpected(user.error());
                if (verb == u"password")
                    user->passwordHash = hash;
                else
                    user->disabled = true;
                changed = *user;
                if (auto updated = session.updateUser(*user); !updated)
                    return updated;
                // Either way every login of the user ends now.
                return session.deleteTokensOfUser(user->id);
            });
            !done)
            return std::unexpected(done.error());
        print(out, {{QStringLiteral("user"), OfficeAdmin::userJson(changed)}});
        return 0;
    }
    if (noun == u"device" && verb == u"list") {
        QJsonArray devices;
        if (auto done = store.read([&](StoreSession &session) -> Status {
                QString userId;
                if (args.options.contains(QStringLiteral("user"))) {
                    auto user = requireUser(session, args.options.value(QStringLiteral("user")));
                    if (!user)
                        return std::unexpected(user.error());
                    userId = user->id;
                }
                auto all = session.devices(userId);
                if (!all)
                    return std::unexpected(all.error());
                for (const DeviceRecord &device : std::as_const(*all)) {
                    auto user = session.findUserById(device.userId);
                    if (!user)
                        return std::unexpected(user.error());
                    devices.append(deviceJson(device, *user ? (*user)->login : QString()));
                }
                return {};
            });
            !done)
            return std::unexpected(done.error());
        print(out, {{QStringLiteral("devices"), devices}});
        return 0;
    }
    if (noun == u"device" && verb == u"revoke") {
        if (auto ok = expectCount(args, 1, 1); !ok)
            return std::unexpected(ok.error());
        const QString deviceId = args.positional.at(0);
        bool found = false;
        if (auto done = store.run([&](StoreSession &session) -> Status {
                auto revoked = session.revokeDevice(deviceId, (*service)->now());
                if (!revoked)
                    return std::unexpected(revoked.error());
                found = *revoked;
                return {};
            });
            !done)
            return std::unexpected(done.error());
        if (!found)
            return fail(ErrorCode::NotFound,
                        OfficeAdmin::tr("There is no device %1.").arg(deviceId));
        print(out, {{QStringLiteral("device"), deviceId}, {QStringLiteral("revoked"), true}});
        return 0;
    }
    if (noun == u"assign" || noun == u"unassign") {
        // "assign TEAM PROVIDER_ID...": the verb slot holds the team.
        if (args.positional.isEmpty())
            return std::unexpected(usage(usageText()));
        auto vault = openVault(options);
        if (!vault)
            return std::unexpected(vault.error());
        OfficeAdmin admin(**service, **vault);
        auto changed = admin.assign(verb, args.positional, noun == u"assign");
        if (!changed)
            return std::unexpected(changed.error());
        print(out,
              {{QStringLiteral("team"), verb},
               {noun == u"assign" ? QStringLiteral("assigned") : QStringLiteral("unassigned"),
                *changed}});
        return 0;
    }

    // Verbs that write office data through the office vault.
    auto vault = openVault(options);
    if (!vault)
        return std::unexpected(vault.error());
    OfficeAdmin admin(**service, **vault);

    if (noun == u"team" && verb == u"add") {
        if (auto ok = expectCount(args, 1, 1); !ok)
            return std::unexpected(ok.error());
        auto team = admin.addTeam(args.positional.at(0));
        if (!team)
            return std::unexpected(team.error());
        print(out, {{QStringLiteral("team"), OfficeAdmin::teamJson(*team)}});
        return 0;
    }
    if (noun == u"user" && verb == u"add") {
        if (auto ok = expectCount(args, 1, 1); !ok)
            return std::unexpected(ok.error());
        const auto role = roleFromKey(args.options.value(QStringLiteral("role")));
        if (!role)
            return std::unexpected(
                usage(OfficeAdmin::tr("--role must be inspector, family_inspector, team_lead or "
                                      "administrator.")));
        if (!args.options.contains(QStringLiteral("name")))
            return std::unexpected(usage(OfficeAdmin::tr("--name is required.")));
        auto password =
            OfficeAdmin::readPasswordFile(args.options.value(QStringLiteral("password-file")));
        if (!password)
            return std::unexpected(password.error());
        auto user = admin.addUser(args.positional.at(0), args.options.value(QStringLiteral("name")),
                                  args.options.value(QStringLiteral("team")), *role, *password);
        password->fill(QLatin1Char('\0'));
        if (!user)
            return std::unexpected(user.error());
        print(out, {{QStringLiteral("user"), OfficeAdmin::userJson(*user)}});
        return 0;
    }
    if (noun == u"user" && verb == u"role") {
        if (auto ok = expectCount(args, 2, 2); !ok)
            return std::unexpected(ok.error());
        const auto role = roleFromKey(args.positional.at(1));
        if (!role)
            return std::unexpected(
                usage(OfficeAdmin::tr("The role must be inspector, family_inspector, team_lead or "
                                      "administrator.")));
        UserRecord changed;
        auto written = (*vault)->write(
            store, (*service)->now(),
            [&](Vault &officeVault) -> Status {
                // The store is read again inside its transaction below; this only finds the id.
                Result<UserRecord> user = fail(ErrorCode::NotFound, {});
                if (auto done = store.read([&](StoreSession &session) -> Status {
                        user = requireUser(session, args.positional.at(0));
                        return {};
                    });
                    !done)
                    return done;
                if (!user)
                    return std::unexpected(user.error());
                changed = *user;
                changed.role = roleKey(*role);
                return TeamRepository(officeVault)
                    .setRole(idFromText(changed.id),
                             fromKey<schouw::Role>(changed.role).value_or(schouw::Role::Inspector));
            },
            [&](StoreSession &session) -> Status {
                auto user = requireUser(session, changed.login);
                if (!user)
                    return std::unexpected(user.error());
                if (*role != Role::Administrator && user->teamId.isEmpty())
                    return fail(ErrorCode::InvalidInput,
                                OfficeAdmin::tr("Every user but an administrator needs a team."));
                user->role = changed.role;
                changed = *user;
                return session.updateUser(*user);
            });
        if (!written)
            return std::unexpected(written.error());
        print(out, {{QStringLiteral("user"), OfficeAdmin::userJson(changed)}});
        return 0;
    }
    if (noun == u"framework" && verb == u"import") {
        if (auto ok = expectCount(args, 1, 1); !ok)
            return std::unexpected(ok.error());
        auto loaded = FrameworkLoader::fromFile(args.positional.at(0));
        if (!loaded)
            return std::unexpected(loaded.error());
        FrameworkImport::Outcome outcome = FrameworkImport::Outcome::AlreadyPresent;
        auto written = (*vault)->write(store, (*service)->now(), [&](Vault &officeVault) -> Status {
            auto added = FrameworkImport::add(officeVault, *loaded);
            if (!added)
                return std::unexpected(added.error());
            outcome = *added;
            return {};
        });
        if (!written)
            return std::unexpected(written.error());
        print(out,
              {{QStringLiteral("framework"),
                QJsonObject {{QStringLiteral("id"), idText(loaded->framework.id)},
                             {QStringLiteral("code"), loaded->framework.code},
                             {QStringLiteral("version"), loaded->framework.version}}},
               {QStringLiteral("outcome"),
                outcome == FrameworkImport::Outcome::Imported ? QStringLiteral("imported")
                                                              : QStringLiteral("already_present")},
               {QStringLiteral("changes"), *written}});
        return 0;
    }
    if (noun == u"providers" && verb == u"import") {
        if (auto ok = expectCount(args, 1, 1); !ok)
            return std::unexpected(ok.error());
        auto plan = RegisterImport::readFile(args.positional.at(0));
        if (!plan)
            return std::unexpected(plan.error());
        if (plan->unusable)
            return fail(ErrorCode::InvalidInput,
                        plan->problems.isEmpty()
                            ? OfficeAdmin::tr("The file is not a provider register.")
                            : plan->problems.front().message,
                        QStringLiteral("register unusable"));
        const bool dryRun = args.flags.contains(QStringLiteral("dry-run"));
        RegisterStats stats;
        int changes = 0;
        if (dryRun) {
            auto counted =
                RegisterImport::apply((*vault)->vault(), *plan, RegisterImport::Mode::DryRun);
            if (!counted)
                return std::unexpected(counted.error());
            stats = *counted;
        } else {
            auto written =
                (*vault)->write(store, (*service)->now(), [&](Vault &officeVault) -> Status {
                    auto applied =
                        RegisterImport::apply(officeVault, *plan, RegisterImport::Mode::Write);
                    if (!applied)
                        return std::unexpected(applied.error());
                    stats = *applied;
                    return {};
                });
            if (!written)
                return std::unexpected(written.error());
            changes = *written;
        }
        QJsonArray problems;
        for (const RegisterProblem &problem : std::as_const(plan->problems))
            problems.append(QJsonObject {{QStringLiteral("line"), problem.line},
                                         {QStringLiteral("column"), problem.column},
                                         {QStringLiteral("message"), problem.message}});
        print(out,
              {{QStringLiteral("dryRun"), dryRun},
               {QStringLiteral("lines"), plan->lines},
               {QStringLiteral("validLines"), plan->validLines},
               {QStringLiteral("providersNew"), stats.providersNew},
               {QStringLiteral("providersUpdated"), stats.providersUpdated},
               {QStringLiteral("providersUnchanged"), stats.providersUnchanged},
               {QStringLiteral("locationsNew"), stats.locationsNew},
               {QStringLiteral("changes"), changes},
               {QStringLiteral("problems"), problems}});
        return 0;
    }
    return std::unexpected(usage(usageText()));
}

} // namespace schouw::server
