#include "demo/demogenerator.h"
#include "frameworks/frameworkloader.h"
#include "testvault.h"
#include "vault/attachmentrepository.h"
#include "vault/changewriter.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/reportrepository.h"
#include "vault/teamrepository.h"
#include "vault/visitrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <cstring>
#include <functional>
#include <memory>

using namespace schouw;

namespace {

// Every domain table, ordered so that two vaults can be compared row by row. updated_hlc comes
// from the wall clock and is not part of the generated data.
struct TableDump
{
    const char *table;
    const char *orderBy;
};

constexpr TableDump DomainTables[] = {
    {"team", "id"},
    {"app_user", "id"},
    {"provider", "id"},
    {"provider_token", "token, provider_id"},
    {"location", "id"},
    {"risk_signal", "id"},
    {"framework", "id"},
    {"theme", "id"},
    {"norm", "id"},
    {"visit", "id"},
    {"observation", "id"},
    {"observation_norm", "observation_id, norm_id"},
    {"interview", "id"},
    {"attachment", "id"},
    {"attachment_chunk", "attachment_id, seq"},
    {"report", "id"},
    {"review_comment", "id"},
};

QStringList dump(Vault &vault, const TableDump &table)
{
    QStringList rows;
    auto statement = vault.database().prepare(
        QStringLiteral("SELECT * FROM %1 ORDER BY %2")
            .arg(QLatin1String(table.table), QLatin1String(table.orderBy)));
    if (!statement)
        return {QStringLiteral("prepare failed: ") + statement.error().detail};
    while (statement->next()) {
        QStringList fields;
        for (int column = 0; column < statement->columnCount(); ++column) {
            const QString name = statement->columnName(column);
            if (name == u"updated_hlc")
                continue;
            const QVariant value = statement->value(column);
            // Chunk contents by their hash: equal hashes, equal bytes.
            const QString shown = value.typeId() == QMetaType::QByteArray
                ? QString::fromLatin1(
                      QCryptographicHash::hash(value.toByteArray(), QCryptographicHash::Sha256)
                          .toHex())
                : value.toString();
            fields << name + QLatin1Char('=') + shown;
        }
        rows << fields.join(QLatin1Char('|'));
    }
    return rows;
}

qint64 scalar(Vault &vault, const QString &sql)
{
    auto value = vault.database().scalar(sql);
    return value ? value->toLongLong() : -1;
}

QByteArray fixture()
{
    QFile file(QStringLiteral(SCHOUW_TEST_DATA_DIR "/tiny-framework.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray edited(const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(fixture()).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

QJsonObject firstNorm(const QJsonObject &root)
{
    return root.value(QStringLiteral("themes"))
        .toArray()
        .first()
        .toObject()
        .value(QStringLiteral("norms"))
        .toArray()
        .first()
        .toObject();
}

void replaceFirstNorm(QJsonObject &root, const QJsonObject &norm)
{
    QJsonArray themes = root.value(QStringLiteral("themes")).toArray();
    QJsonObject theme = themes.first().toObject();
    QJsonArray norms = theme.value(QStringLiteral("norms")).toArray();
    norms.replace(0, norm);
    theme.insert(QStringLiteral("norms"), norms);
    themes.replace(0, theme);
    root.insert(QStringLiteral("themes"), themes);
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void sameSeedGivesSameData();
    void differentSeedGivesDifferentData();
    void countsMatchRepositories();
    void allSectorsArePresent();
    void addressesAndKvkNumbersLookDutch();
    void fieldworkIsPendingOfficeDataIsNot();
    void observationNormsBelongToTheVisitFramework();
    void signedInUserIsAnInspector();
    void refusesVaultWithData();
    void profileNames();

    void loaderReadsFixture();
    void loaderReadsSampleFrameworks();
    void loaderRejectsMalformedInput_data();
    void loaderRejectsMalformedInput();

private:
    std::unique_ptr<test::TempVault> generate(std::uint64_t seed, DemoCounts *counts = nullptr);

    std::unique_ptr<test::TempVault> m_first;
    std::unique_ptr<test::TempVault> m_second;
    std::unique_ptr<test::TempVault> m_otherSeed;
    DemoCounts m_counts;
};

std::unique_ptr<test::TempVault> TestDemoGenerator::generate(std::uint64_t seed, DemoCounts *counts)
{
    auto vault = std::make_unique<test::TempVault>();
    if (!vault->isValid()) {
        qWarning() << "vault:" << vault->error().detail;
        return {};
    }
    QElapsedTimer timer;
    timer.start();
    int lastPercent = -1;
    bool progressOrdered = true;
    auto result = DemoGenerator(vault->vault(), DemoProfile::Small, seed)
                      .run([&](const QString &step, int percent) {
                          progressOrdered = progressOrdered && !step.isEmpty() &&
                              percent >= lastPercent && percent <= 100;
                          lastPercent = percent;
                      });
    if (!result) {
        qWarning() << "demo:" << result.error().message << result.error().detail;
        return {};
    }
    if (!progressOrdered || lastPercent != 100) {
        qWarning() << "progress was not reported in order up to 100";
        return {};
    }
    qInfo("small profile, seed %llu: %lld ms", static_cast<unsigned long long>(seed),
          static_cast<long long>(timer.elapsed()));
    if (counts)
        *counts = *result;
    return vault;
}

void TestDemoGenerator::initTestCase()
{
    m_first = generate(20260105, &m_counts);
    QVERIFY(m_first);
    m_second = generate(20260105);
    QVERIFY(m_second);
    m_otherSeed = generate(7);
    QVERIFY(m_otherSeed);
}

void TestDemoGenerator::sameSeedGivesSameData()
{
    for (const TableDump &table : DomainTables) {
        const QStringList first = dump(m_first->vault(), table);
        const QStringList second = dump(m_second->vault(), table);
        QVERIFY2(!first.isEmpty(), table.table);
        QCOMPARE(second.size(), first.size());
        for (qsizetype row = 0; row < first.size(); ++row)
            QCOMPARE(second.at(row), first.at(row));
    }
}

void TestDemoGenerator::differentSeedGivesDifferentData()
{
    for (const char *table : {"provider", "location", "visit", "observation", "attachment_chunk"}) {
        const TableDump dumped {
            table, std::strcmp(table, "attachment_chunk") == 0 ? "attachment_id, seq" : "id"};
        QVERIFY2(dump(m_first->vault(), dumped) != dump(m_otherSeed->vault(), dumped), table);
    }
    // The sample frameworks are the same whatever the seed.
    QCOMPARE(dump(m_otherSeed->vault(), {"framework", "id"}),
             dump(m_first->vault(), {"framework", "id"}));
}

void TestDemoGenerator::countsMatchRepositories()
{
    Vault &vault = m_first->vault();
    QCOMPARE(ProviderRepository(vault).count().value(), m_counts.providers);
    QCOMPARE(FrameworkRepository(vault).count().value(), m_counts.frameworks);
    QCOMPARE(VisitRepository(vault).count().value(), m_counts.visits);
    QCOMPARE(ObservationRepository(vault).count().value(), m_counts.observations);
    QCOMPARE(InterviewRepository(vault).count().value(), m_counts.interviews);
    QCOMPARE(AttachmentRepository(vault).count().value(), m_counts.attachments);
    QCOMPARE(AttachmentRepository(vault).totalSize().value(), m_counts.attachmentBytes);
    QCOMPARE(ReportRepository(vault).count().value(), m_counts.reports);
    QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM location")), m_counts.locations);
    QCOMPARE(scalar(vault, QStringLiteral("SELECT count(*) FROM risk_signal")),
             m_counts.riskSignals);

    TeamRepository teams(vault);
    const QList<Team> allTeams = teams.teams().value();
    QCOMPARE(qint64(allTeams.size()), m_counts.teams);
    qint64 users = 0;
    for (const Team &team : allTeams)
        users += teams.members(team.id).value().size();
    QCOMPARE(users, m_counts.users);

    // The small profile's shape (README: quick, but every kind of record).
    QVERIFY(m_counts.providers >= 60);
    QCOMPARE(
        m_counts.frameworks,
        qint64(QDir(QStringLiteral(":/frameworks")).entryList({QStringLiteral("*.json")}).size()));
    QCOMPARE(m_counts.visits, qint64(20));
    QCOMPARE(m_counts.observations, qint64(400));
    QCOMPARE(m_counts.interviews, qint64(40));
    QCOMPARE(m_counts.attachments, qint64(20));
    QVERIFY(m_counts.reports >= 3);
    QVERIFY(m_counts.riskSignals > 0);
    QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM review_comment")) > 0);
    QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM audit_event")) > 0);
    QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM risk_signal WHERE open = 1")) > 0);
    QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM risk_signal WHERE open = 0")) > 0);
    QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM visit WHERE ended_at IS NULL")) >=
            1);
}

void TestDemoGenerator::allSectorsArePresent()
{
    auto statement =
        m_first->vault().database().prepare(QStringLiteral("SELECT DISTINCT sector FROM provider"));
    QVERIFY(statement);
    QSet<QString> sectors;
    while (statement->next())
        sectors.insert(statement->text(0));
    const QStringList keys = allKeys<Sector>();
    QCOMPARE(keys.size(), 11);
    QCOMPARE(sectors, QSet<QString>(keys.cbegin(), keys.cend()));
}

void TestDemoGenerator::addressesAndKvkNumbersLookDutch()
{
    const QRegularExpression postcode(QStringLiteral("^[1-9][0-9]{3} (?!SA|SD|SS)[A-Z]{2}$"));
    const QRegularExpression kvk(QStringLiteral("^[0-9]{8}$"));
    Database &db = m_first->vault().database();
    auto providers =
        db.prepare(QStringLiteral("SELECT postcode, kvk_number, city, name FROM provider"));
    QVERIFY(providers);
    QSet<QString> kvkNumbers;
    while (providers->next()) {
        QVERIFY2(postcode.match(providers->text(0)).hasMatch(), qPrintable(providers->text(0)));
        QVERIFY2(kvk.match(providers->text(1)).hasMatch(), qPrintable(providers->text(1)));
        QVERIFY(!providers->text(2).isEmpty());
        QVERIFY(!providers->text(3).isEmpty());
        kvkNumbers.insert(providers->text(1));
    }
    QCOMPARE(qint64(kvkNumbers.size()), m_counts.providers);
    auto locations =
        db.prepare(QStringLiteral("SELECT postcode, street, house_number, city FROM location"));
    QVERIFY(locations);
    while (locations->next()) {
        QVERIFY2(postcode.match(locations->text(0)).hasMatch(), qPrintable(locations->text(0)));
        for (int column = 1; column < 4; ++column)
            QVERIFY(!locations->text(column).isEmpty());
    }
}

void TestDemoGenerator::fieldworkIsPendingOfficeDataIsNot()
{
    Vault &vault = m_first->vault();
    QVERIFY(pendingChangeCount(vault.database()).value() > 0);
    QCOMPARE(scalar(vault,
                    QStringLiteral("SELECT count(*) FROM change_log WHERE origin = 'local' "
                                   "AND entity IN ('team', 'user', 'provider', 'location', "
                                   "'risk_signal', 'framework', 'visit')")),
             qint64(0));
    QVERIFY(scalar(vault,
                   QStringLiteral("SELECT count(*) FROM change_log WHERE origin = 'local' "
                                  "AND entity = 'observation'")) > 0);
    // The writer is back to recording the user's own changes.
    const qint64 before = pendingChangeCount(vault.database()).value();
    QVERIFY(TeamRepository(vault).addTeam(Team {QUuid::createUuid(), QStringLiteral("Proefteam")}));
    QCOMPARE(pendingChangeCount(vault.database()).value(), before + 1);
}

void TestDemoGenerator::observationNormsBelongToTheVisitFramework()
{
    Vault &vault = m_first->vault();
    QVERIFY(scalar(vault, QStringLiteral("SELECT count(*) FROM observation_norm")) >=
            m_counts.observations);
    QCOMPARE(scalar(vault,
                    QStringLiteral("SELECT count(*) FROM observation_norm n "
                                   "JOIN observation o ON o.id = n.observation_id "
                                   "JOIN visit v ON v.id = o.visit_id "
                                   "WHERE NOT EXISTS (SELECT 1 FROM norm m WHERE m.id = n.norm_id "
                                   "AND m.framework_id = v.framework_id)")),
             qint64(0));
    QCOMPARE(scalar(vault,
                    QStringLiteral("SELECT count(*) FROM observation o WHERE NOT EXISTS "
                                   "(SELECT 1 FROM observation_norm n "
                                   "WHERE n.observation_id = o.id)")),
             qint64(0));
    // Attachments belong to observations of the vault.
    QCOMPARE(scalar(vault,
                    QStringLiteral("SELECT count(*) FROM attachment a WHERE NOT EXISTS "
                                   "(SELECT 1 FROM observation o WHERE o.id = a.owner_id)")),
             qint64(0));
}

void TestDemoGenerator::signedInUserIsAnInspector()
{
    Vault &vault = m_first->vault();
    const QString userId = vault.metaValue(QStringLiteral("user_id")).value();
    QVERIFY(!userId.isEmpty());
    const auto user = TeamRepository(vault).findUser(idFromText(userId)).value();
    QVERIFY(user.has_value());
    QCOMPARE(user->role, Role::Inspector);
    QCOMPARE(vault.changes().author(), user->id);
}

void TestDemoGenerator::refusesVaultWithData()
{
    const qint64 providers = ProviderRepository(m_first->vault()).count().value();
    auto result = DemoGenerator(m_first->vault(), DemoProfile::Small, 1).run();
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(ProviderRepository(m_first->vault()).count().value(), providers);
}

void TestDemoGenerator::profileNames()
{
    QCOMPARE(DemoGenerator::profileFromName(u"small"), DemoProfile::Small);
    QCOMPARE(DemoGenerator::profileFromName(u"large"), DemoProfile::Large);
    QVERIFY(!DemoGenerator::profileFromName(u"medium"));
    QVERIFY(!DemoGenerator::profileFromName(u""));
}

void TestDemoGenerator::loaderReadsFixture()
{
    const QByteArray json = fixture();
    QVERIFY(!json.isEmpty());
    auto loaded = FrameworkLoader::fromJson(json);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().detail));
    const Framework &framework = loaded->framework;
    QCOMPARE(framework.id, idFromText(u"3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11"));
    QCOMPARE(framework.code, QStringLiteral("TK"));
    QCOMPARE(framework.version, QStringLiteral("2026.1"));
    QCOMPARE(framework.sectors, (QList<Sector> {Sector::NursingAndCare, Sector::HomeCare}));
    QCOMPARE(framework.themes.size(), 2);
    QCOMPARE(framework.themes.at(0).norms.size(), 2);
    const Norm &norm = framework.themes.at(0).norms.at(1);
    QCOMPARE(norm.code, QStringLiteral("1.2"));
    QCOMPARE(norm.id, FrameworkRepository::normId(framework.id, QStringLiteral("1.2")));
    QCOMPARE(norm.themeId, framework.themes.at(0).id);
    QCOMPARE(norm.position, 1);
    QCOMPARE(framework.themes.at(1).position, 1);
    QCOMPARE(loaded->interviewGuides.size(), 2);
    QCOMPARE(loaded->interviewGuides.at(1).group, RespondentGroup::Staff);
    QCOMPARE(loaded->interviewGuides.at(0).questions.at(0).normCodes,
             (QStringList {QStringLiteral("1.1"), QStringLiteral("1.2")}));
    QCOMPARE(loaded->definitionJson, QString::fromUtf8(json));

    // What the loader gives is what the vault stores and unpacks.
    test::TempVault vault;
    QVERIFY(vault.isValid());
    FrameworkRepository repository(vault.vault());
    QVERIFY(repository.add(framework, loaded->definitionJson));
    const auto stored = repository.find(framework.id).value();
    QVERIFY(stored.has_value());
    QCOMPARE(stored->themes.size(), 2);
    QCOMPARE(stored->themes.at(0).norms.at(1).id, norm.id);
    QCOMPARE(stored->themes.at(1).id, framework.themes.at(1).id);
}

void TestDemoGenerator::loaderReadsSampleFrameworks()
{
    const QDir dir(QStringLiteral(":/frameworks"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &file : files) {
        auto loaded = FrameworkLoader::fromFile(dir.filePath(file));
        QVERIFY2(loaded, qPrintable(file + u": " + (loaded ? QString() : loaded.error().detail)));
        QVERIFY(!loaded->framework.themes.isEmpty());
    }
    auto missing = FrameworkLoader::fromFile(QStringLiteral(":/frameworks/does-not-exist.json"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::Io);
}

void TestDemoGenerator::loaderRejectsMalformedInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("{ \"format\": 1, this is not json");
    QTest::newRow("truncated") << fixture().left(fixture().size() / 2);
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{", 4);
    QTest::newRow("too large") << QByteArray(FrameworkLoader::MaxDocumentSize + 1, ' ');
    QTest::newRow("no format") << edited(
        [](QJsonObject &root) { root.remove(QStringLiteral("format")); });
    QTest::newRow("format 2") << edited(
        [](QJsonObject &root) { root.insert(QStringLiteral("format"), 2); });
    QTest::newRow("no id") << edited([](QJsonObject &root) { root.remove(QStringLiteral("id")); });
    QTest::newRow("id not a uuid") << edited(
        [](QJsonObject &root) { root.insert(QStringLiteral("id"), QStringLiteral("nope")); });
    QTest::newRow("code a number")
        << edited([](QJsonObject &root) { root.insert(QStringLiteral("code"), 12); });
    QTest::newRow("empty title") << edited(
        [](QJsonObject &root) { root.insert(QStringLiteral("title"), QString()); });
    QTest::newRow("no version") << edited(
        [](QJsonObject &root) { root.remove(QStringLiteral("version")); });
    QTest::newRow("unknown sector") << edited([](QJsonObject &root) {
        root.insert(QStringLiteral("sectors"), QJsonArray {QStringLiteral("dentistry")});
    });
    QTest::newRow("no sectors") << edited(
        [](QJsonObject &root) { root.remove(QStringLiteral("sectors")); });
    QTest::newRow("no themes") << edited(
        [](QJsonObject &root) { root.remove(QStringLiteral("themes")); });
    QTest::newRow("themes an object")
        << edited([](QJsonObject &root) { root.insert(QStringLiteral("themes"), QJsonObject()); });
    QTest::newRow("theme a string") << edited([](QJsonObject &root) {
        root.insert(QStringLiteral("themes"), QJsonArray {QStringLiteral("1")});
    });
    QTest::newRow("norm without text") << edited([](QJsonObject &root) {
        QJsonObject norm = firstNorm(root);
        norm.remove(QStringLiteral("text"));
        replaceFirstNorm(root, norm);
    });
    QTest::newRow("norm guidance a number") << edited([](QJsonObject &root) {
        QJsonObject norm = firstNorm(root);
        norm.insert(QStringLiteral("guidance"), 3);
        replaceFirstNorm(root, norm);
    });
    QTest::newRow("repeated norm code") << edited([](QJsonObject &root) {
        QJsonObject norm = firstNorm(root);
        norm.insert(QStringLiteral("code"), QStringLiteral("2.1"));
        replaceFirstNorm(root, norm);
    });
    QTest::newRow("guide with unknown group") << edited([](QJsonObject &root) {
        root.insert(
            QStringLiteral("interviewGuides"),
            QJsonArray {QJsonObject {{QStringLiteral("group"), QStringLiteral("visitor")}}});
    });
    QTest::newRow("guide refers to unknown norm") << edited([](QJsonObject &root) {
        root.insert(QStringLiteral("interviewGuides"),
                    QJsonArray {QJsonObject {
                        {QStringLiteral("group"), QStringLiteral("client")},
                        {QStringLiteral("questions"),
                         QJsonArray {QJsonObject {
                             {QStringLiteral("text"), QStringLiteral("Vraag?")},
                             {QStringLiteral("norms"), QJsonArray {QStringLiteral("9.9")}}}}}}});
    });
}

void TestDemoGenerator::loaderRejectsMalformedInput()
{
    QFETCH(QByteArray, json);
    auto loaded = FrameworkLoader::fromJson(json);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().code, ErrorCode::InvalidInput);
    QVERIFY(!loaded.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demogenerator.moc"
