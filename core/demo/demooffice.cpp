// The office's part of the demo data: teams and users, providers with their locations and risk
// signals, and the assessment frameworks. Written as received from the office (remote).

#include "demobuilder.h"
#include "demonames.h"
#include "demotexts.h"

#include "vault/frameworkrepository.h"
#include "vault/providerrepository.h"
#include "vault/teamrepository.h"
#include "vault/vault.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <array>

namespace schouw::demo {

namespace {

// A name not used before, so two inspectors never share one.
QString uniquePersonName(DemoRandom &random, QSet<QString> &taken)
{
    QString name;
    do {
        name = personName(random);
    } while (taken.contains(name));
    taken.insert(name);
    return name;
}

Sector sectorFor(DemoRandom &random, int index)
{
    const auto all = vocabulary<Sector>();
    // The first eleven cover every sector once; after that each sector gets its share.
    if (index < int(all.size()))
        return all[std::size_t(index)].value;
    std::array<int, 11> weights {};
    for (std::size_t i = 0; i < all.size(); ++i)
        weights[i] = sectorWords(all[i].value).weight;
    return all[std::size_t(random.weighted(weights))].value;
}

// Older versions of a sample framework lack the norms that were added later: the last norm of
// the last `yearsBack` themes (where a theme has more than one).
QJsonObject olderVersion(QJsonObject root, const Id &id, const QString &version, int yearsBack)
{
    root.insert(QStringLiteral("id"), idText(id));
    root.insert(QStringLiteral("version"), version);
    QJsonArray themes = root.value(QStringLiteral("themes")).toArray();
    QSet<QString> removed;
    for (qsizetype t = themes.size() - 1; t >= 0 && t >= themes.size() - yearsBack; --t) {
        QJsonObject theme = themes.at(t).toObject();
        QJsonArray norms = theme.value(QStringLiteral("norms")).toArray();
        if (norms.size() < 2)
            continue;
        removed.insert(norms.last().toObject().value(QStringLiteral("code")).toString());
        norms.removeLast();
        theme.insert(QStringLiteral("norms"), norms);
        themes.replace(t, theme);
    }
    root.insert(QStringLiteral("themes"), themes);
    QJsonArray guides = root.value(QStringLiteral("interviewGuides")).toArray();
    for (qsizetype g = 0; g < guides.size(); ++g) {
        QJsonObject guide = guides.at(g).toObject();
        QJsonArray questions = guide.value(QStringLiteral("questions")).toArray();
        for (qsizetype q = 0; q < questions.size(); ++q) {
            QJsonObject question = questions.at(q).toObject();
            QJsonArray kept;
            for (const QJsonValue &code : question.value(QStringLiteral("norms")).toArray())
                if (!removed.contains(code.toString()))
                    kept.append(code);
            question.insert(QStringLiteral("norms"), kept);
            questions.replace(q, question);
        }
        guide.insert(QStringLiteral("questions"), questions);
        guides.replace(g, guide);
    }
    if (!guides.isEmpty())
        root.insert(QStringLiteral("interviewGuides"), guides);
    return root;
}

int versionYear(const QString &version)
{
    bool ok = false;
    const int year = version.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    return ok ? year : BaseDate.year();
}

} // namespace

Status DemoBuilder::buildTeams()
{
    progress(DemoGenerator::tr("Teams and users"), 0);
    DemoRandom random(m_seed, "teams");
    TeamRepository repository(m_vault);
    QSet<QString> names;
    const auto addUser = [&](const Id &teamId, Role role, QList<DemoUser> &into) -> Status {
        DemoUser user {random.uuid(), uniquePersonName(random, names), role};
        if (auto done = repository.addUser(User {user.id, teamId, user.name, role}); !done)
            return done;
        into.append(user);
        ++m_counts.users;
        return m_batch.add();
    };
    for (const TeamTemplate &templ : teamTemplates()) {
        DemoTeam team;
        team.id = random.uuid();
        for (int s = 0; s < templ.sectorCount; ++s)
            team.sectors << templ.sectors[s];
        if (auto done = repository.addTeam(Team {team.id, text(templ.name)}); !done)
            return done;
        ++m_counts.teams;
        if (auto done = addUser(team.id, Role::TeamLead, team.leads); !done)
            return done;
        for (int i = 0; i < m_plan.inspectorsPerTeam; ++i)
            if (auto done = addUser(team.id, Role::Inspector, team.inspectors); !done)
                return done;
        for (int i = 0; i < m_plan.familyInspectorsPerTeam; ++i)
            if (auto done = addUser(team.id, Role::FamilyInspector, team.familyInspectors); !done)
                return done;
        m_teams.append(team);
    }
    // The signed-in user: the first inspector of the first team (nursing and home care, the
    // sectors with the most visits).
    m_currentInspector = m_teams.front().inspectors.front();
    return {};
}

Status DemoBuilder::buildProviders()
{
    const QString step = DemoGenerator::tr("Providers, locations and risk signals");
    progress(step, 2);
    DemoRandom random(m_seed, "providers");
    ProviderRepository repository(m_vault);
    const auto allCities = cities();
    QSet<QString> providerNames;
    QSet<QString> kvkNumbers;
    constexpr std::array signalCountWeights {25, 25, 20, 15, 10, 5};
    constexpr std::array sourceWeights {40, 30, 20, 10};
    constexpr std::array severityWeights {50, 35, 15};

    for (int p = 0; p < m_plan.providers; ++p) {
        DemoProvider provider;
        provider.id = random.uuid();
        provider.sector = sectorFor(random, p);
        const City &city = random.pick(allCities);
        const SectorWords &words = sectorWords(provider.sector);

        QString name = providerName(random, provider.sector, city);
        for (int attempt = 0; attempt < 4 && providerNames.contains(name); ++attempt)
            name = providerName(random, provider.sector, city);
        if (providerNames.contains(name) && !name.contains(text(city.name)))
            name += QStringLiteral(" ") + text(city.name);
        providerNames.insert(name);
        provider.name = name;

        // Units (wards, groups) are distinct within a provider.
        const int locationCount = random.between(words.minLocations, words.maxLocations);
        QStringList units;
        while (units.size() < locationCount + 2) {
            const QString unit = text(random.pick(unitNames()));
            if (!units.contains(unit))
                units << unit;
        }
        provider.unitNames = units;

        QList<Location> locations;
        for (int l = 0; l < locationCount; ++l) {
            const City &locationCity = l == 0 || random.chance(70) ? city : random.pick(allCities);
            const Address where = address(random, locationCity);
            Location location;
            location.id = random.uuid();
            location.providerId = provider.id;
            location.name =
                locationName(random, provider.sector, units.at(l), locationCity, l == 0);
            location.street = where.street;
            location.houseNumber = where.houseNumber;
            location.postcode = where.postcode;
            location.city = where.city;
            locations.append(location);
            provider.locationIds << location.id;
            provider.locationNames << location.name;
        }

        Provider record {provider.id,
                         provider.name,
                         provider.sector,
                         kvkNumber(random, kvkNumbers),
                         locations.front().city,
                         locations.front().postcode};
        if (auto done = repository.add(record); !done)
            return done;
        for (const Location &location : std::as_const(locations)) {
            if (auto done = repository.addLocation(location); !done)
                return done;
        }
        m_counts.locations += locations.size();

        const auto signalCount = random.weighted(signalCountWeights);
        for (qsizetype s = 0; s < signalCount; ++s) {
            RiskSignal signal;
            signal.id = random.uuid();
            signal.providerId = provider.id;
            signal.source =
                vocabulary<SignalSource>()[std::size_t(random.weighted(sourceWeights))].value;
            const int age = random.between(3, 720);
            signal.date = BaseDate.addDays(-age);
            signal.severity = int(random.weighted(severityWeights)) + 1;
            signal.text =
                signalText(random, provider.sector, signal.source,
                           units.at(qsizetype(random.below(std::uint64_t(units.size())))));
            // Recent signals are still being looked into; old ones mostly closed.
            signal.open = random.chance(age < 270 ? 70 : 15);
            if (auto done = repository.addRiskSignal(signal); !done)
                return done;
        }
        m_counts.riskSignals += signalCount;
        ++m_counts.providers;
        if (auto done = m_batch.add(int(1 + locations.size() + signalCount)); !done)
            return done;
        m_providers.append(provider);
        progress(step, 2 + 18 * (p + 1) / m_plan.providers);
    }
    return {};
}

Status DemoBuilder::buildFrameworks()
{
    const QString step = DemoGenerator::tr("Assessment frameworks");
    progress(step, 20);
    QList<LoadedFramework> samples;
    const QDir dir(QStringLiteral(":/frameworks"));
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto loaded = FrameworkLoader::fromFile(dir.filePath(file));
        if (!loaded) {
            Error error = loaded.error();
            error.detail = file + QStringLiteral(": ") + error.detail;
            return std::unexpected(error);
        }
        samples.append(*loaded);
    }
    if (samples.isEmpty())
        return fail(ErrorCode::NotFound, DemoGenerator::tr("No sample frameworks are built in."),
                    QStringLiteral("no :/frameworks/*.json"));

