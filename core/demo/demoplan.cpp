#include "demoplan.h"

namespace schouw::demo {

DemoPlan planFor(DemoProfile profile)
{
    DemoPlan plan;
    if (profile == DemoProfile::Small)
        return plan;
    // DESIGN.md's large dataset: at least 5,000 providers, 30 frameworks, 2,000 visits, 200,000
    // observations and 500 MB of attachments (2,000 × 256 KiB, one chunk each).
    plan.inspectorsPerTeam = 5;
    plan.familyInspectorsPerTeam = 2;
    plan.providers = 5000;
    plan.frameworks = 30;
    plan.visits = 2000;
    plan.ownVisits = 5;
    plan.historyDays = 4 * 365;
    plan.observations = 200'000;
    plan.interviews = 16'000;
    plan.attachments = 2000;
    plan.attachmentMinBytes = 256 * 1024;
    plan.attachmentMaxBytes = 256 * 1024;
    plan.reports = 1500;
    return plan;
}

} // namespace schouw::demo
