#include "demonames.h"

#include "demotexts.h"

namespace schouw::demo {

namespace {

// Letters used in Dutch postcodes (F, I, O, Q, U and Y are not issued).
constexpr char PostcodeLetters[] = "ABCDEGHJKLMNPRSTVWXZ";

} // namespace

QString personName(DemoRandom &random)
{
    // Separate statements: the operands of + are evaluated in no fixed order.
    const QString first = text(random.pick(firstNames()));
    const QString last = text(random.pick(surnames()));
    return first + QLatin1Char(' ') + last;
}

QString postcode(DemoRandom &random, const City &city)
{
    const int digits = random.between(city.postcodeLow, city.postcodeHigh);
    constexpr int letterCount = sizeof(PostcodeLetters) - 1;
    for (;;) {
        const char first = PostcodeLetters[random.below(letterCount)];
        const char second = PostcodeLetters[random.below(letterCount)];
        if (first == 'S' && (second == 'A' || second == 'D' || second == 'S'))
            continue;
        return QStringLiteral("%1 %2%3")
            .arg(digits)
            .arg(QLatin1Char(first))
            .arg(QLatin1Char(second));
    }
}

Address address(DemoRandom &random, const City &city)
{
    Address result;
    result.street = text(random.pick(streets()));
    result.houseNumber = QString::number(random.between(1, 240));
    if (random.chance(12))
        result.houseNumber += QLatin1Char("abcd"[random.below(4)]);
    else if (random.chance(5))
        result.houseNumber += QStringLiteral("-%1").arg(random.between(1, 3));
    result.postcode = postcode(random, city);
    result.city = text(city.name);
    result.region = text(city.region);
    return result;
}

QString providerName(DemoRandom &random, Sector sector, const City &city)
{
    return fill(random.pick(providerPatterns(sector)),
                {{QLatin1String("{core}"), text(random.pick(providerCores(sector)))},
                 {QLatin1String("{place}"), text(city.name)},
                 {QLatin1String("{region}"), text(city.region)},
                 {QLatin1String("{street}"), text(random.pick(streets()))},
                 {QLatin1String("{surname}"), capitalised(text(random.pick(surnames())))}});
}

QString locationName(DemoRandom &random, Sector sector, const QString &unitName, const City &city,
                     bool first)
{
    const SectorWords &words = sectorWords(sector);
    const QString prefix = text(random.pick(locationPrefixes(sector)));
    if (words.residential && sector != Sector::MedicalSpecialistCare)
        return prefix + QLatin1Char(' ') + unitName;
    if (first)
        return QStringLiteral("Hoofdvestiging");
    return prefix + QLatin1Char(' ') + text(city.name);
}

QString kvkNumber(DemoRandom &random, QSet<QString> &taken)
{
    for (;;) {
        const QString number = QString::number(random.between(10'000'000, 99'999'999));
        if (!taken.contains(number)) {
            taken.insert(number);
            return number;
        }
    }
}

} // namespace schouw::demo
