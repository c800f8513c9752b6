#include "vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace schouw {

namespace {

// The English text doubles as the translation source; QT_TRANSLATE_NOOP lets lupdate find it.
constexpr std::array judgements {
    VocabularyEntry<Judgement> {Judgement::Meets, "meets", "voldoet",
                                QT_TRANSLATE_NOOP("Vocabulary", "meets")},
    VocabularyEntry<Judgement> {Judgement::LargelyMeets, "largely_meets", "voldoet grotendeels",
                                QT_TRANSLATE_NOOP("Vocabulary", "largely meets")},
    VocabularyEntry<Judgement> {Judgement::LargelyFails, "largely_fails",
                                "voldoet grotendeels niet",
                                QT_TRANSLATE_NOOP("Vocabulary", "largely fails to meet")},
    VocabularyEntry<Judgement> {Judgement::DoesNotMeet, "does_not_meet", "voldoet niet",
                                QT_TRANSLATE_NOOP("Vocabulary", "does not meet")},
    VocabularyEntry<Judgement> {Judgement::NotAssessed, "not_assessed", "niet getoetst",
                                QT_TRANSLATE_NOOP("Vocabulary", "not assessed")},
};

constexpr std::array visitTypes {
    VocabularyEntry<VisitType> {VisitType::Unannounced, "unannounced", "onaangekondigd",
                                QT_TRANSLATE_NOOP("Vocabulary", "unannounced")},
    VocabularyEntry<VisitType> {VisitType::Announced, "announced", "aangekondigd",
                                QT_TRANSLATE_NOOP("Vocabulary", "announced")},
    VocabularyEntry<VisitType> {VisitType::Thematic, "thematic", "thematisch",
                                QT_TRANSLATE_NOOP("Vocabulary", "thematic")},
    VocabularyEntry<VisitType> {VisitType::FollowUp, "follow_up", "vervolgbezoek",
                                QT_TRANSLATE_NOOP("Vocabulary", "follow-up")},
};

constexpr std::array respondentGroups {
    VocabularyEntry<RespondentGroup> {RespondentGroup::Client, "client", "cliënt",
                                      QT_TRANSLATE_NOOP("Vocabulary", "client")},
    VocabularyEntry<RespondentGroup> {RespondentGroup::Relative, "relative", "naaste",
                                      QT_TRANSLATE_NOOP("Vocabulary", "relative")},
    VocabularyEntry<RespondentGroup> {RespondentGroup::ClientCouncil, "client_council",
                                      "cliëntenraad",
                                      QT_TRANSLATE_NOOP("Vocabulary", "client council")},
    VocabularyEntry<RespondentGroup> {RespondentGroup::Staff, "staff", "medewerker",
                                      QT_TRANSLATE_NOOP("Vocabulary", "staff member")},
    VocabularyEntry<RespondentGroup> {RespondentGroup::Management, "management",
                                      "bestuur en management",
                                      QT_TRANSLATE_NOOP("Vocabulary", "management")},
};

constexpr std::array reportStates {
    VocabularyEntry<ReportState> {ReportState::Draft, "draft", "concept",
                                  QT_TRANSLATE_NOOP("Vocabulary", "draft")},
    VocabularyEntry<ReportState> {ReportState::InReview, "in_review", "ter review",
                                  QT_TRANSLATE_NOOP("Vocabulary", "in review")},
    VocabularyEntry<ReportState> {ReportState::ReturnedToInspector, "returned",
                                  "terug naar inspecteur",
                                  QT_TRANSLATE_NOOP("Vocabulary", "returned to inspector")},
    VocabularyEntry<ReportState> {ReportState::Approved, "approved", "goedgekeurd",
                                  QT_TRANSLATE_NOOP("Vocabulary", "approved")},
    VocabularyEntry<ReportState> {ReportState::ProviderResponse, "provider_response",
                                  "hoor en wederhoor",
                                  QT_TRANSLATE_NOOP("Vocabulary", "provider response")},
    VocabularyEntry<ReportState> {ReportState::Final, "final", "definitief",
                                  QT_TRANSLATE_NOOP("Vocabulary", "final")},
    VocabularyEntry<ReportState> {ReportState::Published, "published", "gepubliceerd",
                                  QT_TRANSLATE_NOOP("Vocabulary", "published")},
};

constexpr std::array sectors {
    VocabularyEntry<Sector> {Sector::PrimaryCare, "primary_care", "eerstelijnszorg",
                             QT_TRANSLATE_NOOP("Vocabulary", "primary care")},
    VocabularyEntry<Sector> {Sector::PharmaceuticalProducts, "pharmaceutical",
                             "farmaceutische producten",
                             QT_TRANSLATE_NOOP("Vocabulary", "pharmaceutical products")},
    VocabularyEntry<Sector> {Sector::MentalHealthCare, "mental_health", "ggz",
                             QT_TRANSLATE_NOOP("Vocabulary", "mental health care")},
    VocabularyEntry<Sector> {Sector::DisabilityCare, "disability_care", "gehandicaptenzorg",
                             QT_TRANSLATE_NOOP("Vocabulary", "disability care")},
    VocabularyEntry<Sector> {Sector::YouthCare, "youth_care", "jeugdhulp",
                             QT_TRANSLATE_NOOP("Vocabulary", "youth care")},
    VocabularyEntry<Sector> {Sector::MedicalSpecialistCare, "medical_specialist",
                             "medisch-specialistische zorg",
                             QT_TRANSLATE_NOOP("Vocabulary", "medical specialist care")},
    VocabularyEntry<Sector> {Sector::MedicalTechnology, "medical_technology",
                             "medische technologie",
                             QT_TRANSLATE_NOOP("Vocabulary", "medical technology")},
    VocabularyEntry<Sector> {Sector::Prevention, "prevention", "preventie",
                             QT_TRANSLATE_NOOP("Vocabulary", "prevention")},
    VocabularyEntry<Sector> {Sector::NursingAndCare, "nursing_care", "verpleging en verzorging",
                             QT_TRANSLATE_NOOP("Vocabulary", "nursing and care")},
    VocabularyEntry<Sector> {Sector::HomeCare, "home_care", "thuiszorg",
                             QT_TRANSLATE_NOOP("Vocabulary", "home care")},
    VocabularyEntry<Sector> {
        Sector::JusticeAndAsylumCare, "justice_asylum", "zorg aan justitiabelen en asielzoekers",
        QT_TRANSLATE_NOOP("Vocabulary", "care for detainees and asylum seekers")},
};

constexpr std::array observationSources {
    VocabularyEntry<ObservationSource> {ObservationSource::Observed, "observed", "waargenomen",
                                        QT_TRANSLATE_NOOP("Vocabulary", "observed")},
    VocabularyEntry<ObservationSource> {ObservationSource::Document, "document", "document",
                                        QT_TRANSLATE_NOOP("Vocabulary", "document")},
    VocabularyEntry<ObservationSource> {ObservationSource::StaffConversation, "staff_conversation",
                                        "gesprek met medewerker",
                                        QT_TRANSLATE_NOOP("Vocabulary", "conversation with staff")},
    VocabularyEntry<ObservationSource> {ObservationSource::Interview, "interview", "gesprek",
                                        QT_TRANSLATE_NOOP("Vocabulary", "interview")},
    VocabularyEntry<ObservationSource> {ObservationSource::FileStudy, "file_study",
                                        "dossieronderzoek",
                                        QT_TRANSLATE_NOOP("Vocabulary", "file study")},
};

constexpr std::array signalSources {
    VocabularyEntry<SignalSource> {SignalSource::IncidentReport, "incident_report", "melding",
                                   QT_TRANSLATE_NOOP("Vocabulary", "incident report")},
    VocabularyEntry<SignalSource> {SignalSource::Complaint, "complaint", "klacht",
                                   QT_TRANSLATE_NOOP("Vocabulary", "complaint")},
    VocabularyEntry<SignalSource> {SignalSource::DataIndicator, "data_indicator", "data-indicator",
                                   QT_TRANSLATE_NOOP("Vocabulary", "data indicator")},
    VocabularyEntry<SignalSource> {SignalSource::Media, "media", "media",
                                   QT_TRANSLATE_NOOP("Vocabulary", "media")},
};

constexpr std::array roles {
    VocabularyEntry<Role> {Role::Inspector, "inspector", "inspecteur",
                           QT_TRANSLATE_NOOP("Vocabulary", "inspector")},
    VocabularyEntry<Role> {Role::FamilyInspector, "family_inspector", "familie-inspecteur",
                           QT_TRANSLATE_NOOP("Vocabulary", "family inspector")},
    VocabularyEntry<Role> {Role::TeamLead, "team_lead", "teamleider",
                           QT_TRANSLATE_NOOP("Vocabulary", "team lead")},
    VocabularyEntry<Role> {Role::Administrator, "administrator", "beheerder",
                           QT_TRANSLATE_NOOP("Vocabulary", "administrator")},
};

constexpr std::array consents {
    VocabularyEntry<Consent> {Consent::Oral, "oral", "mondeling",
                              QT_TRANSLATE_NOOP("Vocabulary", "oral")},
    VocabularyEntry<Consent> {Consent::Written, "written", "schriftelijk",
                              QT_TRANSLATE_NOOP("Vocabulary", "written")},
    VocabularyEntry<Consent> {Consent::Declined, "declined", "geweigerd",
                              QT_TRANSLATE_NOOP("Vocabulary", "declined")},
};

constexpr std::array signalCheckOutcomes {
    VocabularyEntry<SignalCheckOutcome> {SignalCheckOutcome::NotChecked, "not_checked",
                                         "niet gecontroleerd",
                                         QT_TRANSLATE_NOOP("Vocabulary", "not checked")},
    VocabularyEntry<SignalCheckOutcome> {SignalCheckOutcome::Confirmed, "confirmed", "bevestigd",
                                         QT_TRANSLATE_NOOP("Vocabulary", "confirmed")},
    VocabularyEntry<SignalCheckOutcome> {SignalCheckOutcome::NotConfirmed, "not_confirmed",
                                         "niet bevestigd",
                                         QT_TRANSLATE_NOOP("Vocabulary", "not confirmed")},
};

} // namespace

