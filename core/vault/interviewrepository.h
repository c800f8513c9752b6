#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// Interviews held by the family inspector: respondent group, pseudonym, consent, place,
// interviewer, free notes and answer notes per guide question. Real names are never stored here;
// statements linked to norms are findings (ObservationRepository, source Interview).
class InterviewRepository
{
public:
    explicit InterviewRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    // A declined consent stores no notes or answers, whatever the record carries.
    [[nodiscard]] Status add(const Interview &interview);
    [[nodiscard]] Status updateNotes(const Id &id, const QString &notes);
    // With the versions of the notes the editor loaded (see ObservationRepository::updateText).
    [[nodiscard]] Status updateNotes(const Id &id, const QString &notes, const QStringList &bases);
    [[nodiscard]] Status setAnswer(const Id &id, const QString &questionKey, const QString &text);
    [[nodiscard]] Status updatePlace(const Id &id, const QString &place);
    // Declining wipes the notes and answers, removes the interview's statements and recordings
    // (their content too) and scrubs that text from the unsent change log; only the fact that
    // consent was asked remains.
    [[nodiscard]] Status setConsent(const Id &id, Consent consent);

    // "Cliënt A", "Naaste B", ...: the next free letter for the group within the visit.
    [[nodiscard]] Result<QString> nextPseudonym(const Id &visitId, RespondentGroup group);
    [[nodiscard]] static QString pseudonymPrefix(RespondentGroup group);
    [[nodiscard]] Status remove(const Id &id);
    [[nodiscard]] Result<std::optional<Interview>> find(const Id &id);
    [[nodiscard]] Result<QList<Interview>> forVisit(const Id &visitId);
    [[nodiscard]] Result<qint64> count();

private:
    // The interview, or why nothing may be recorded for it (gone, or consent declined).
    [[nodiscard]] Result<Interview> findWithConsent(const Id &id);
    [[nodiscard]] Status scrubPendingText(const QList<Id> &ids);

    Vault &m_vault;
};

} // namespace schouw
