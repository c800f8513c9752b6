#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// The orders the provider list can be in. Every order ends in the name and then the id, so rows
// that tie on the first key still have one fixed place (keyset paging needs a total order).
enum class ProviderSort {
    Name, // by name, A-Z, accents and case folded (sortKey())
    City, // by city A-Z (case-insensitive), then by name
    OpenSignals, // most open risk signals first, then by name
};

// What the provider list is narrowed to, and in which order. Converts from the search text alone.
struct ProviderQuery
{
    ProviderQuery(QString searchText = {}) // NOLINT: implicit on purpose, a text is a query
        : text(std::move(searchText))
    {
    }

    QString text; // each word must start a word of the name, city, postcode or KvK number
    std::optional<Sector> sector;
    bool openSignalsOnly = false; // only providers with at least one open risk signal
    ProviderSort sort = ProviderSort::Name; // the order only: isEmpty() does not look at it

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

    // Where a page of the list starts: after this row in the query's order. Holds every key of
    // every order, so one cursor type serves them all; page() reads the ones its order needs.
    struct PageCursor
    {
        QString sortKey; // sortKey() of the name
        Id id;
        QString city;
        int openSignals = 0;
    };
    // One page of the list in the query's order (query.sort), starting after the cursor (keyset
    // paging). By name or city, read along an index, each page costs the same however deep into
    // the list; by open signals, each page counts the open signals of every matching provider
    // and sorts them (about 10 ms for 5,000 providers). When the query's text is not empty, only
    // providers having a search token that starts with each word of it. A cursor must come from
    // a page of the same order.
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
