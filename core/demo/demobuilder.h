#pragma once

#include "demobatch.h"
#include "demogenerator.h"
#include "demoplan.h"
#include "demorandom.h"
#include "frameworks/frameworkloader.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace schouw {
class Vault;
}

namespace schouw::demo {

// The base every demo date is counted from, so the data does not depend on the day it is made.
// A Monday: the signed-in inspector's visit is under way "today".
inline const QDate BaseDate {2026, 1, 5};

struct DemoUser
{
    Id id;
    QString name;
    Role role = Role::Inspector;
};

struct DemoTeam
{
    Id id;
    QList<Sector> sectors;
    QList<DemoUser> leads;
    QList<DemoUser> inspectors;
    QList<DemoUser> familyInspectors;
};

struct DemoProvider
{
    Id id;
    QString name;
    Sector sector = Sector::NursingAndCare;
    QList<Id> locationIds;
    QStringList locationNames;
    QStringList unitNames;
};

struct DemoNorm
{
    Id id;
    QString code;
    QString title;
    QString themeTitle;
    QStringList evidence;
};

struct DemoFramework
{
    Id id;
    QString code;
    QString version;
    QString title;
    int year = 0;
    QList<Sector> sectors;
    QList<DemoNorm> norms;
    QList<InterviewGuide> guides;
};

// One visit as planned before its records are written.
struct PlannedVisit
{
    int provider = 0;
    int framework = 0;
    int team = 0;
    QDate date;
    VisitType type = VisitType::Unannounced;
    bool own = false; // the signed-in inspector's: fieldwork recorded as local changes
    bool ongoing = false; // not ended yet
    int observations = 0;
    int interviews = 0;
    int attachments = 0;
    int reportRank = -1; // among the office's reports, 0 = newest; -1: no report
    bool ownDraft = false; // the inspector has started the draft report on this device
};

// What the report of a visit is written from.
struct VisitOutcome
{
    Id visitId;
    QDateTime startedAt;
    QDateTime endedAt;
    QList<Id> members;
    QStringList locationNames;
    QMap<int, QString> findingsByNorm; // first finding per norm, by the norm's index
};

// Carries the state of one DemoGenerator::run through its steps: the records made so far that
// later steps refer to (kept small: ids and a few texts, never the fieldwork itself).
class DemoBuilder
{
public:
    DemoBuilder(Vault &vault, const DemoPlan &plan, std::uint64_t seed,
                const DemoGenerator::Progress &progress);

    [[nodiscard]] Status run();
    [[nodiscard]] const DemoCounts &counts() const { return m_counts; }

private:
    [[nodiscard]] Status checkEmpty();
    [[nodiscard]] Status buildTeams();
    [[nodiscard]] Status buildProviders();
    [[nodiscard]] Status buildFrameworks();
    [[nodiscard]] Status buildVisits();
    [[nodiscard]] Status buildVisit(int index, const PlannedVisit &planned);
    [[nodiscard]] Status judgeWithoutReport(const PlannedVisit &planned,
                                            const VisitOutcome &outcome);
    [[nodiscard]] Status buildReport(DemoRandom &random, const PlannedVisit &planned,
                                     const VisitOutcome &outcome);
    [[nodiscard]] Status writeAuditEvents();

    [[nodiscard]] QList<PlannedVisit> planVisits();
    [[nodiscard]] int frameworkFor(DemoRandom &random, Sector sector, int year) const;
    [[nodiscard]] int teamFor(Sector sector) const;

    // Records from now on are written as office data (remote) or as this device's own work.
    void writeAs(const Id &author, bool local);
    void progress(const QString &step, int percent);

    Vault &m_vault;
    DemoPlan m_plan;
    std::uint64_t m_seed;
    const DemoGenerator::Progress &m_progress;
    DemoBatch m_batch;
    DemoCounts m_counts;
    int m_lastPercent = -1;
    QString m_lastStep;

    QList<DemoTeam> m_teams;
    DemoUser m_currentInspector;
    QList<DemoProvider> m_providers;
    QList<DemoFramework> m_frameworks;
    QList<Id> m_ownVisits;
    QList<Id> m_ownReports;
};

} // namespace schouw::demo
