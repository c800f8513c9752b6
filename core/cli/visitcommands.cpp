#include "commands.h"

#include "console.h"
#include "vault/judgementrepository.h"
#include "vault/providerrepository.h"
#include "vault/vault.h"
#include "vault/visitrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace schouw {

namespace {

struct ProviderVisits
{
    Id providerId;
    QString providerName;
    QList<Visit> visits;
};

Result<std::optional<ProviderVisits>> visitsOf(Vault &vault, const Id &providerId)
{
    auto provider = ProviderRepository(vault).find(providerId);
    if (!provider)
        return std::unexpected(provider.error());
    if (!provider->has_value())
        return std::optional<ProviderVisits>();
    auto visits = VisitRepository(vault).forProvider(providerId);
    if (!visits)
        return std::unexpected(visits.error());
    return ProviderVisits {providerId, (*provider)->name, std::move(*visits)};
}

// Every provider, a page at a time: the repository offers visits per provider only.
Result<QList<ProviderVisits>> allVisits(Vault &vault)
{
    QList<ProviderVisits> result;
    ProviderRepository providers(vault);
    std::optional<ProviderRepository::PageCursor> cursor;
    for (;;) {
        auto page = providers.page(cursor, 500);
        if (!page)
            return std::unexpected(page.error());
        for (const ProviderSummary &summary : std::as_const(*page)) {
            auto visits = VisitRepository(vault).forProvider(summary.id);
            if (!visits)
                return std::unexpected(visits.error());
            if (!visits->isEmpty())
                result.append({summary.id, summary.name, std::move(*visits)});
        }
        if (page->size() < 500)
            return result;
        cursor = ProviderRepository::cursorAfter(page->constLast());
    }
}

QJsonValue dateJson(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<ExitCode> Commands::visitList(const Invocation &invocation, Console &console)
{
    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    Vault &vault = **opened;

    QList<ProviderVisits> groups;
    if (!invocation.providerId.isEmpty()) {
        auto one = visitsOf(vault, idFromText(invocation.providerId));
        if (!one)
            return std::unexpected(one.error());
        if (!one->has_value())
            return fail(ErrorCode::NotFound, tr("There is no provider with this id in the vault."),
                        QStringLiteral("visit list: no such provider"));
        groups.append(**one);
    } else {
        auto all = allVisits(vault);
        if (!all)
            return std::unexpected(all.error());
        groups = std::move(*all);
    }

    JudgementRepository judgements(vault);
    struct Row
    {
        QDateTime startedAt;
        QJsonObject json;
    };
    QList<Row> rows;
    for (const ProviderVisits &group : std::as_const(groups)) {
        for (const Visit &visit : group.visits) {
            auto progress = judgements.progress(visit.id);
            if (!progress)
                return std::unexpected(progress.error());
            const QJsonObject provider {{QStringLiteral("id"), idText(group.providerId)},
                                        {QStringLiteral("name"), group.providerName}};
            rows.append(
                {visit.startedAt,
                 {{QStringLiteral("id"), idText(visit.id)},
                  {QStringLiteral("provider"), provider},
                  {QStringLiteral("framework"),
                   visit.frameworkId.isNull() ? QJsonValue()
                                              : QJsonValue(idText(visit.frameworkId))},
                  {QStringLiteral("type"), keyOf(visit.type)},
                  {QStringLiteral("started"), dateJson(visit.startedAt)},
                  {QStringLiteral("ended"), dateJson(visit.endedAt)},
                  {QStringLiteral("status"),
                   visit.endedAt.isValid() ? QStringLiteral("finished") : QStringLiteral("open")},
                  {QStringLiteral("judged"), progress->judged},
                  {QStringLiteral("total"), progress->total}}});
        }
    }
    // Newest first, as the provider's own list is; ties by id so the order is stable.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.startedAt != b.startedAt)
            return a.startedAt > b.startedAt;
        return a.json.value(QStringLiteral("id")).toString() <
            b.json.value(QStringLiteral("id")).toString();
    });
    QJsonArray result;
    for (const Row &row : std::as_const(rows))
        result.append(row.json);
    console.printText(QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact)) +
                      QLatin1Char('\n'));
    return ExitCode::Ok;
}

} // namespace schouw
