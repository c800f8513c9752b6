// schouw-server demo-seed: a demonstration office (docs/office-service.md, "Demo"). Teams and
// users with known logins, the shipped frameworks, and the small demo profile's providers with
// their locations and risk signals, assigned to the teams.

#include "demo/demogenerator.h"
#include "frameworks/frameworkimport.h"
#include "frameworks/frameworkloader.h"
#include "officeadmin.h"
#include "officevault.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>

namespace schouw::server {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DemoSeed)
};

struct DemoLogin
{
    const char *login;
    const char *displayName;
    int team; // index into the teams, -1 for none
    Role role;
};

constexpr std::array<const char *, 2> DemoTeams {"Team Noord", "Team Zuid"};
constexpr std::array<DemoLogin, 5> DemoLogins {{
    {"inspecteur", "Inge Jansen", 0, Role::Inspector},
    {"teamleider", "Tom de Boer", 0, Role::TeamLead},
    {"familie", "Fatima El Amrani", 0, Role::FamilyInspector},
    {"inspecteur2", "Sanne Visser", 1, Role::Inspector},
    {"beheerder", "Bram Bakker", -1, Role::Administrator},
}};

// The office part of the small demo profile: DemoGenerator fills a scratch vault, and its
// providers, locations and risk signals are written again, with the same ids, into the office
// vault. Returns the provider ids in the order they were made.
Result<QStringList> copyDemoProviders(Vault &office, std::uint64_t seed)
{
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return fail(ErrorCode::Io,
                    Tr::tr("No temporary directory is available for the demo data."));
    VaultOptions options;
    options.kdf = KdfParams {crypto_pwhash_OPSLIMIT_MIN, 64 * 1024}; // synthetic data only
    const SecureBytes secret = SecureBytes::random(32).toHex();
    auto demo = Vault::create(scratch.filePath(QStringLiteral("demo")), secret, options);
    if (!demo)
        return std::unexpected(demo.error());
    DemoGenerator generator(**demo, DemoProfile::Small, seed);
    if (auto made = generator.run(); !made)
        return std::unexpected(made.error());

    auto rows = (*demo)->database().prepare(QStringLiteral(
        "SELECT entity, entity_id, op, fields FROM change_log WHERE entity IN ('provider', "
        "'location', 'risk_signal') ORDER BY seq"));
    if (!rows)
        return std::unexpected(rows.error());
    QStringList providers;
    ChangeWriter &writer = office.changes();
    Transaction transaction(office.database());
    if (!transaction.begun())
        return std::unexpected(transaction.begun().error());
    while (rows->next()) {
        const QString entity = rows->text(0);
        const Id id = idFromText(rows->text(1));
        const QVariantMap fields =
            QJsonDocument::fromJson(rows->text(3).toUtf8()).object().toVariantMap();
        const QString op = rows->text(2);
        Status done = op == u"insert" ? writer.insert(entity, id, fields)
            : op == u"update"         ? writer.update(entity, id, fields)
                                      : writer.remove(entity, id);
        if (!done)
            return std::unexpected(done.error());
        if (entity == u"provider" && op == u"insert")
            providers << idText(id);
    }
    if (rows->error())
        return std::unexpected(*rows->error());
    if (auto done = transaction.commit(); !done)
        return std::unexpected(done.error());
    return providers;
}

} // namespace

