#pragma once

#include "hlc.h"
#include "id.h"
#include "vocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace schouw {

// Plain value types for the records of DESIGN.md's data model. They carry no behaviour and no
// database handles; repositories in core/vault read and write them.

struct Team
{
    Id id;
    QString name;
};

struct User
{
    Id id;
    Id teamId;
    QString displayName;
    Role role = Role::Inspector;
};

struct Location
{
    Id id;
    Id providerId;
    QString name;
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
};

struct RiskSignal
{
    Id id;
    Id providerId;
    SignalSource source = SignalSource::IncidentReport;
    QDate date;
    int severity = 1; // 1 (low) .. 3 (high)
    QString text;
    bool open = true;
};

struct Provider
{
    Id id;
    QString name;
    Sector sector = Sector::NursingAndCare;
    QString kvkNumber; // Chamber of Commerce number, 8 digits
    QString city; // of the main location, for lists
    QString postcode;
};

// One row of the provider list: what the list shows, without loading locations or signals.
struct ProviderSummary
{
    Id id;
    QString name;
    Sector sector = Sector::NursingAndCare;
    QString city;
    int openSignals = 0;
};

struct Norm
{
    Id id;
    Id themeId;
    QString code;
    QString title;
    QString text;
    QString guidance; // "waar let de inspecteur op"
    int position = 0;
};

struct Theme
{
    Id id;
    Id frameworkId;
    QString code;
    QString title;
    int position = 0;
    QList<Norm> norms;
};

struct Framework
{
    Id id;
    QString code;
    QString version;
    QString title;
    QList<Sector> sectors;
    QList<Theme> themes;
};

struct Visit
{
    Id id;
    Id providerId;
    Id frameworkId;
    VisitType type = VisitType::Unannounced;
    QDateTime startedAt;
    QDateTime endedAt; // null while the visit is under way
    QList<Id> locationIds; // the provider's locations visited
    QList<Id> memberIds; // the inspectors of the team

    [[nodiscard]] bool isFinished() const { return endedAt.isValid(); }
};

// The judgement (oordeel) of one norm in one visit. Its id is derived from the visit and the norm
// (judgementId), so the judgements two inspectors make of the same norm offline meet as one record
// and merge field by field. No value yet means the norm is still open.
struct NormJudgement
{
    Id id;
    Id visitId;
    Id normId;
    std::optional<Judgement> value;
    QString rationale; // the reasoning (onderbouwing) behind the judgement
    Id authorId;
    QDateTime judgedAt;
};

// What a visit made of one of the provider's risk signals on site. Id derived like a judgement's.
struct SignalCheck
{
    Id id;
    Id visitId;
    Id signalId;
    SignalCheckOutcome outcome = SignalCheckOutcome::NotChecked;
    QString note;
    Id authorId;
    QDateTime checkedAt;
};

struct Observation
{
    Id id;
    Id visitId;
    QString text;
    ObservationSource source = ObservationSource::Observed;
    Id authorId;
    QDateTime observedAt;
    QList<Id> normIds; // empty: not yet assigned to a norm ("unassigned findings")
    Id interviewId; // set for a statement from an interview (source Interview)
};

struct Interview
{
    Id id;
    Id visitId;
    RespondentGroup group = RespondentGroup::Client;
    QString pseudonym; // never a real name
    Consent consent = Consent::Oral;
    QString place; // where it was held, e.g. "huiskamer afdeling De Linde"
    Id interviewerId;
    QString notes; // free notes; always empty when consent was declined
    // Answer notes per question of the framework's interview guide for the group, keyed by the
    // question's position in that guide ("0", "1", ...); the framework version is immutable.
    QMap<QString, QString> answers;
    QDateTime heldAt;

    [[nodiscard]] bool consentGiven() const { return consent != Consent::Declined; }
};

struct Attachment
{
    Id id;
    Id ownerId; // the observation or interview it belongs to
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray sha256;
    QDateTime createdAt;
};

struct Report
{
    Id id;
    Id visitId;
    ReportState state = ReportState::Draft;
    QString title;
    QString body;
};

struct ReviewComment
{
    Id id;
    Id reportId;
    Id authorId;
    QString anchor; // section or norm code the comment is about
    QString text;
    QDateTime createdAt;
    bool resolved = false;
};

struct AuditEvent
{
    qint64 sequence = 0;
    QDateTime at;
    Id actorId;
    QString action; // e.g. "vault.unlocked", "report.approved"
    QString entity; // entity type, never content
    Id entityId;
    QByteArray previousHash;
    QByteArray hash;
};

} // namespace schouw
