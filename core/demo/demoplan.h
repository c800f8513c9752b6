#pragma once

#include "demogenerator.h"

namespace schouw::demo {

// How much of everything a profile makes.
struct DemoPlan
{
    int inspectorsPerTeam = 2;
    int familyInspectorsPerTeam = 1;
    int providers = 66;
    int frameworks = 0; // 0: each sample framework once; more: older versions of them too
    int visits = 20;
    int ownVisits = 2; // the signed-in inspector's latest visits, recorded as local work
    int historyDays = 365; // earlier visits spread over this many days before the base date
    int observations = 400;
    int interviews = 40;
    int attachments = 20;
    int attachmentMinBytes = 8 * 1024;
    int attachmentMaxBytes = 48 * 1024;
    int reports = 5; // for the latest earlier visits
    int batchRecords = 2000;
    qint64 batchBytes = 32 * 1024 * 1024;
};

[[nodiscard]] DemoPlan planFor(DemoProfile profile);

} // namespace schouw::demo
