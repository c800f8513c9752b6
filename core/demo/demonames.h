#pragma once

#include "demorandom.h"
#include "demovocabulary.h"

#include <QSet>
#include <QString>

namespace schouw::demo {

struct Address
{
    QString street;
    QString houseNumber;
    QString postcode;
    QString city;
    QString region;
};

[[nodiscard]] QString personName(DemoRandom &random);
// "1234 AB": four digits in the city's area (never starting with 0), a space and two capitals;
// SA, SD and SS are not used in Dutch postcodes.
[[nodiscard]] QString postcode(DemoRandom &random, const City &city);
[[nodiscard]] Address address(DemoRandom &random, const City &city);
[[nodiscard]] QString providerName(DemoRandom &random, Sector sector, const City &city);
[[nodiscard]] QString locationName(DemoRandom &random, Sector sector, const QString &unitName,
                                   const City &city, bool first);
// Eight digits, unique within taken (which it extends).
[[nodiscard]] QString kvkNumber(DemoRandom &random, QSet<QString> &taken);

} // namespace schouw::demo
