#include "commands.h"

#include "console.h"
#include "providers/registerimport.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonObject>

namespace schouw {

namespace {

QJsonArray problemsJson(const QList<RegisterProblem> &problems)
{
    QJsonArray result;
    for (const RegisterProblem &problem : problems)
        result.append(QJsonObject {{QStringLiteral("line"), problem.line},
                                   {QStringLiteral("column"), problem.column},
                                   {QStringLiteral("message"), problem.message}});
    return result;
}

} // namespace

Result<ExitCode> Commands::providersImport(const Invocation &invocation, Console &console)
{
    const QString file = invocation.arguments.value(0);
    // The whole file is checked before the vault is opened: a bad file costs no passphrase.
    auto read = RegisterImport::readFile(file);
    if (!read)
        return std::unexpected(read.error());
    const RegisterPlan &plan = *read;
    const auto problemCount = static_cast<int>(plan.problems.size());
    if (plan.unusable || (problemCount > 0 && !invocation.validLinesOnly)) {
        console.printJson({{QStringLiteral("status"), QStringLiteral("invalid")},
                           {QStringLiteral("file"), file},
                           {QStringLiteral("problems"), problemsJson(plan.problems)}});
        return fail(
            ErrorCode::InvalidInput,
            tr("%n problem(s) in %1; nothing was imported.", nullptr, problemCount).arg(file),
            QStringLiteral("providers import: invalid register"));
    }

    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    const auto mode =
        invocation.dryRun ? RegisterImport::Mode::DryRun : RegisterImport::Mode::Write;
    auto stats = RegisterImport::apply(**opened, plan, mode);
    if (!stats)
        return std::unexpected(stats.error());
    QJsonObject result {{QStringLiteral("status"),
                         invocation.dryRun ? QStringLiteral("ok") : QStringLiteral("imported")},
                        {QStringLiteral("file"), file},
                        {QStringLiteral("lines"), plan.lines},
                        {QStringLiteral("lines_skipped"), plan.lines - plan.validLines},
                        {QStringLiteral("providers_new"), stats->providersNew},
                        {QStringLiteral("providers_updated"), stats->providersUpdated},
                        {QStringLiteral("providers_unchanged"), stats->providersUnchanged},
                        {QStringLiteral("locations_new"), stats->locationsNew},
                        {QStringLiteral("problems"), problemsJson(plan.problems)}};
    console.printJson(result);
    if (problemCount > 0)
        console.warning(
            tr("%n line(s) with problems were skipped.", nullptr, plan.lines - plan.validLines));
    return ExitCode::Ok;
}

} // namespace schouw
