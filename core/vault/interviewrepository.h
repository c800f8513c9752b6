#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// Interviews held by the family inspector: respondent group, pseudonym, consent, notes.
class InterviewRepository
{
public:
    explicit InterviewRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    [[nodiscard]] Status add(const Interview &interview);
    [[nodiscard]] Status updateNotes(const Id &id, const QString &notes);
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Interview>> find(const Id &id);
    [[nodiscard]] Result<QList<Interview>> forVisit(const Id &visitId);
    [[nodiscard]] Result<qint64> count();

private:
    Vault &m_vault;
};

} // namespace schouw
