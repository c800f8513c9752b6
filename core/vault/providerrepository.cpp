#include "providerrepository.h"

#include "derivedtables.h"
#include "recordcodec.h"
#include "vault.h"

namespace schouw {

namespace {

QVariantMap providerFields(const Provider &provider)
{
    return {
        {QStringLiteral("name"), provider.name},
        {QStringLiteral("sort_name"), sortKey(provider.name)},
        {QStringLiteral("sector"), keyOf(provider.sector)},
        {QStringLiteral("kvk_number"), provider.kvkNumber},
        {QStringLiteral("city"), provider.city},
        {QStringLiteral("postcode"), provider.postcode},
    };
}

Provider readProvider(const Statement &row)
{
    Provider provider;
    provider.id = row.id(0);
    provider.name = row.text(1);
    provider.sector = fromKey<Sector>(row.text(2)).value_or(Sector::NursingAndCare);
    provider.kvkNumber = row.text(3);
    provider.city = row.text(4);
    provider.postcode = row.text(5);
    return provider;
}

// The list shows a provider's name, sector, city and open risk signals; the count is kept on the
// provider row (open_signal_rank, minus the count) as signals change.
const QString SummaryColumns =
    QStringLiteral("p.id, p.name, p.sector, p.city, p.sort_name, -p.open_signal_rank");

} // namespace

Status ProviderRepository::add(const Provider &provider)
{
    return insertRecord(m_vault, u"provider", provider.id, providerFields(provider));
}

Status ProviderRepository::update(const Provider &provider)
{
    return updateRecord(m_vault, u"provider", provider.id, providerFields(provider));
}

Status ProviderRepository::remove(const Id &id)
{
    return removeRecord(m_vault, u"provider", id);
}

Result<std::optional<Provider>> ProviderRepository::find(const Id &id)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral("SELECT id, name, sector, kvk_number, city, postcode FROM provider "
                       "WHERE id = ? AND deleted = 0"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, id);
    return readOne<Provider>(*statement, readProvider);
}

namespace {

// Each word must be the prefix of one of the provider's tokens: a range scan on the token index
// per word ("amst" matches "amsterdam"), never a full scan and never FTS. Open signals are looked
// up through the partial index on open signals. Returns the conditions and appends their bound
// values.
QStringList filterConditions(const ProviderQuery &query, QStringList &values)
{
    QStringList conditions;
    for (const QString &word : searchTokens(query.text)) {
        conditions << QStringLiteral("p.id IN (SELECT provider_id FROM provider_token "
                                     "WHERE token >= ? AND token < ?)");
        values << word << QString(word + QChar(0xffff));
    }
    if (query.sector) {
        conditions << QStringLiteral("p.sector = ?");
        values << keyOf(*query.sector);
    }
    if (query.openSignalsOnly)
        conditions << QStringLiteral("p.open_signal_rank < 0"); // kept by derivedtables.cpp
    return conditions;
}

} // namespace

Result<qint64> ProviderRepository::count(const ProviderQuery &query)
{
    if (query.isEmpty())
        return countLive(m_vault, "provider");
    QStringList values;
    QStringList conditions = filterConditions(query, values);
    conditions.prepend(QStringLiteral("p.deleted = 0"));
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT count(*) FROM provider p WHERE %1")
                                   .arg(conditions.join(QStringLiteral(" AND "))));
    if (!statement)
        return std::unexpected(statement.error());
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bind(static_cast<int>(i + 1), values.at(i));
    if (statement->next())
        return statement->integer(0);
    return std::unexpected(statement->error().value_or(Vault::lockedError()));
}

ProviderRepository::PageCursor ProviderRepository::cursorAfter(const ProviderSummary &row)
{
    return {sortKey(row.name), row.id, row.city, row.openSignals};
}

namespace {

// The keys of an order, all ascending, as SQL expressions over provider p. Most open signals
// first is open_signal_rank (the negated count) ascending, so every order is one row-value
// comparison for the cursor and one index walk. City compares without case ("de Bilt" among the
// D's); an index on provider(city COLLATE NOCASE, sort_name, id) WHERE deleted = 0 serves it.
QStringList orderKeys(ProviderSort sort)
{
    switch (sort) {
    case ProviderSort::City:
        return {QStringLiteral("p.city COLLATE NOCASE"), QStringLiteral("p.sort_name"),
                QStringLiteral("p.id")};
    case ProviderSort::OpenSignals:
        return {QStringLiteral("p.open_signal_rank"), QStringLiteral("p.sort_name"),
                QStringLiteral("p.id")};
    case ProviderSort::Name:
        break;
    }
    return {QStringLiteral("p.sort_name"), QStringLiteral("p.id")};
}

} // namespace

