#include "demogenerator.h"

#include "demobuilder.h"
#include "demoplan.h"

#include "vault/vault.h"

namespace schouw {

DemoGenerator::DemoGenerator(Vault &vault, DemoProfile profile, std::uint64_t seed)
    : m_vault(vault)
    , m_profile(profile)
    , m_seed(seed)
{
}

Result<DemoCounts> DemoGenerator::run(const Progress &progress)
{
    if (!m_vault.isOpen())
        return std::unexpected(Vault::lockedError());
    demo::DemoBuilder builder(m_vault, demo::planFor(m_profile), m_seed, progress);
    const Status built = builder.run();
    // Whatever happened, later edits on this device are the user's own again, made by the
    // signed-in user (as Vault::open would set it from user_id).
    ChangeWriter &changes = m_vault.changes();
    changes.setOrigin(ChangeWriter::Origin::Local);
    if (auto user = m_vault.metaValue(QStringLiteral("user_id")); user && !user->isEmpty())
        changes.setAuthor(idFromText(*user));
    if (!built)
        return std::unexpected(built.error());
    return builder.counts();
}

std::optional<DemoProfile> DemoGenerator::profileFromName(QStringView name)
{
    if (name == u"small")
        return DemoProfile::Small;
    if (name == u"large")
        return DemoProfile::Large;
    return std::nullopt;
}

} // namespace schouw
