#include "commands.h"

#include "console.h"
#include "vault/attachmentrepository.h"
#include "vault/changewriter.h"
#include "vault/frameworkrepository.h"
#include "vault/interviewrepository.h"
#include "vault/observationrepository.h"
#include "vault/providerrepository.h"
#include "vault/reportrepository.h"
#include "vault/vault.h"
#include "vault/visitrepository.h"

#include <QJsonObject>

#include <functional>
#include <utility>

namespace schouw {

Result<ExitCode> Commands::stats(const Invocation &invocation, Console &console)
{
    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    Vault &vault = **opened;

    // Keys are part of the output format that scripts read: keep them stable.
    const std::pair<QString, std::function<Result<qint64>()>> counts[] = {
        {QStringLiteral("providers"),
         [&vault] {
             return ProviderRepository(vault).count();
         }},
        {QStringLiteral("frameworks"),
         [&vault] {
             return FrameworkRepository(vault).count();
         }},
        {QStringLiteral("visits"),
         [&vault] {
             return VisitRepository(vault).count();
         }},
        {QStringLiteral("observations"),
         [&vault] {
             return ObservationRepository(vault).count();
         }},
        {QStringLiteral("interviews"),
         [&vault] {
             return InterviewRepository(vault).count();
         }},
        {QStringLiteral("attachments"),
         [&vault] {
             return AttachmentRepository(vault).count();
         }},
        {QStringLiteral("reports"),
         [&vault] {
             return ReportRepository(vault).count();
         }},
        {QStringLiteral("pending_changes"),
         [&vault] {
             return pendingChangeCount(vault.database());
         }},
    };
    QJsonObject result;
    for (const auto &[key, count] : counts) {
        auto value = count();
        if (!value)
            return std::unexpected(value.error());
        result.insert(key, *value);
    }
    console.printJson(result);
    return ExitCode::Ok;
}

Result<ExitCode> Commands::demo(const Invocation &invocation, Console &console)
{
    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    Vault &vault = **opened;

    DemoGenerator generator(vault, invocation.demoProfile, invocation.demoSeed);
    // The generator may report the same step and percentage many times over; a person needs a
    // line only when something moved.
    QString lastStep;
    int lastPercent = -1;
    auto counts = generator.run([&](const QString &step, int percent) {
        if (step == lastStep && percent == lastPercent)
            return;
        lastStep = step;
        lastPercent = percent;
        console.progress(step, percent);
    });
    if (!counts)
        return std::unexpected(counts.error());
    // The generator itself writes the "demo.generated" audit event, in its own transaction.

    console.printJson({
        {QStringLiteral("teams"), counts->teams},
        {QStringLiteral("users"), counts->users},
        {QStringLiteral("providers"), counts->providers},
        {QStringLiteral("locations"), counts->locations},
        {QStringLiteral("risk_signals"), counts->riskSignals},
        {QStringLiteral("frameworks"), counts->frameworks},
        {QStringLiteral("visits"), counts->visits},
        {QStringLiteral("observations"), counts->observations},
        {QStringLiteral("interviews"), counts->interviews},
        {QStringLiteral("attachments"), counts->attachments},
        {QStringLiteral("attachment_bytes"), counts->attachmentBytes},
        {QStringLiteral("reports"), counts->reports},
    });
    return ExitCode::Ok;
}

} // namespace schouw
