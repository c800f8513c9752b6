#include "demobuilder.h"

#include "vault/auditlog.h"
#include "vault/frameworkrepository.h"
#include "vault/providerrepository.h"
#include "vault/vault.h"

namespace schouw::demo {

DemoBuilder::DemoBuilder(Vault &vault, const DemoPlan &plan, std::uint64_t seed,
                         const DemoGenerator::Progress &progress)
    : m_vault(vault)
    , m_plan(plan)
    , m_seed(seed)
    , m_progress(progress)
    , m_batch(vault.database(), plan.batchRecords, plan.batchBytes)
{
}

Status DemoBuilder::run()
{
    if (auto done = checkEmpty(); !done)
        return done;
    if (auto done = m_batch.start(); !done)
        return done;
    // Office data first: it arrives with the first sync and is not this device's to push.
    writeAs({}, false);
    for (auto step :
         {&DemoBuilder::buildTeams, &DemoBuilder::buildProviders, &DemoBuilder::buildFrameworks,
          &DemoBuilder::buildVisits, &DemoBuilder::writeAuditEvents}) {
        if (auto done = (this->*step)(); !done)
            return done;
    }
    if (auto done = m_batch.finish(); !done)
        return done;
    if (auto done = m_vault.setMetaValue(QStringLiteral("user_id"), idText(m_currentInspector.id));
        !done)
        return done;
    progress(DemoGenerator::tr("Done"), 100);
    return {};
}

Status DemoBuilder::checkEmpty()
{
    // Demo records next to real ones would be indistinguishable from them.
    ProviderRepository providers(m_vault);
    FrameworkRepository frameworks(m_vault);
    auto providerCount = providers.count();
    if (!providerCount)
        return std::unexpected(providerCount.error());
    auto frameworkCount = frameworks.count();
    if (!frameworkCount)
        return std::unexpected(frameworkCount.error());
    if (*providerCount > 0 || *frameworkCount > 0)
        return fail(ErrorCode::InvalidInput,
                    DemoGenerator::tr("Demo data can only be added to an empty vault."),
                    QStringLiteral("vault already holds providers or frameworks"));
    return {};
}

void DemoBuilder::writeAs(const Id &author, bool local)
{
    m_vault.changes().setAuthor(author);
    m_vault.changes().setOrigin(local ? ChangeWriter::Origin::Local : ChangeWriter::Origin::Remote);
}

void DemoBuilder::progress(const QString &step, int percent)
{
    // Large steps call this per record; pass on only what changed.
    if (!m_progress || (percent == m_lastPercent && step == m_lastStep))
        return;
    m_lastPercent = percent;
    m_lastStep = step;
    m_progress(step, percent);
}

int DemoBuilder::teamFor(Sector sector) const
{
    for (int i = 0; i < m_teams.size(); ++i)
        if (m_teams.at(i).sectors.contains(sector))
            return i;
    return 0;
}

int DemoBuilder::frameworkFor(DemoRandom &random, Sector sector, int year) const
{
    // Codes that cover the sector, then the version in force in the visit's year (the oldest one
    // for visits from before the first version we have).
    QStringList codes;
    for (const DemoFramework &framework : m_frameworks)
        if (framework.sectors.contains(sector) && !codes.contains(framework.code))
            codes << framework.code;
    if (codes.isEmpty())
        return -1;
    const QString code = codes.at(qsizetype(random.below(std::uint64_t(codes.size()))));
    int best = -1;
    int oldest = -1;
    for (int i = 0; i < m_frameworks.size(); ++i) {
        const DemoFramework &framework = m_frameworks.at(i);
        if (framework.code != code)
            continue;
        if (oldest < 0 || framework.year < m_frameworks.at(oldest).year)
            oldest = i;
        if (framework.year <= year && (best < 0 || framework.year > m_frameworks.at(best).year))
            best = i;
    }
    return best >= 0 ? best : oldest;
}

Status DemoBuilder::writeAuditEvents()
{
    // What this device would have logged while the inspector worked. The audit log stamps events
    // with the real time; they are not part of the reproducible data.
    writeAs(m_currentInspector.id, true);
    AuditLog audit(m_vault);
    if (auto event = audit.append(QStringLiteral("demo.generated")); !event)
        return std::unexpected(event.error());
    for (const Id &visitId : std::as_const(m_ownVisits))
        if (auto event =
                audit.append(QStringLiteral("visit.opened"), QStringLiteral("visit"), visitId);
            !event)
            return std::unexpected(event.error());
    for (const Id &reportId : std::as_const(m_ownReports))
        if (auto event =
                audit.append(QStringLiteral("report.created"), QStringLiteral("report"), reportId);
            !event)
            return std::unexpected(event.error());
    return {};
}

} // namespace schouw::demo