Result<QList<ProviderSummary>> ProviderRepository::page(const std::optional<PageCursor> &after,
                                                        int limit, const ProviderQuery &query)
{
    const QStringList keys = orderKeys(query.sort);
    QStringList conditions {QStringLiteral("p.deleted = 0")};
    if (after) {
        const QString placeholders =
            QStringList(keys.size(), QStringLiteral("?")).join(QStringLiteral(", "));
        conditions
            << QStringLiteral("(%1) > (%2)").arg(keys.join(QStringLiteral(", ")), placeholders);
    }
    QStringList values;
    conditions += filterConditions(query, values);
    auto statement = prepareOn(m_vault,
                               QStringLiteral("SELECT %1 FROM provider p WHERE %2 "
                                              "ORDER BY %3 LIMIT ?")
                                   .arg(SummaryColumns, conditions.join(QStringLiteral(" AND ")),
                                        keys.join(QStringLiteral(", "))));
    if (!statement)
        return std::unexpected(statement.error());
    int index = 1;
    if (after) {
        switch (query.sort) {
        case ProviderSort::City:
            statement->bind(index++, after->city);
            break;
        case ProviderSort::OpenSignals:
            statement->bind(index++, -qint64(after->openSignals));
            break;
        case ProviderSort::Name:
            break;
        }
        statement->bind(index++, after->sortKey);
        statement->bind(index++, after->id);
    }
    for (const QString &value : std::as_const(values))
        statement->bind(index++, value);
    statement->bind(index, qint64(limit));
    return readAll<ProviderSummary>(*statement, [](const Statement &row) {
        ProviderSummary summary;
        summary.id = row.id(0);
        summary.name = row.text(1);
        summary.sector = fromKey<Sector>(row.text(2)).value_or(Sector::NursingAndCare);
        summary.city = row.text(3);
        summary.openSignals = static_cast<int>(row.integer(5));
        return summary;
    });
}

Status ProviderRepository::addLocation(const Location &location)
{
    return insertRecord(m_vault, u"location", location.id,
                        {
                            {QStringLiteral("provider_id"), idValue(location.providerId)},
                            {QStringLiteral("name"), location.name},
                            {QStringLiteral("street"), location.street},
                            {QStringLiteral("house_number"), location.houseNumber},
                            {QStringLiteral("postcode"), location.postcode},
                            {QStringLiteral("city"), location.city},
                        });
}

Result<QList<Location>> ProviderRepository::locations(const Id &providerId)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral(
            "SELECT id, provider_id, name, street, house_number, postcode, city FROM location "
            "WHERE provider_id = ? AND deleted = 0 ORDER BY name, id"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, providerId);
    return readAll<Location>(*statement, [](const Statement &row) {
        return Location {row.id(0),   row.id(1),   row.text(2), row.text(3),
                         row.text(4), row.text(5), row.text(6)};
    });
}

Status ProviderRepository::addRiskSignal(const RiskSignal &signal)
{
    return insertRecord(m_vault, u"risk_signal", signal.id,
                        {
                            {QStringLiteral("provider_id"), idValue(signal.providerId)},
                            {QStringLiteral("source"), keyOf(signal.source)},
                            {QStringLiteral("signal_date"), dateValue(signal.date)},
                            {QStringLiteral("severity"), signal.severity},
                            {QStringLiteral("text"), signal.text},
                            {QStringLiteral("open"), signal.open},
                        });
}

Status ProviderRepository::setRiskSignalOpen(const Id &signalId, bool open)
{
    return updateRecord(m_vault, u"risk_signal", signalId, {{QStringLiteral("open"), open}});
}

Result<QList<RiskSignal>> ProviderRepository::riskSignals(const Id &providerId)
{
    auto statement = prepareOn(
        m_vault,
        QStringLiteral(
            "SELECT id, provider_id, source, signal_date, severity, text, open FROM risk_signal "
            "WHERE provider_id = ? AND deleted = 0 ORDER BY signal_date DESC, id"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, providerId);
    return readAll<RiskSignal>(*statement, [](const Statement &row) {
        RiskSignal signal;
        signal.id = row.id(0);
        signal.providerId = row.id(1);
        signal.source = fromKey<SignalSource>(row.text(2)).value_or(SignalSource::IncidentReport);
        signal.date = QDate::fromString(row.text(3), Qt::ISODate);
        signal.severity = static_cast<int>(row.integer(4));
        signal.text = row.text(5);
        signal.open = row.integer(6) != 0;
        return signal;
    });
}

} // namespace schouw
