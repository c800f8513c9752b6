#pragma once

#include "demorandom.h"
#include "demovocabulary.h"

#include <QDate>
#include <QDateTime>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QTime>

#include <initializer_list>
#include <utility>

namespace schouw::demo {

using Placeholder = std::pair<QLatin1String, QString>;

// A table entry (UTF-8) as text.
[[nodiscard]] inline QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// Replaces each "{name}" of the pattern with its value.
[[nodiscard]] QString fill(const char *pattern, std::initializer_list<Placeholder> values);
[[nodiscard]] QString capitalised(const QString &text);
// "5 januari 2026": written out here rather than by QLocale, so no locale setting can change it.
[[nodiscard]] QString dutchDate(const QDate &date);
// The wall-clock time in the Netherlands (CET, CEST in summer) of a UTC time, computed from the
// EU rule rather than the system's time-zone database so the texts are the same everywhere.
[[nodiscard]] QTime dutchTime(const QDateTime &utc);

// How the texts of one sector refer to a ward or group ("afdeling De Wilg"), empty for sectors
// without one.
[[nodiscard]] QString unitLabel(Sector sector, const QString &unitName);

[[nodiscard]] QString signalText(DemoRandom &random, Sector sector, SignalSource source,
                                 const QString &unitName);

// What a finding is about: the norm it is linked to and where the team was.
struct FindingContext
{
    Sector sector = Sector::NursingAndCare;
    QString normTitle;
    QStringList evidence; // of the norm, may be empty
    QString unitName;
    QDateTime observedAt; // UTC
};

[[nodiscard]] QString findingText(DemoRandom &random, ObservationSource source,
                                  const FindingContext &context);
// Question-and-answer notes of an interview, from the framework's guide where there is one.
[[nodiscard]] QString interviewNotes(DemoRandom &random, RespondentGroup group,
                                     const QStringList &guideQuestions, Sector sector);
[[nodiscard]] QString reviewCommentText(DemoRandom &random, const QString &normCode);
[[nodiscard]] QString documentFileName(DemoRandom &random, const QDate &date,
                                       const QString &unitName);

} // namespace schouw::demo