    // Each sample as it is, then (for the large profile) its earlier yearly versions until there
    // are enough. Their ids are name-based on the sample's id, so they are the same every run.
    const int wanted = std::max<int>(m_plan.frameworks, int(samples.size()));
    FrameworkRepository repository(m_vault);
    for (int yearsBack = 0; m_frameworks.size() < wanted; ++yearsBack) {
        for (const LoadedFramework &sample : std::as_const(samples)) {
            if (m_frameworks.size() >= wanted)
                break;
            LoadedFramework loaded = sample;
            if (yearsBack > 0) {
                const QString version =
                    QStringLiteral("%1.1").arg(versionYear(sample.framework.version) - yearsBack);
                const Id id = QUuid::createUuidV5(sample.framework.id,
                                                  QStringLiteral("schouw-demo-version:") + version);
                const QJsonObject root =
                    olderVersion(QJsonDocument::fromJson(sample.definitionJson.toUtf8()).object(),
                                 id, version, yearsBack);
                auto derived = FrameworkLoader::fromJson(QJsonDocument(root).toJson());
                if (!derived)
                    return std::unexpected(derived.error());
                loaded = *derived;
            }
            if (auto done = repository.add(loaded.framework, loaded.definitionJson); !done)
                return done;
            if (auto done = m_batch.add(); !done)
                return done;

            DemoFramework framework;
            framework.id = loaded.framework.id;
            framework.code = loaded.framework.code;
            framework.version = loaded.framework.version;
            framework.title = loaded.framework.title;
            framework.year = versionYear(framework.version);
            framework.sectors = loaded.framework.sectors;
            framework.guides = loaded.interviewGuides;
            for (const Theme &theme : std::as_const(loaded.framework.themes))
                for (const Norm &norm : theme.norms)
                    framework.norms.append(DemoNorm {norm.id, norm.code, norm.title, theme.title,
                                                     loaded.evidence.value(norm.code)});
            m_frameworks.append(framework);
            ++m_counts.frameworks;
        }
    }
    return {};
}

} // namespace schouw::demo
