#include "demotexts.h"

#include <QTime>
#include <QTimeZone>

namespace schouw::demo {

namespace {

QString pickText(DemoRandom &random, Words words)
{
    return text(random.pick(words));
}

QString lowerFirst(const QString &title)
{
    if (title.size() < 2 || title.at(1).isUpper()) // keep abbreviations such as "MDO" intact
        return title;
    return title.at(0).toLower() + title.mid(1);
}

// A template that fits the sector: "R:" ones only where people live or stay.
QString pickTemplate(DemoRandom &random, Words templates, bool residential)
{
    for (;;) {
        const QString pattern = text(random.pick(templates));
        if (!pattern.startsWith(QLatin1String("R:")))
            return pattern;
        if (residential)
            return pattern.mid(2);
    }
}

QDateTime lastSundayOf(int year, int month)
{
    QDate date(year, month, QDate(year, month, 1).daysInMonth());
    date = date.addDays(-(date.dayOfWeek() % 7));
    return QDateTime(date, QTime(1, 0), QTimeZone::utc());
}

QString fillText(QString result, std::initializer_list<Placeholder> values)
{
    for (const auto &[key, value] : values)
        result.replace(key, value);
    return result;
}

QString sectorTemplate(const QString &pattern, const SectorWords &words, const QString &unit)
{
    return fillText(pattern,
                    {{QLatin1String("{client}"), text(words.client)},
                     {QLatin1String("{clients}"), text(words.clients)},
                     {QLatin1String("{plan}"), text(words.plan)},
                     {QLatin1String("{unit}"), unit}});
}

} // namespace

QString fill(const char *pattern, std::initializer_list<Placeholder> values)
{
    return fillText(QString::fromUtf8(pattern), values);
}

QString capitalised(const QString &value)
{
    if (value.isEmpty())
        return value;
    return value.at(0).toUpper() + value.mid(1);
}

QString dutchDate(const QDate &date)
{
    return QStringLiteral("%1 %2 %3")
        .arg(date.day())
        .arg(text(monthNames()[std::size_t(date.month() - 1)]))
        .arg(date.year());
}

QTime dutchTime(const QDateTime &utc)
{
    const int year = utc.date().year();
    const bool summer = utc >= lastSundayOf(year, 3) && utc < lastSundayOf(year, 10);
    return utc.addSecs(summer ? 7200 : 3600).time();
}

QString unitLabel(Sector sector, const QString &unitName)
{
    const SectorWords &words = sectorWords(sector);
    if (!words.residential)
        return {};
    return text(words.unit) + QLatin1Char(' ') + unitName;
}

QString signalText(DemoRandom &random, Sector sector, SignalSource source, const QString &unitName)
{
    const SectorWords &words = sectorWords(sector);
    const Words general = signalTemplates(source);
    const Words residential = residentialSignalTemplates(source);
    const bool useResidential = words.residential && random.chance(60);
    const char *pattern = useResidential ? random.pick(residential) : random.pick(general);
    return sectorTemplate(text(pattern), words, unitLabel(sector, unitName));
}

QString findingText(DemoRandom &random, ObservationSource source, const FindingContext &context)
{
    const SectorWords &words = sectorWords(context.sector);
    const QString unit = unitLabel(context.sector, context.unitName);
    const QString where =
        unit.isEmpty() ? QStringLiteral("op de locatie") : QStringLiteral("op ") + unit;
    // Half of the findings speak about the linked norm itself, the rest are everyday
    // observations that an inspector links to it.
    const QString pattern = random.chance(50)
        ? pickTemplate(random, normFindingTemplates(source), words.residential)
        : pickTemplate(random, findingTemplates(source), words.residential);
    const int total = random.between(3, 12);
    const int part = random.between(1, total - 1);
    const QString month = text(monthNames()[random.below(12)]);
    const QString norm = QLatin1Char('\'') + lowerFirst(context.normTitle) + QLatin1Char('\'');
    const QString evidence = context.evidence.isEmpty()
        ? QStringLiteral("de aangeleverde documenten")
        : random.pick(context.evidence);
    const QDate date = context.observedAt.date();
    return fillText(
        pattern,
        {{QLatin1String("{Where}"), capitalised(where)},
         {QLatin1String("{where}"), where},
         {QLatin1String("{clients}"), text(words.clients)},
         {QLatin1String("{client}"), text(words.client)},
         {QLatin1String("{otherStaff}"), text(words.otherStaff)},
         {QLatin1String("{staff}"), text(words.staff)},
         {QLatin1String("{plans}"), text(words.plans)},
         {QLatin1String("{plan}"), text(words.plan)},
         {QLatin1String("{norm}"), norm},
         {QLatin1String("{evidence}"), evidence},
         {QLatin1String("{n}"), QString::number(part)},
         {QLatin1String("{m}"), QString::number(total)},
         {QLatin1String("{time}"), dutchTime(context.observedAt).toString(QStringLiteral("HH:mm"))},
         {QLatin1String("{minutes}"), QString::number(random.between(3, 14))},
         {QLatin1String("{days}"), QString::number(random.between(2, 21))},
         {QLatin1String("{temperature}"), QString::number(random.between(9, 14))},
         {QLatin1String("{year}"), QString::number(date.year() - random.between(1, 3))},
         {QLatin1String("{week}"), QString::number(random.between(1, 52))},
         {QLatin1String("{month}"), month}});
}

QString interviewNotes(DemoRandom &random, RespondentGroup group, const QStringList &guideQuestions,
                       Sector sector)
{
    const SectorWords &words = sectorWords(sector);
    QStringList questions = guideQuestions;
    if (questions.isEmpty())
        for (const char *question : fallbackQuestions(group))
            questions << text(question);
    const int count = std::min<int>(int(questions.size()), random.between(2, 3));
    const qsizetype start = qsizetype(random.below(std::uint64_t(questions.size())));
    QStringList lines;
    QStringList answers;
    for (int i = 0; i < count; ++i) {
        // A respondent does not give the same answer twice.
        QString answer;
        for (int attempt = 0; attempt < 8 && (answer.isEmpty() || answers.contains(answer));
             ++attempt)
            answer = pickTemplate(random, interviewAnswers(group), words.residential);
        answers << answer;
        lines << QStringLiteral("Vraag: ") + questions.at((start + i) % questions.size());
        lines << QStringLiteral("Antwoord: ") + sectorTemplate(answer, words, {});
    }
    return lines.join(QLatin1Char('\n'));
}

QString reviewCommentText(DemoRandom &random, const QString &normCode)
{
    return fill(random.pick(reviewCommentTemplates()), {{QLatin1String("{code}"), normCode}});
}

QString documentFileName(DemoRandom &random, const QDate &date, const QString &unitName)
{
    QString slug = unitName.toLower();
    slug.replace(QLatin1Char(' '), QLatin1Char('-'));
    return fill(random.pick(documentNames()),
                {{QLatin1String("{year}"), QString::number(date.year() - random.between(0, 1))},
                 {QLatin1String("{week}"), QString::number(random.between(1, 52))},
                 {QLatin1String("{month}"), pickText(random, monthNames())},
                 {QLatin1String("{quarter}"), QString::number(random.between(1, 4))},
                 {QLatin1String("{unitSlug}"), slug}});
}

} // namespace schouw::demo