Result<int> runDemoSeed(const OfficeOptions &options, const QStringList &arguments,
                        QTextStream &out)
{
    QString passwordFile;
    std::uint64_t seed = 1;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &word = arguments.at(i);
        if ((word == u"--password-file" || word == u"--seed") && i + 1 < arguments.size()) {
            const QString value = arguments.at(++i);
            if (word == u"--seed") {
                bool ok = false;
                seed = value.toULongLong(&ok);
                if (!ok)
                    return fail(ErrorCode::InvalidInput, Tr::tr("--seed needs a whole number."));
            } else {
                passwordFile = value;
            }
        } else {
            return fail(ErrorCode::InvalidInput,
                        Tr::tr("Usage: schouw-server demo-seed --config FILE --password-file "
                               "FILE [--seed N]"),
                        QStringLiteral("usage"));
        }
    }
    if (passwordFile.isEmpty())
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("demo-seed needs --password-file: the password every demo user gets."),
                    QStringLiteral("usage"));
    auto password = OfficeAdmin::readPasswordFile(passwordFile);
    if (!password)
        return std::unexpected(password.error());

    auto service = OfficeService::open(options);
    if (!service)
        return std::unexpected(service.error());
    bool empty = false;
    if (auto done = (*service)->store().read([&](StoreSession &session) -> Status {
            auto teams = session.teams();
            auto users = session.users();
            auto changes = session.changeCount();
            if (!teams)
                return std::unexpected(teams.error());
            if (!users)
                return std::unexpected(users.error());
            if (!changes)
                return std::unexpected(changes.error());
            empty = teams->isEmpty() && users->isEmpty() && *changes == 0;
            return {};
        });
        !done)
        return std::unexpected(done.error());
    if (!empty)
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("demo-seed only fills an empty store; this one already holds data. "
                           "Use a new data directory for a demonstration."),
                    QStringLiteral("store not empty"));

    auto vault = OfficeVault::open(options.dataDirectory);
    if (!vault)
        return std::unexpected(vault.error());
    OfficeAdmin admin(**service, **vault);

    QList<TeamRecord> teams;
    for (const char *name : DemoTeams) {
        auto team = admin.addTeam(QString::fromUtf8(name));
        if (!team)
            return std::unexpected(team.error());
        teams << *team;
    }
    QJsonArray logins;
    for (const DemoLogin &login : DemoLogins) {
        const QString team = login.team < 0 ? QString() : teams.at(login.team).id;
        auto user =
            admin.addUser(QString::fromLatin1(login.login), QString::fromUtf8(login.displayName),
                          team, login.role, *password);
        if (!user)
            return std::unexpected(user.error());
        logins.append(QJsonObject {
            {QStringLiteral("login"), user->login},
            {QStringLiteral("role"), user->role},
            {QStringLiteral("team"), login.team < 0 ? QString() : teams.at(login.team).name}});
    }
    password->fill(QLatin1Char('\0'));

    // The shipped frameworks, as `framework import` would bring them in.
    int frameworks = 0;
    const QDir resources(QStringLiteral(":/frameworks"));
    const QStringList files =
        resources.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    auto written =
        (*vault)->write((*service)->store(), (*service)->now(), [&](Vault &officeVault) -> Status {
            for (const QString &file : files) {
                auto loaded = FrameworkLoader::fromFile(resources.filePath(file));
                if (!loaded)
                    return std::unexpected(loaded.error());
                auto added = FrameworkImport::add(officeVault, *loaded);
                if (!added)
                    return std::unexpected(added.error());
                ++frameworks;
            }
            return {};
        });
    if (!written)
        return std::unexpected(written.error());

    QStringList providers;
    written =
        (*vault)->write((*service)->store(), (*service)->now(), [&](Vault &officeVault) -> Status {
            auto copied = copyDemoProviders(officeVault, seed);
            if (!copied)
                return std::unexpected(copied.error());
            providers = *copied;
            return {};
        });
    if (!written)
        return std::unexpected(written.error());

    // Alternate providers between the two teams, so each team sees about half.
    QList<QStringList> perTeam(teams.size());
    for (qsizetype i = 0; i < providers.size(); ++i)
        perTeam[i % teams.size()] << providers.at(i);
    QJsonArray teamJson;
    for (qsizetype t = 0; t < teams.size(); ++t) {
        auto assigned = admin.assign(teams.at(t).id, perTeam.at(t), true);
        if (!assigned)
            return std::unexpected(assigned.error());
        QJsonObject object = OfficeAdmin::teamJson(teams.at(t));
        object.insert(QStringLiteral("providers"), *assigned);
        object.insert(QStringLiteral("providerIds"), QJsonArray::fromStringList(perTeam.at(t)));
        teamJson.append(object);
    }

    qint64 changes = 0;
    (void)(*service)->store().read([&](StoreSession &session) -> Status {
        if (auto count = session.changeCount())
            changes = *count;
        return {};
    });
    out << QString::fromUtf8(
        QJsonDocument(QJsonObject {{QStringLiteral("storeId"), (*service)->storeId()},
                                   {QStringLiteral("teams"), teamJson},
                                   {QStringLiteral("users"), logins},
                                   {QStringLiteral("frameworks"), frameworks},
                                   {QStringLiteral("providers"), int(providers.size())},
                                   {QStringLiteral("changes"), changes}})
            .toJson(QJsonDocument::Indented));
    out.flush();
    return 0;
}

} // namespace schouw::server
