#include "registerimport.h"

#include "csvreader.h"
#include "vault/providerrepository.h"
#include "vault/sqlite.h"
#include "vault/vault.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace schouw {

namespace {

const QString KvkColumn = QStringLiteral("kvk_number");
const QString NameColumn = QStringLiteral("name");
const QString SectorColumn = QStringLiteral("sector");
const QString LocationNameColumn = QStringLiteral("location_name");
const QString StreetColumn = QStringLiteral("street");
const QString HouseNumberColumn = QStringLiteral("house_number");
const QString PostcodeColumn = QStringLiteral("postcode");
const QString CityColumn = QStringLiteral("city");

const QStringList RequiredColumns = {KvkColumn, NameColumn, SectorColumn, CityColumn};
const QStringList KnownColumns = {KvkColumn,          NameColumn,   SectorColumn,
                                  LocationNameColumn, StreetColumn, HouseNumberColumn,
                                  PostcodeColumn,     CityColumn};

// Two rows describe the same location when this key is equal.
QString locationKey(const Location &location)
{
    if (!location.postcode.isEmpty())
        return location.postcode + QLatin1Char('|') +
            location.houseNumber.simplified().toCaseFolded();
    return QLatin1Char('#') + location.name.simplified().toCaseFolded() + QLatin1Char('|') +
        location.city.simplified().toCaseFolded();
}

bool sameText(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

Result<std::optional<Id>> providerByKvk(Vault &vault, const QString &kvk)
{
    auto statement = vault.database().prepare(
        QStringLiteral("SELECT id FROM provider WHERE kvk_number = ? AND deleted = 0 "
                       "ORDER BY id LIMIT 1"));
    if (!statement)
        return std::unexpected(statement.error());
    statement->bind(1, kvk);
    if (statement->next())
        return std::optional<Id>(statement->id(0));
    if (statement->error())
        return std::unexpected(*statement->error());
    return std::optional<Id>();
}

} // namespace

std::optional<QString> RegisterImport::normalisedPostcode(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([1-9][0-9]{3}) *([A-Za-z]{2})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1) + QLatin1Char(' ') + match.captured(2).toUpper();
}

std::optional<Sector> RegisterImport::sectorFrom(const QString &text)
{
    const QString wanted = text.simplified();
    for (const auto &entry : vocabulary<Sector>()) {
        if (wanted.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString::fromUtf8(entry.dutch), Qt::CaseInsensitive) == 0 ||
            wanted.compare(QString::fromUtf8(entry.english), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

Result<RegisterPlan> RegisterImport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("Cannot read the file %1.").arg(path),
                    QStringLiteral("providers import: %1").arg(file.errorString()));
    if (file.size() > CsvReader::MaxBytes)
        return fail(ErrorCode::InvalidInput,
                    tr("The file %1 is larger than %2 MiB.")
                        .arg(path)
                        .arg(CsvReader::MaxBytes / (1024 * 1024)),
                    QStringLiteral("providers import: file too large"));
    return read(file.readAll());
}

RegisterPlan RegisterImport::read(const QByteArray &data)
{
    RegisterPlan plan;
    const CsvParse csv = CsvReader::parse(data);
    if (csv.problem) {
        plan.unusable = true;
        plan.problems << RegisterProblem {csv.problem->line, QString(), csv.problem->message};
        return plan;
    }
    if (csv.records.isEmpty()) {
        plan.unusable = true;
        plan.problems << RegisterProblem {0, QString(), tr("The file is empty.")};
        return plan;
    }

    // The header: names in any case and order; unknown columns are ignored.
    const CsvRecord &header = csv.records.constFirst();
    QHash<QString, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields.at(i).trimmed().toLower();
        if (!KnownColumns.contains(name))
            continue;
        if (columns.contains(name)) {
            plan.problems << RegisterProblem {header.line, name,
                                              tr("This column appears more than once.")};
            plan.unusable = true;
        }
        columns.insert(name, i);
    }
    for (const QString &required : RequiredColumns) {
        if (!columns.contains(required)) {
            plan.problems << RegisterProblem {header.line, required,
                                              tr("The header lacks this required column.")};
            plan.unusable = true;
        }
    }
    if (plan.unusable)
        return plan;

    QHash<QString, int> providerIndex; // KvK number → index in plan.providers
    QList<QSet<QString>> locationKeys;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvRecord &record = csv.records.at(r);
        ++plan.lines;
        const qsizetype before = plan.problems.size();
        const auto problem = [&](const QString &column, const QString &message) {
            plan.problems << RegisterProblem {record.line, column, message};
        };
        if (record.fields.size() != header.fields.size()) {
            problem(QString(),
                    tr("The line has %1 fields; the header has %2.")
                        .arg(record.fields.size())
                        .arg(header.fields.size()));
            continue;
        }
        const auto value = [&](const QString &column) {
            const int index = columns.value(column, -1);
            return index < 0 ? QString() : record.fields.at(index).simplified();
        };

        const QString kvk = value(KvkColumn);
        static const QRegularExpression eightDigits(QStringLiteral("^[0-9]{8}$"));
        if (kvk.isEmpty())
            problem(KvkColumn, tr("The KvK number is missing."));
        else if (!eightDigits.match(kvk).hasMatch())
            problem(KvkColumn, tr("A KvK number has exactly 8 digits."));
        const QString name = value(NameColumn);
        if (name.isEmpty())
            problem(NameColumn, tr("The name is missing."));
        const QString sectorText = value(SectorColumn);
        const std::optional<Sector> sector = sectorFrom(sectorText);
        if (sectorText.isEmpty())
            problem(SectorColumn, tr("The sector is missing."));
        else if (!sector)
            problem(SectorColumn,
                    tr("Unknown sector; use a sector key such as nursing_care or "
                       "its Dutch name such as \"verpleging en verzorging\"."));
        QString postcode = value(PostcodeColumn);
        if (!postcode.isEmpty()) {
            const auto normalised = normalisedPostcode(postcode);
            if (normalised)
                postcode = *normalised;
            else
                problem(PostcodeColumn,
                        tr("A postcode has four digits and two letters, such as "
                           "\"1234 AB\"."));
        }
        const QString city = value(CityColumn);
        if (city.isEmpty())
            problem(CityColumn, tr("The city is missing."));

        // Lines of the same provider must agree with its first valid line.
        const auto known = providerIndex.constFind(kvk);
        if (plan.problems.size() == before && known != providerIndex.cend()) {
            const RegisterProvider &first = plan.providers.at(*known);
            if (!sameText(first.name, name))
                problem(NameColumn,
                        tr("Line %1 gives this KvK number another name.").arg(first.line));
            if (first.sector != *sector)
                problem(SectorColumn,
                        tr("Line %1 gives this KvK number another sector.").arg(first.line));
        }
        if (plan.problems.size() != before)
            continue;

        ++plan.validLines;
        Location location;
        location.name = value(LocationNameColumn);
        if (location.name.isEmpty())
            location.name = name;
        location.street = value(StreetColumn);
        location.houseNumber = value(HouseNumberColumn);
        location.postcode = postcode;
        location.city = city;
        int index = providerIndex.value(kvk, -1);
        if (index < 0) {
            index = static_cast<int>(plan.providers.size());
            providerIndex.insert(kvk, index);
            plan.providers << RegisterProvider {record.line, kvk,      name, *sector,
                                                city,        postcode, {}};
            locationKeys << QSet<QString>();
        }
        if (!locationKeys[index].contains(locationKey(location))) {
            locationKeys[index].insert(locationKey(location));
            plan.providers[index].locations << location;
        }
    }
    return plan;
}

