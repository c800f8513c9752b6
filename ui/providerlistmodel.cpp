#include "providerlistmodel.h"

#include "domain/vocabulary.h"
#include "uilog.h"
#include "vault/vaultsession.h"

#include <QGuiApplication>
#include <QPalette>
#include <QScopedValueRollback>

namespace schouw {

// Vocabulary labels are lower case for use inside sentences; a column starts them with a capital.
// A lone short word is an abbreviation ("ggz"), which a column shows in capitals ("GGZ"), never as
// "Ggz".
QString ProviderListModel::sectorDisplayName(Sector sector)
{
    QString text = label(sector);
    if (text.size() <= 3 && !text.contains(QLatin1Char(' ')))
        return text.toUpper();
    text[0] = text.at(0).toUpper();
    return text;
}

ProviderListModel::ProviderListModel(VaultSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    // Directly connected: the rows are gone before the vault closes, so no view can ask for more
    // against a closing database, and nothing of the list stays in memory while locked.
    connect(&m_session, &VaultSession::aboutToLock, this, &ProviderListModel::clear);
}

ProviderListModel::~ProviderListModel() = default;

void ProviderListModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

void ProviderListModel::setFilter(const QString &filter)
{
    ProviderQuery query = m_query;
    query.text = filter.simplified();
    setQuery(query);
}

void ProviderListModel::setQuery(const ProviderQuery &query)
{
    ProviderQuery normalised = query;
    normalised.text = query.text.simplified();
    if (m_active && normalised.text == m_query.text && normalised.sector == m_query.sector &&
        normalised.openSignalsOnly == m_query.openSignalsOnly && normalised.sort == m_query.sort)
        return;
    m_query = normalised;
    reload();
}

void ProviderListModel::sort(int column, Qt::SortOrder /*order*/)
{
    if (const auto sort = sortOf(column))
        setSort(*sort);
}

void ProviderListModel::setSort(ProviderSort sort)
{
    ProviderQuery query = m_query;
    query.sort = sort;
    setQuery(query);
}

int ProviderListModel::columnOf(ProviderSort sort)
{
    switch (sort) {
    case ProviderSort::City:
        return CityColumn;
    case ProviderSort::OpenSignals:
        return OpenSignalsColumn;
    case ProviderSort::Name:
        break;
    }
    return NameColumn;
}

std::optional<ProviderSort> ProviderListModel::sortOf(int column)
{
    switch (column) {
    case NameColumn:
        return ProviderSort::Name;
    case CityColumn:
        return ProviderSort::City;
    case OpenSignalsColumn:
        return ProviderSort::OpenSignals;
    default:
        return std::nullopt;
    }
}

Qt::SortOrder ProviderListModel::indicatorOf(ProviderSort sort)
{
    return sort == ProviderSort::OpenSignals ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void ProviderListModel::reload()
{
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_cursor.reset();
    m_active = m_session.isUnlocked();
    m_atEnd = !m_active;
    m_total = -1;
    m_matching = -1;
    if (m_active) {
        ProviderRepository providers(m_session.vault());
        auto counted = providers.count();
        auto matching = m_query.isEmpty() ? counted : providers.count(m_query);
        if (counted && matching) {
            m_total = *counted;
            m_matching = *matching;
        } else {
            qCWarning(lcUi) << "counting providers failed";
        }
    }
    endResetModel();
    m_busy = false;
    if (canLoad())
        fetchMore({});
    else
        Q_EMIT loaded();
}

void ProviderListModel::clear()
{
    const QScopedValueRollback busy(m_busy, true);
    beginResetModel();
    m_rows.clear();
    m_rows.squeeze();
    m_cursor.reset();
    m_query = {};
    m_total = -1;
    m_matching = -1;
    m_active = false;
    m_atEnd = true;
    endResetModel();
    Q_EMIT loaded();
}

int ProviderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProviderListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProviderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProviderSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: // names and sectors can be longer than their column
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case SectorColumn:
            return sectorDisplayName(row.sector);
        case CityColumn:
            return row.city;
        case OpenSignalsColumn:
            return role == Qt::DisplayRole ? QVariant(row.openSignals) : QVariant();
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == OpenSignalsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        // Zeros recede so the providers with open signals stand out.
        if (index.column() == OpenSignalsColumn && row.openSignals == 0)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case IdRole:
        return row.id;
    }
    return {};
}

QVariant ProviderListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == OpenSignalsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == OpenSignalsColumn)
        return tr("Risk signals that have not been checked or closed yet. Click to show the "
                  "providers with the most open signals first.");
    if (role == Qt::ToolTipRole && (section == NameColumn || section == CityColumn))
        return tr("Click to sort by this column");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SectorColumn:
        return tr("Sector");
    case CityColumn:
        return tr("City");
    case OpenSignalsColumn:
        return tr("Open signals");
    }
    return {};
}

bool ProviderListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && canLoad();
}

bool ProviderListModel::canLoad() const
{
    return m_active && !m_atEnd && !m_busy && m_session.isUnlocked();
}

void ProviderListModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !canLoad())
        return;
    const QScopedValueRollback busy(m_busy, true);
    // One row beyond the page tells whether another page follows, so canFetchMore() turns false
    // exactly at the end instead of after one more empty query.
    auto page = ProviderRepository(m_session.vault()).page(m_cursor, m_pageSize + 1, m_query);
    if (!page) {
        m_atEnd = true;
        qCWarning(lcUi) << "loading providers failed:" << page.error().detail;
        Q_EMIT loadFailed(page.error().message);
        Q_EMIT loaded();
        return;
    }
    QList<ProviderSummary> rows = std::move(*page);
    m_atEnd = rows.size() <= m_pageSize;
    if (!m_atEnd)
        rows.resize(m_pageSize);
    if (!rows.isEmpty()) {
        m_cursor = ProviderRepository::cursorAfter(rows.constLast());
        const auto first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows.append(std::move(rows));
        endInsertRows();
    }
    Q_EMIT loaded();
}

} // namespace schouw
