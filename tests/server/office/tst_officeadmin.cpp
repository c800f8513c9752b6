#include "officetestsupport.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>

using namespace schouw;
using namespace schouw::server;
using schouw::test::TestOffice;
using schouw::test::TestPassword;

// The admin verbs and demo-seed, run as schouw-server runs them, on a temporary data directory.
class TestOfficeAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_files;

    QString passwordFile(const QString &password = TestPassword)
    {
        const QString path = m_files.filePath(QStringLiteral("password.txt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write the password file");
        file.write(password.toUtf8() + "\n");
        return path;
    }

    // Runs a verb; the JSON it printed, or the error.
    static Result<QJsonObject> admin(const OfficeOptions &options, const QStringList &arguments)
    {
        QString text;
        QTextStream out(&text);
        auto code = runAdmin(options, arguments, out);
        if (!code)
            return std::unexpected(code.error());
        if (*code != 0)
            return fail(ErrorCode::Database, QStringLiteral("exit code %1").arg(*code));
        return QJsonDocument::fromJson(text.toUtf8()).object();
    }

    static OfficeOptions optionsIn(const QTemporaryDir &dir)
    {
        OfficeOptions options;
        options.dataDirectory = dir.filePath(QStringLiteral("data"));
        options.passwordCost = PasswordCost::Interactive;
        return options;
    }

private Q_SLOTS:
    void teamsAndUsers()
    {
        QTemporaryDir dir;
        const OfficeOptions options = optionsIn(dir);
        auto team = admin(
            options, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Team Noord")});
        QVERIFY2(team, qPrintable(team ? QString() : team.error().message));
        const QString teamId =
            team->value(QStringLiteral("team")).toObject().value(QStringLiteral("id")).toString();
        QVERIFY(!teamId.isEmpty());
        auto duplicate = admin(
            options, {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Team Noord")});
        QVERIFY(!duplicate);
        QCOMPARE(duplicate.error().code, ErrorCode::InvalidInput);

        // By name or by id.
        auto user =
            admin(options,
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("Inspecteur"),
                   QStringLiteral("--name"), QStringLiteral("Inge Jansen"),
                   QStringLiteral("--team"), QStringLiteral("Team Noord"), QStringLiteral("--role"),
                   QStringLiteral("inspector"), QStringLiteral("--password-file"), passwordFile()});
        QVERIFY2(user, qPrintable(user ? QString() : user.error().message));
        const QJsonObject record = user->value(QStringLiteral("user")).toObject();
        QCOMPARE(record.value(QStringLiteral("login")).toString(), QStringLiteral("inspecteur"));
        QCOMPARE(record.value(QStringLiteral("teamId")).toString(), teamId);
        QVERIFY(!QJsonDocument(*user).toJson().contains("argon2"));
        auto lead =
            admin(options,
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lead"),
                   QStringLiteral("--name"), QStringLiteral("Tom"), QStringLiteral("--team"),
                   teamId, QStringLiteral("--role"), QStringLiteral("team_lead"),
                   QStringLiteral("--password-file"), passwordFile()});
        QVERIFY(lead);

        // Usage errors are InvalidInput with a message.
        for (const QStringList &bad :
             {QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"),
                           QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--team"),
                           teamId, QStringLiteral("--role"), QStringLiteral("boss"),
                           QStringLiteral("--password-file"), passwordFile()},
              QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x2"),
                           QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--role"),
                           QStringLiteral("inspector"), QStringLiteral("--password-file"),
                           passwordFile()},
              QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x3"),
                           QStringLiteral("--name"), QStringLiteral("X"), QStringLiteral("--team"),
                           teamId, QStringLiteral("--role"), QStringLiteral("inspector"),
                           QStringLiteral("--password-file"),
                           passwordFile(QStringLiteral("short"))},
              QStringList {QStringLiteral("team")},
              QStringList {QStringLiteral("frobnicate"), QStringLiteral("now")},
              QStringList {QStringLiteral("team"), QStringLiteral("add"),
                           QStringLiteral("--bogus")}}) {
            auto refused = admin(options, bad);
            QVERIFY2(!refused, qPrintable(bad.join(u' ')));
            QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
            QVERIFY(!refused.error().message.isEmpty());
        }

        auto list = admin(options, {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY(list);
        QCOMPARE(list->value(QStringLiteral("users")).toArray().size(), 2);

        auto role = admin(options,
                          {QStringLiteral("user"), QStringLiteral("role"),
                           QStringLiteral("inspecteur"), QStringLiteral("family_inspector")});
        QVERIFY2(role, qPrintable(role ? QString() : role.error().detail));
        QCOMPARE(
            role->value(QStringLiteral("user")).toObject().value(QStringLiteral("role")).toString(),
            QStringLiteral("family_inspector"));

        // The office data reached the store as office changes a team member pulls.
        OfficeOptions serving = options;
        auto service = OfficeService::open(serving);
        QVERIFY(service);
        auto tokens =
            (*service)->login(QStringLiteral("inspecteur"), TestPassword, QStringLiteral("d1"),
                              QStringLiteral("laptop"), QStringLiteral("10.0.0.1"));
        QVERIFY(tokens);
        QCOMPARE(tokens->role, Role::FamilyInspector);
        auto who = (*service)->authenticate(tokens->accessToken);
        QVERIFY(who);
        auto page = (*service)->pull(*who, 0, 1000);
        QVERIFY(page);
        int users = 0;
        int teams = 0;
        bool roleUpdate = false;
        for (const wire::WireChange &c : page->batch.changes) {
            QCOMPARE(c.deviceId, std::string("office"));
            users += c.entity == "user" && c.op == 0;
            teams += c.entity == "team";
            roleUpdate |= c.entity == "user" && c.op == 1 &&
                c.fieldsJson.find("family_inspector") != std::string::npos;
        }
        QCOMPARE(users, 2);
        QCOMPARE(teams, 1);
        QVERIFY(roleUpdate);
        service->reset();

        // New password: the old one stops working, every login of the user ends.
        auto changed = admin(options,
                             {QStringLiteral("user"), QStringLiteral("password"),
                              QStringLiteral("inspecteur"), QStringLiteral("--password-file"),
                              passwordFile(QStringLiteral("another long password"))});
        QVERIFY(changed);
        service = OfficeService::open(serving);
        QVERIFY(service);
        QVERIFY(!(*service)->authenticate(tokens->accessToken));
        QVERIFY(!(*service)->login(QStringLiteral("inspecteur"), TestPassword, QStringLiteral("d1"),
                                   {}, QStringLiteral("10.0.0.1")));
        QVERIFY((*service)->login(QStringLiteral("inspecteur"),
                                  QStringLiteral("another long password"), QStringLiteral("d1"), {},
                                  QStringLiteral("10.0.0.1")));
        service->reset();

        auto disabled = admin(
            options,
            {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("inspecteur")});
        QVERIFY(disabled);
        QVERIFY(disabled->value(QStringLiteral("user"))
                    .toObject()
                    .value(QStringLiteral("disabled"))
                    .toBool());
        service = OfficeService::open(serving);
        QVERIFY(!(*service)->login(QStringLiteral("inspecteur"),
                                   QStringLiteral("another long password"), QStringLiteral("d1"),
                                   {}, QStringLiteral("10.0.0.2")));
    }

    void devicesListAndRevoke()
    {
        QTemporaryDir dir;
        const OfficeOptions options = optionsIn(dir);
        QVERIFY(admin(options,
                      {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Noord")}));
        QVERIFY(
            admin(options,
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("inge"),
                   QStringLiteral("--name"), QStringLiteral("Inge"), QStringLiteral("--team"),
                   QStringLiteral("Noord"), QStringLiteral("--role"), QStringLiteral("inspector"),
                   QStringLiteral("--password-file"), passwordFile()}));
        std::optional<TokenPair> tokens;
        {
            auto service = OfficeService::open(options);
            QVERIFY(service);
            auto made =
                (*service)->login(QStringLiteral("inge"), TestPassword, QStringLiteral("dev-9"),
                                  QStringLiteral("Laptop Inge"), QStringLiteral("10.0.0.1"));
            QVERIFY(made);
            tokens = *made;
        }
        auto list = admin(options,
                          {QStringLiteral("device"), QStringLiteral("list"),
                           QStringLiteral("--user"), QStringLiteral("inge")});
        QVERIFY(list);
        const QJsonArray devices = list->value(QStringLiteral("devices")).toArray();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("dev-9"));
        QCOMPARE(devices.at(0).toObject().value(QStringLiteral("revoked")).toBool(), false);

        QVERIFY(
            admin(options,
                  {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("dev-9")}));
        auto missing = admin(
            options, {QStringLiteral("device"), QStringLiteral("revoke"), QStringLiteral("nope")});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto service = OfficeService::open(options);
        QVERIFY(service);
        QCOMPARE((*service)->authenticate(tokens->accessToken).error().failure,
                 AuthFailure::DeviceRevoked);
    }

    void frameworksProvidersAndAssignments()
    {
        QTemporaryDir dir;
        const OfficeOptions options = optionsIn(dir);
        QVERIFY(admin(options,
                      {QStringLiteral("team"), QStringLiteral("add"), QStringLiteral("Noord")}));
        const QString framework =
            QStringLiteral(SCHOUW_SOURCE_DIR "/resources/frameworks/ggz.json");
        auto imported =
            admin(options, {QStringLiteral("framework"), QStringLiteral("import"), framework});
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().message));
        QCOMPARE(imported->value(QStringLiteral("outcome")).toString(), QStringLiteral("imported"));
        QCOMPARE(imported->value(QStringLiteral("changes")).toInt(), 1);
        auto again =
            admin(options, {QStringLiteral("framework"), QStringLiteral("import"), framework});
        QVERIFY(again);
        QCOMPARE(again->value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("already_present"));
        QCOMPARE(again->value(QStringLiteral("changes")).toInt(), 0);

        const QString csv = QStringLiteral(SCHOUW_SOURCE_DIR "/tests/providers/data/valid.csv");
        auto dry = admin(options,
                         {QStringLiteral("providers"), QStringLiteral("import"), csv,
                          QStringLiteral("--dry-run")});
        QVERIFY2(dry, qPrintable(dry ? QString() : dry.error().message));
        QVERIFY(dry->value(QStringLiteral("providersNew")).toInt() > 0);
        QCOMPARE(dry->value(QStringLiteral("changes")).toInt(), 0);
        auto real = admin(options, {QStringLiteral("providers"), QStringLiteral("import"), csv});
        QVERIFY(real);
        QCOMPARE(real->value(QStringLiteral("providersNew")).toInt(),
                 dry->value(QStringLiteral("providersNew")).toInt());
        QVERIFY(real->value(QStringLiteral("changes")).toInt() >=
                real->value(QStringLiteral("providersNew")).toInt());

        // The provider ids, from the office vault the import wrote to.
        QStringList providers;
        {
            auto vault = OfficeVault::open(options.dataDirectory);
            QVERIFY(vault);
            auto rows = (*vault)->vault().database().prepare(
                QStringLiteral("SELECT id FROM provider ORDER BY id"));
            QVERIFY(rows);
            while (rows->next())
                providers << rows->text(0);
        }
        QCOMPARE(providers.size(), real->value(QStringLiteral("providersNew")).toInt());
        QVERIFY(providers.size() >= 2);

        // Assign: unknown provider ids are refused, known ones counted.
        auto unknown = admin(options,
                             {QStringLiteral("assign"), QStringLiteral("Noord"),
                              QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        auto notId = admin(
            options, {QStringLiteral("assign"), QStringLiteral("Noord"), QStringLiteral("abc")});
        QVERIFY(!notId);
        QCOMPARE(notId.error().code, ErrorCode::InvalidInput);
        auto assigned = admin(
            options,
            {QStringLiteral("assign"), QStringLiteral("Noord"), providers.at(0), providers.at(1)});
        QVERIFY(assigned);
        QCOMPARE(assigned->value(QStringLiteral("assigned")).toInt(), 2);
        auto repeated =
            admin(options, {QStringLiteral("assign"), QStringLiteral("Noord"), providers.at(0)});
        QVERIFY(repeated);
        QCOMPARE(repeated->value(QStringLiteral("assigned")).toInt(), 0);
        auto teams = admin(options, {QStringLiteral("team"), QStringLiteral("list")});
        QVERIFY(teams);
        QCOMPARE(teams->value(QStringLiteral("teams"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("providers"))
                     .toInt(),
                 2);
        auto unassigned =
            admin(options, {QStringLiteral("unassign"), QStringLiteral("Noord"), providers.at(1)});
        QVERIFY(unassigned);
        QCOMPARE(unassigned->value(QStringLiteral("unassigned")).toInt(), 1);

        // A team member pulls the framework and the assigned provider with its locations.
        QVERIFY(
            admin(options,
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("inge"),
                   QStringLiteral("--name"), QStringLiteral("Inge"), QStringLiteral("--team"),
                   QStringLiteral("Noord"), QStringLiteral("--role"), QStringLiteral("inspector"),
                   QStringLiteral("--password-file"), passwordFile()}));
        auto service = OfficeService::open(options);
        QVERIFY(service);
        auto tokens = (*service)->login(QStringLiteral("inge"), TestPassword, QStringLiteral("d1"),
                                        {}, QStringLiteral("10.0.0.1"));
        QVERIFY(tokens);
        auto page = (*service)->pull(*(*service)->authenticate(tokens->accessToken), 0, 5000);
        QVERIFY(page);
        QSet<QString> providerIds;
        int frameworks = 0;
        int locations = 0;
        for (const wire::WireChange &c : page->batch.changes) {
            if (c.entity == "provider")
                providerIds.insert(uuidText(c.entityId));
            frameworks += c.entity == "framework";
            locations += c.entity == "location";
        }
        QCOMPARE(providerIds, QSet<QString>({providers.at(0)}));
        QCOMPARE(frameworks, 1);
        QVERIFY(locations >= 1);
    }

    void demoSeed()
    {
        QTemporaryDir dir;
        const OfficeOptions options = optionsIn(dir);
        QElapsedTimer timer;
        timer.start();
        QString text;
        QTextStream out(&text);
        auto seeded =
            runDemoSeed(options, {QStringLiteral("--password-file"), passwordFile()}, out);
        QVERIFY2(
            seeded,
            qPrintable(seeded ? QString() : seeded.error().message + u' ' + seeded.error().detail));
        qInfo("demo-seed took %lld ms", timer.elapsed());
        const QJsonObject summary = QJsonDocument::fromJson(text.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("teams")).toArray().size(), 2);
        QCOMPARE(summary.value(QStringLiteral("users")).toArray().size(), 5);
        QVERIFY(summary.value(QStringLiteral("frameworks")).toInt() >= 1);
        QVERIFY(summary.value(QStringLiteral("providers")).toInt() > 10);
        QVERIFY(!text.contains(TestPassword));

        // Refuses a store that holds data.
        QString second;
        QTextStream secondOut(&second);
        auto again =
            runDemoSeed(options, {QStringLiteral("--password-file"), passwordFile()}, secondOut);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::InvalidInput);

        // The documented logins work, and each team sees its own providers only.
        auto service = OfficeService::open(options);
        QVERIFY(service);
        QHash<QString, QSet<QString>> providersSeen;
        for (const QString &login : {QStringLiteral("inspecteur"), QStringLiteral("teamleider"),
                                     QStringLiteral("inspecteur2"), QStringLiteral("beheerder")}) {
            auto tokens = (*service)->login(login, TestPassword, QStringLiteral("dev-") + login, {},
                                            QStringLiteral("10.0.0.1"));
            QVERIFY2(tokens, qPrintable(login));
            auto who = (*service)->authenticate(tokens->accessToken);
            QVERIFY(who);
            auto page = (*service)->pull(*who, 0, 5000);
            QVERIFY(page);
            QVERIFY(!page->more);
            for (const wire::WireChange &c : page->batch.changes)
                if (c.entity == "provider")
                    providersSeen[login].insert(uuidText(c.entityId));
        }
        QVERIFY(!providersSeen.value(QStringLiteral("inspecteur")).isEmpty());
        QCOMPARE(providersSeen.value(QStringLiteral("inspecteur")),
                 providersSeen.value(QStringLiteral("teamleider")));
        QVERIFY(!providersSeen.value(QStringLiteral("inspecteur2")).isEmpty());
        QVERIFY(!providersSeen.value(QStringLiteral("inspecteur"))
                     .intersects(providersSeen.value(QStringLiteral("inspecteur2"))));
        QVERIFY(providersSeen.value(QStringLiteral("beheerder")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestOfficeAdmin)
#include "tst_officeadmin.moc"
