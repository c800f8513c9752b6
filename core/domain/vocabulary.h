#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace schouw {

// The fixed vocabularies of the inspectorate. Each value has a stable key (stored in the vault and
// shipped in sync batches, never translated), a Dutch and an English label (for documents written
// in a fixed language) and label(), which follows the user-interface language.

// Oordeel: the five-value judgement scale of a norm.
enum class Judgement { Meets, LargelyMeets, LargelyFails, DoesNotMeet, NotAssessed };

// Soort inspectiebezoek.
enum class VisitType { Unannounced, Announced, Thematic, FollowUp };

// Gesprekspartner of an interview.
enum class RespondentGroup { Client, Relative, ClientCouncil, Staff, Management };

// Rapportstatus. The transitions between them are the report issue's state machine.
enum class ReportState {
    Draft,
    InReview,
    ReturnedToInspector,
    Approved,
    ProviderResponse,
    Final,
    Published
};

// Sectors of chapter 3 of the 2021 work plan.
enum class Sector {
    PrimaryCare,
    PharmaceuticalProducts,
    MentalHealthCare,
    DisabilityCare,
    YouthCare,
    MedicalSpecialistCare,
    MedicalTechnology,
    Prevention,
    NursingAndCare,
    HomeCare,
    JusticeAndAsylumCare,
};

// Bron van een waarneming.
enum class ObservationSource { Observed, Document, StaffConversation, Interview, FileStudy };

// Bron van een risicosignaal.
enum class SignalSource { IncidentReport, Complaint, DataIndicator, Media };

// Rol of a user.
enum class Role { Inspector, FamilyInspector, TeamLead, Administrator };

// Toestemming for an interview. A declined consent keeps only the fact that it was asked.
enum class Consent { Oral, Written, Declined };

// Risicosignaal ter plaatse gecontroleerd: what the visit made of a signal.
enum class SignalCheckOutcome { NotChecked, Confirmed, NotConfirmed };

template<typename E> struct VocabularyEntry
{
    E value;
    const char *key;
    const char *dutch;
    const char *english; // also the translation source text
};

template<typename E> std::span<const VocabularyEntry<E>> vocabulary();

template<> std::span<const VocabularyEntry<Judgement>> vocabulary<Judgement>();
template<> std::span<const VocabularyEntry<VisitType>> vocabulary<VisitType>();
template<> std::span<const VocabularyEntry<RespondentGroup>> vocabulary<RespondentGroup>();
template<> std::span<const VocabularyEntry<ReportState>> vocabulary<ReportState>();
template<> std::span<const VocabularyEntry<Sector>> vocabulary<Sector>();
template<> std::span<const VocabularyEntry<ObservationSource>> vocabulary<ObservationSource>();
template<> std::span<const VocabularyEntry<SignalSource>> vocabulary<SignalSource>();
template<> std::span<const VocabularyEntry<Role>> vocabulary<Role>();
template<> std::span<const VocabularyEntry<Consent>> vocabulary<Consent>();
template<> std::span<const VocabularyEntry<SignalCheckOutcome>> vocabulary<SignalCheckOutcome>();

template<typename E> [[nodiscard]] QString keyOf(E value)
{
    for (const auto &entry : vocabulary<E>())
        if (entry.value == value)
            return QString::fromLatin1(entry.key);
    return {};
}

template<typename E> [[nodiscard]] std::optional<E> fromKey(QStringView key)
{
    for (const auto &entry : vocabulary<E>())
        if (key == QLatin1String(entry.key))
            return entry.value;
    return std::nullopt;
}

template<typename E> [[nodiscard]] QString dutchLabel(E value)
{
    for (const auto &entry : vocabulary<E>())
        if (entry.value == value)
            return QString::fromUtf8(entry.dutch);
    return {};
}

template<typename E> [[nodiscard]] QString englishLabel(E value)
{
    for (const auto &entry : vocabulary<E>())
        if (entry.value == value)
            return QString::fromUtf8(entry.english);
    return {};
}

// The label in the current user-interface language.
QString translatedVocabularyLabel(const char *english);

template<typename E> [[nodiscard]] QString label(E value)
{
    for (const auto &entry : vocabulary<E>())
        if (entry.value == value)
            return translatedVocabularyLabel(entry.english);
    return {};
}

template<typename E> [[nodiscard]] QStringList allKeys()
{
    QStringList keys;
    for (const auto &entry : vocabulary<E>())
        keys << QString::fromLatin1(entry.key);
    return keys;
}

} // namespace schouw