QString translatedVocabularyLabel(const char *english)
{
    return QCoreApplication::translate("Vocabulary", english);
}

template<> std::span<const VocabularyEntry<Judgement>> vocabulary<Judgement>()
{
    return judgements;
}
template<> std::span<const VocabularyEntry<VisitType>> vocabulary<VisitType>()
{
    return visitTypes;
}
template<> std::span<const VocabularyEntry<RespondentGroup>> vocabulary<RespondentGroup>()
{
    return respondentGroups;
}
template<> std::span<const VocabularyEntry<ReportState>> vocabulary<ReportState>()
{
    return reportStates;
}
template<> std::span<const VocabularyEntry<Sector>> vocabulary<Sector>()
{
    return sectors;
}
template<> std::span<const VocabularyEntry<ObservationSource>> vocabulary<ObservationSource>()
{
    return observationSources;
}
template<> std::span<const VocabularyEntry<SignalSource>> vocabulary<SignalSource>()
{
    return signalSources;
}
template<> std::span<const VocabularyEntry<Role>> vocabulary<Role>()
{
    return roles;
}

template<> std::span<const VocabularyEntry<Consent>> vocabulary<Consent>()
{
    return consents;
}
template<> std::span<const VocabularyEntry<SignalCheckOutcome>> vocabulary<SignalCheckOutcome>()
{
    return signalCheckOutcomes;
}

} // namespace schouw
