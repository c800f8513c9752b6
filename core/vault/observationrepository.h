#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <QHash>

#include <optional>

namespace schouw {

class Vault;

// How many findings a visit has per norm, and how many are not yet assigned to one.
struct FindingCounts
{
    QHash<Id, int> perNorm;
    int unassigned = 0;
};

// Findings (waarnemingen) of a visit, each linkable to several norms. Every save is one durable
// transaction: the inspector never presses a save button.
class ObservationRepository
{
public:
    explicit ObservationRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Status add(const Observation &observation);
    [[nodiscard]] Status updateText(const Id &id, const QString &text);
    // For an editor that knows which versions of the text it loaded (textVersionsWith in
    // recordcodec.h): the edit replaces those, and a version a sync brought in meanwhile stays
    // as a conflict. An empty list replaces nothing.
    [[nodiscard]] Status updateText(const Id &id, const QString &text, const QStringList &bases);
    [[nodiscard]] Status updateSource(const Id &id, ObservationSource source);
    [[nodiscard]] Status linkNorms(const Id &id, const QList<Id> &normIds);
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Observation>> find(const Id &id);
    [[nodiscard]] Result<QList<Observation>> forVisit(const Id &visitId);
    [[nodiscard]] Result<QList<Observation>> forNorm(const Id &visitId, const Id &normId);
    // Findings not yet linked to any norm (quick capture puts them there).
    [[nodiscard]] Result<QList<Observation>> unassigned(const Id &visitId);
    // Counted in the database: the norm tree refreshes these on every change of a finding.
    [[nodiscard]] Result<FindingCounts> countsForVisit(const Id &visitId);
    // Statements recorded in an interview.
    [[nodiscard]] Result<QList<Observation>> forInterview(const Id &interviewId);
    [[nodiscard]] Result<qint64> count();

private:
    Vault &m_vault;
};

} // namespace schouw
