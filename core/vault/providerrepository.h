#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// What the provider list is narrowed to. Converts from the search text alone.
struct ProviderQuery
{
    ProviderQuery(QString searchText = {}) // NOLINT: implicit on purpose, a text is a query
        : text(std::move(searchText))
    {
    }

    QString text; // each word must start a word of the name, city, postcode or KvK number
    std::optional<Sector> sector;
    bool openSignalsOnly = false; // only providers with at least one open risk signal

    [[nodiscard]] bool isEmpty() const
    {
        return text.trimmed().isEmpty() && !sector && !openSignalsOnly;
    }
};

// Providers under supervision with their locations and risk signals. Writes go through the
// vault's ChangeWriter; reads skip tombstones.
class ProviderRepository
{
public:
    explicit ProviderRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Status add(const Provider &provider);
    [[nodiscard]] Status update(const Provider &provider);
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Provider>> find(const Id &id);
    // Live providers; with a query, those matching it the way page() does.
    [[nodiscard]] Result<qint64> count(const ProviderQuery &query = {});

    // Where a page of the list starts: after this row in (sort key, id) order.
    struct PageCursor
    {
        QString sortKey;
        Id id;
    };
    // One page of the list ordered by name, starting after the cursor (keyset paging: each page
    // costs the same however deep into the list). When filter is not empty, only providers
    // having a search token that starts with each word of the filter.
    [[nodiscard]] Result<QList<ProviderSummary>> page(const std::optional<PageCursor> &after,
                                                      int limit, const ProviderQuery &query = {});
    [[nodiscard]] static PageCursor cursorAfter(const ProviderSummary &row);

    [[nodiscard]] Status addLocation(const Location &location);
    [[nodiscard]] Result<QList<Location>> locations(const Id &providerId);

    [[nodiscard]] Status addRiskSignal(const RiskSignal &signal);
    [[nodiscard]] Status setRiskSignalOpen(const Id &signalId, bool open);
    [[nodiscard]] Result<QList<RiskSignal>> riskSignals(const Id &providerId);

private:
    Vault &m_vault;
};

} // namespace schouw
