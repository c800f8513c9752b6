#pragma once

#include "domain/records.h"
#include "vault/providerrepository.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <optional>

namespace schouw {

class VaultSession;

// The providers of the unlocked vault, in the query's order (name, city or open signals), loaded a
// page at a time through ProviderRepository::page() (keyset paging) as a view scrolls, so a vault
// with thousands of providers opens as fast as one with ten.
//
// The model holds rows only while the session is unlocked: it drops them all when the session is
// about to lock, before the vault closes, and loads nothing until reload(). GUI thread only.
class ProviderListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SectorColumn, CityColumn, OpenSignalsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    static constexpr int DefaultPageSize = 200;

    explicit ProviderListModel(VaultSession &session, QObject *parent = nullptr);
    ~ProviderListModel() override;

    // Takes effect at the next reload().
    void setPageSize(int rows);
    [[nodiscard]] int pageSize() const { return m_pageSize; }

    // Words that each must start one of a provider's name, city, postcode or KvK tokens. Resets
    // the model and loads the first page of matches.
    void setFilter(const QString &filter);
    [[nodiscard]] const QString &filter() const { return m_query.text; }
    // The whole query: search words, sector, open signals only. Resets the model like setFilter.
    void setQuery(const ProviderQuery &query);
    [[nodiscard]] const ProviderQuery &query() const { return m_query; }

    // Orders the list by a column: name (A-Z), city (A-Z) or open signals (most first); each has
    // one direction, so order is ignored. Other columns do not sort and leave the order as it
    // is. Re-queries from the first page; the order stays when the search or filters change and
    // goes back to name on lock (clear()).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    void setSort(ProviderSort sort);
    [[nodiscard]] ProviderSort sortOrder() const { return m_query.sort; }
    // The column that shows an order's key, and the order a column sorts by (nullopt: none).
    [[nodiscard]] static int columnOf(ProviderSort sort);
    [[nodiscard]] static std::optional<ProviderSort> sortOf(int column);
    // The direction a header's sort indicator shows for an order: down for most signals first.
    [[nodiscard]] static Qt::SortOrder indicatorOf(ProviderSort sort);

    // The session the model reads from, for views that show more of the same providers.
    [[nodiscard]] VaultSession &session() const { return m_session; }

    // A sector as lists and filters show it: capitalised ("Thuiszorg"), abbreviations in capitals.
    [[nodiscard]] static QString sectorDisplayName(Sector sector);

    // Starts over: drops the rows, counts the providers and loads the first page.
    void reload();
    // Drops every row and stops loading until the next reload().
    void clear();

    // All providers in the vault, whatever the filter (-1 while nothing is loaded).
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    // Providers matching the filter (all of them without one); -1 while locked.
    [[nodiscard]] qint64 matchingCount() const { return m_matching; }
    // True when every row that matches the filter is loaded.
    [[nodiscard]] bool isComplete() const { return m_active && m_atEnd; }
    [[nodiscard]] bool isActive() const { return m_active; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // After every load, including one that found nothing: counts may have changed.
    void loaded();
    // A page could not be read; message is translated and fit for the user.
    void loadFailed(const QString &message);

private:
    [[nodiscard]] bool canLoad() const;

    VaultSession &m_session;
    QList<ProviderSummary> m_rows;
    std::optional<ProviderRepository::PageCursor> m_cursor;
    ProviderQuery m_query;
    qint64 m_total = -1;
    qint64 m_matching = -1;
    int m_pageSize = DefaultPageSize;
    bool m_active = false;
    bool m_atEnd = true;
    // Set while rows are being reset or inserted: whoever reacts to those signals (a view, the
    // model tester) may ask for more, and must not start a nested load.
    bool m_busy = false;
};

} // namespace schouw
