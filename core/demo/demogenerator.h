#pragma once

#include "domain/error.h"

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace schouw {

class Vault;

enum class DemoProfile {
    Small, // quick: for CI and the README's demo
    Large, // the dataset of DESIGN.md's budgets: 5,000 providers, 30 frameworks, 2,000 visits,
           // 200,000 observations, 500 MB of attachments
};

struct DemoCounts
{
    qint64 teams = 0;
    qint64 users = 0;
    qint64 providers = 0;
    qint64 locations = 0;
    qint64 riskSignals = 0;
    qint64 frameworks = 0;
    qint64 visits = 0;
    qint64 observations = 0;
    qint64 interviews = 0;
    qint64 attachments = 0;
    qint64 attachmentBytes = 0;
    qint64 reports = 0;
};

// Fills an open vault with realistic synthetic data: Dutch provider names in all eleven sectors,
// locations with plausible addresses and postcodes, KvK numbers, risk signals, the sample
// frameworks from resources/frameworks, visits with observations, interviews and attachments.
// Deterministic: the same profile and seed give the same records (ids, texts, dates), whatever
// the day it runs. Office data (teams, providers, frameworks, earlier visits) is recorded as
// received from the office; the current visit's fieldwork as local changes waiting for sync.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    using Progress = std::function<void(const QString &step, int percent)>;

    DemoGenerator(Vault &vault, DemoProfile profile, std::uint64_t seed);

    // Generates everything and signs in one of the demo inspectors (meta user_id). progress, if
    // set, is called on this thread with a translated step name and 0..100. Errors: VaultLocked;
    // InvalidInput when the vault already holds providers or frameworks (demo data is never mixed
    // with real data); NotFound when no sample framework is built in; database errors. Work is
    // committed in batches, so after a failure part of the data may remain. The change writer is
    // left recording local changes by the signed-in user.
    [[nodiscard]] Result<DemoCounts> run(const Progress &progress = {});

    [[nodiscard]] static std::optional<DemoProfile> profileFromName(QStringView name);

private:
    Vault &m_vault;
    DemoProfile m_profile;
    std::uint64_t m_seed;
};

} // namespace schouw
