#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace schouw {

class Vault;

// A problem with one line of a provider register (docs/provider-register.md). Line 0 is the file
// as a whole; column is the header name the problem is about, or empty for the whole line.
struct RegisterProblem
{
    int line = 0;
    QString column;
    QString message; // translated
};

// One provider as the register's valid lines describe it (several lines may add locations).
struct RegisterProvider
{
    int line = 0; // the first line that names it
    QString kvkNumber;
    QString name;
    Sector sector = Sector::NursingAndCare;
    QString city; // of the first location: the provider's city in lists
    QString postcode;
    QList<Location> locations; // without ids; duplicates within the file already merged
};

// A register read and validated, not yet applied.
struct RegisterPlan
{
    QList<RegisterProblem> problems;
    // The file cannot be read as a register at all (not CSV, missing columns): nothing can be
    // imported, not even with only the valid lines.
    bool unusable = false;
    int lines = 0; // data lines read
    int validLines = 0;
    QList<RegisterProvider> providers; // from the valid lines only
};

struct RegisterStats
{
    int providersNew = 0;
    int providersUpdated = 0;
    int providersUnchanged = 0;
    int locationsNew = 0;
};

// Reads a provider register and applies it to a vault. Validation needs no vault; apply() looks
// providers up by KvK number, updates their name, sector and city, and adds the locations it
// does not have yet (same postcode and house number, or same name and city when there is no
// postcode). Not thread-safe (the vault is not).
class RegisterImport
{
    Q_DECLARE_TR_FUNCTIONS(RegisterImport)

public:
    enum class Mode { DryRun, Write };

    // Reads the file (at most CsvReader::MaxBytes). An unreadable or oversized file is an error.
    [[nodiscard]] static Result<RegisterPlan> readFile(const QString &path);
    [[nodiscard]] static RegisterPlan read(const QByteArray &data);

    // Applies the plan's providers (never the invalid lines) in one transaction: a failure
    // midway leaves the vault as it was. DryRun only counts what Write would do.
    [[nodiscard]] static Result<RegisterStats> apply(Vault &vault, const RegisterPlan &plan,
                                                     Mode mode);

    // "1234ab", "1234 AB" and "1234  ab" become "1234 AB"; anything else is nullopt.
    [[nodiscard]] static std::optional<QString> normalisedPostcode(const QString &text);
    // A sector key ("nursing_care") or its Dutch label ("verpleging en verzorging"), any case.
    [[nodiscard]] static std::optional<Sector> sectorFrom(const QString &text);
};

} // namespace schouw