Result<RegisterStats> RegisterImport::apply(Vault &vault, const RegisterPlan &plan, Mode mode)
{
    Q_ASSERT(!plan.unusable);
    const bool write = mode == Mode::Write;
    std::optional<Transaction> transaction;
    if (write) {
        transaction.emplace(vault.database());
        if (!transaction->begun())
            return std::unexpected(transaction->begun().error());
    }
    ProviderRepository repository(vault);
    RegisterStats stats;
    for (const RegisterProvider &entry : plan.providers) {
        auto existingId = providerByKvk(vault, entry.kvkNumber);
        if (!existingId)
            return std::unexpected(existingId.error());

        Provider provider;
        QSet<QString> present;
        bool changed = false;
        if (!existingId->has_value()) {
            provider.id = newId();
            provider.name = entry.name;
            provider.sector = entry.sector;
            provider.kvkNumber = entry.kvkNumber;
            provider.city = entry.city;
            provider.postcode = entry.postcode;
            ++stats.providersNew;
            if (write) {
                if (auto added = repository.add(provider); !added)
                    return std::unexpected(added.error());
            }
        } else {
            auto found = repository.find(**existingId);
            if (!found)
                return std::unexpected(found.error());
            if (!found->has_value())
                return fail(ErrorCode::NotFound, tr("A provider vanished during the import."),
                            QStringLiteral("providers import: provider row without record"));
            provider = **found;
            if (provider.name != entry.name || provider.sector != entry.sector ||
                provider.city != entry.city) {
                provider.name = entry.name;
                provider.sector = entry.sector;
                provider.city = entry.city;
                changed = true;
                if (write) {
                    if (auto updated = repository.update(provider); !updated)
                        return std::unexpected(updated.error());
                }
            }
            auto locations = repository.locations(provider.id);
            if (!locations)
                return std::unexpected(locations.error());
            for (const Location &location : std::as_const(*locations))
                present.insert(locationKey(location));
        }
        for (Location location : entry.locations) {
            if (present.contains(locationKey(location)))
                continue;
            present.insert(locationKey(location));
            location.id = newId();
            location.providerId = provider.id;
            ++stats.locationsNew;
            if (existingId->has_value())
                changed = true;
            if (write) {
                if (auto added = repository.addLocation(location); !added)
                    return std::unexpected(added.error());
            }
        }
        if (existingId->has_value())
            ++(changed ? stats.providersUpdated : stats.providersUnchanged);
    }
    if (write) {
        if (auto committed = transaction->commit(); !committed)
            return std::unexpected(committed.error());
    }
    return stats;
}

} // namespace schouw
