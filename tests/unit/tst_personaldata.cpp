#include "privacy/personaldatadetector.h"

#include <QTest>

using namespace schouw;

namespace {

QString kindKey(PersonalDataKind kind)
{
    switch (kind) {
    case PersonalDataKind::PersonName:
        return QStringLiteral("name");
    case PersonalDataKind::Bsn:
        return QStringLiteral("bsn");
    case PersonalDataKind::PhoneNumber:
        return QStringLiteral("phone");
    case PersonalDataKind::EmailAddress:
        return QStringLiteral("email");
    }
    return {};
}

// "kind:matched" per match, in order: readable in a failing QCOMPARE.
QStringList describe(const QList<PersonalDataMatch> &matches)
{
    QStringList result;
    for (const PersonalDataMatch &match : matches)
        result << QString(kindKey(match.kind) + u':' + match.matched);
    return result;
}

QStringList list(std::initializer_list<const char16_t *> items)
{
    QStringList result;
    for (const char16_t *item : items)
        result << QString::fromUtf16(item);
    return result;
}

} // namespace

class TestPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const auto row = [](const char *name, const char16_t *text,
                            std::initializer_list<const char16_t *> expected) {
            QTest::newRow(name) << QString::fromUtf16(text) << list(expected);
        };

        // E-mail addresses
        row("email plain", u"Mail naar j.jansen@example.nl voor de stukken.",
            {u"email:j.jansen@example.nl"});
        row("email subdomain plus", u"Adres: fatima+zorg@mail.zorg-noord.nl.",
            {u"email:fatima+zorg@mail.zorg-noord.nl"});
        row("email accents", u"Zie renée.öztürk@voorbeeld.nl",
            {u"email:renée.öztürk@voorbeeld.nl"});
        row("no email without tld", u"Schrijf naar jan@localhost of bel.", {});

        // BSN
        row("bsn plain", u"Het BSN is 111222333.", {u"bsn:111222333"});
        row("bsn unlabelled", u"Nummer 123456782 stond op het formulier.", {u"bsn:123456782"});
        row("bsn dotted", u"Genoteerd: 1234.56.782 in het dossier.", {u"bsn:1234.56.782"});
        row("bsn spaced", u"Zij noemde 123 456 782 hardop.", {u"bsn:123 456 782"});
        row("bsn eight digits", u"Een oud nummer: 12345672.", {u"bsn:12345672"});
        row("bsn labelled but mistyped", u"BSN: 123456789", {u"bsn:123456789"});
        row("no bsn failing elfproef", u"Referentie 123456789 is onbekend.", {});
        row("no kvk failing elfproef", u"De aanbieder heeft KvK 12345678.", {});
        row("no kvk labelled", u"KvK-nummer 12345672 van de stichting.", {});
        row("no bsn all zeros", u"Code 000000000 is leeg.", {});
        row("no bsn amount", u"Een budget van € 123.456.782 per jaar.", {});
        row("no bsn date digits", u"Besluit 20240312 is genomen.", {});
        row("no bsn inside iban", u"Rekening NL91ABNA0417164300 van de stichting.", {});

        // Phone numbers
        row("mobile hyphen", u"Bel 06-12345678 na vijven.", {u"phone:06-12345678"});
        row("mobile grouped", u"Haar nummer is 06 1234 5678.", {u"phone:06 1234 5678"});
        row("mobile plain", u"Tel.0612345678", {u"phone:0612345678"});
        row("mobile international", u"Vanuit het buitenland: +31 6 12345678.",
            {u"phone:+31 6 12345678"});
        row("mobile 0031", u"Of 0031 6 12345678 bellen.", {u"phone:0031 6 12345678"});
        row("international with (0)", u"Kantoor +31 (0)20 123 4567.",
            {u"phone:+31 (0)20 123 4567"});
        row("mobile dotted pairs", u"Of 06.12.34.56.78 proberen.", {u"phone:06.12.34.56.78"});
        row("landline rotterdam", u"Locatie: 010-1234567.", {u"phone:010-1234567"});
        row("landline amsterdam", u"Receptie 020 123 4567 (ma-vr).", {u"phone:020 123 4567"});
        row("landline parentheses", u"Telefoon (0513) 123456.", {u"phone:(0513) 123456"});
        row("service number short", u"Klachtenlijn 0800-1234.", {u"phone:0800-1234"});
        row("service number long", u"Info: 0900-1234567.", {u"phone:0900-1234567"});
        row("no phone date", u"Bezoek op 12-03-2024 om 10:30 uur.", {});
        row("no phone date and hour", u"Gesprek 06-12-2024 14 uur.", {});
        row("no phone time range", u"Open van 08.30-17.00 uur.", {});
        row("no phone postcode", u"Adres: Kerkstraat 1, 1234 AB Utrecht.", {});
        row("no phone years and counts",
            u"In 2023 en 2024 waren er 1.250 cliënten en 38 medewerkers.", {});
        row("no phone amount", u"Kosten € 1.234,56 per maand.", {});
        row("no phone iban groups", u"IBAN NL91 ABNA 0417 1643 00.", {});

        // Names after a form of address
        row("mevrouw surname", u"Ik sprak met mevrouw Jansen over de zorg.",
            {u"name:mevrouw Jansen"});
        row("de heer tussenvoegsels", u"De heer van der Berg was aanwezig.",
            {u"name:De heer van der Berg"});
        row("dhr initials", u"Gesproken met dhr. J.P. de Vries.", {u"name:dhr. J.P. de Vries"});
        row("mw capital tussenvoegsel", u"Mw. De Groot vertelde.", {u"name:Mw. De Groot"});
        row("meneer given and surname", u"Meneer Mohammed El Amrani kwam later.",
            {u"name:Meneer Mohammed El Amrani"});
        row("zuster first name", u"Zuster Riet hielp hem.", {u"name:Zuster Riet"});
        row("title with 't", u"Mevr. in 't Veld belde.", {u"name:Mevr. in 't Veld"});
        row("title double surname", u"mevrouw Jansen-de Boer", {u"name:mevrouw Jansen-de Boer"});
        row("title accents", u"Gesprek met mevrouw Öztürk en meneer Çelik.",
            {u"name:mevrouw Öztürk", u"name:meneer Çelik"});
        row("title ambiguous name", u"Het ging goed met mevrouw Roos.", {u"name:mevrouw Roos"});
        row("no title alone", u"Mevrouw vertelde dat ze tevreden is.", {});
        row("no title then sentence", u"Ik sprak met mevrouw. De zorg was goed.", {});
        row("no title then ordinary word", u"Mw. De zorg is goed geregeld.", {});

        // Known given names
        row("first name surname", u"Volgens Jan de Vries is dat zo.", {u"name:Jan de Vries"});
        row("first name alone", u"Fatima vertelde dat haar moeder tevreden is.", {u"name:Fatima"});
        row("first name accents", u"Haar dochter Ayşe komt elke dag.", {u"name:Ayşe"});
        row("compound first name", u"Jan-Willem van den Heuvel belde.",
            {u"name:Jan-Willem van den Heuvel"});
        row("two first names", u"Yusuf en Hatice Yilmaz waren er.",
            {u"name:Yusuf", u"name:Hatice Yilmaz"});
        row("possessive", u"Pieter's kamer is klein.", {u"name:Pieter"});
        row("ambiguous with surname", u"Roos Jansen was er ook.", {u"name:Roos Jansen"});
        row("no ambiguous alone", u"Roos en Bas vonden de hoop groot. Job zei niets.", {});
        row("no ambiguous sentence starts",
            u"Ben je er morgen? Wil je bellen? Max. drie bezoekers.", {});
        row("no lowercase given name", u"in jan. 2024 was het rustig", {});
        row("no street", u"Zij woont aan de Jan van Galenstraat.", {});
        row("no hospital", u"Opname in het Antonius Ziekenhuis.", {});
        row("no saint", u"Het Sint Jan is een kerk.", {});

        // Initials and surname
        row("initials surname", u"Contact: J. de Vries.", {u"name:J. de Vries"});
        row("double initials", u"Ondertekend door A.B. Jansen.", {u"name:A.B. Jansen"});
        row("no labelled letter", u"Bijlage A. Overzicht van de bevindingen.", {});
        row("no month abbreviation", u"Jan. 2024: evaluatie.", {});
        row("no initial then sentence", u"Zie bijlage B. Daarna volgt het plan.", {});

        // Sentence starts and pseudonyms
        row("no sentence initial words",
            u"De zorgverlener belde. Zorg is maatwerk. Het team werkt.", {});
        row("no pseudonyms", u"Cliënt A vertelde dat Naaste B en Medewerker C het eens zijn.", {});
        row("no decomposed pseudonym", u"Clie\u0308nt D was tevreden.", {});
        row("pseudonym next to a name", u"Cliënt A en mevrouw Bakker.", {u"name:mevrouw Bakker"});

        // Mixed
        row("mixed", u"Mevrouw Jansen (06-12345678, m.jansen@example.nl) gaf BSN 111222333.",
            {u"name:Mevrouw Jansen", u"phone:06-12345678", u"email:m.jansen@example.nl",
             u"bsn:111222333"});
    }

    void detects()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const QList<PersonalDataMatch> matches = findPersonalData(text);
        QCOMPARE(describe(matches), expected);
        qsizetype previousEnd = 0;
        for (const PersonalDataMatch &match : matches) {
            QCOMPARE(text.mid(match.start, match.length), match.matched);
            QVERIFY(match.start >= previousEnd); // sorted, no overlap
            previousEnd = match.start + match.length;
        }
    }

    void allowListIsNeverReported()
    {
        const QString text = QStringLiteral("Anna vertelde dat mevrouw Bakker en Jan er waren.");
        QCOMPARE(describe(findPersonalData(text)),
                 list({u"name:Anna", u"name:mevrouw Bakker", u"name:Jan"}));
        QCOMPARE(
            describe(findPersonalData(text, {QStringLiteral("anna"), QStringLiteral("Bakker")})),
            list({u"name:Jan"}));
        // An allowed word does not hide an e-mail address that contains it.
        QCOMPARE(describe(findPersonalData(QStringLiteral("Mail bakker@example.nl"),
                                           {QStringLiteral("Bakker")})),
                 list({u"email:bakker@example.nl"}));
        // An allowed address is not reported.
        QCOMPARE(describe(findPersonalData(QStringLiteral("Mail info@zorg.nl"),
                                           {QStringLiteral("info@zorg.nl")})),
                 QStringList());
    }

    void positionsAreUtf16()
    {
        // An emoji outside the BMP takes two UTF-16 code units.
        const QString text = QStringLiteral("😀 Zuster Anneke belde");
        const QList<PersonalDataMatch> matches = findPersonalData(text);
        QCOMPARE(matches.size(), 1);
        QCOMPARE(matches.first().start, 3);
        QCOMPARE(matches.first().length, 13);
    }

    void replacesSeveralMatches()
    {
        const QString text = QStringLiteral("Mevrouw Jansen belde met 06-12345678 en mailde "
                                            "j.jansen@example.nl; ook Fatima was er.");
        const QList<PersonalDataMatch> matches = findPersonalData(text);
        QCOMPARE(matches.size(), 4);
        QCOMPARE(
            replacePersonalData(text, matches, QStringLiteral("Cliënt A")),
            QStringLiteral("Cliënt A belde met Cliënt A en mailde Cliënt A; ook Cliënt A was er."));
        // Any order.
        QList<PersonalDataMatch> reversed(matches.crbegin(), matches.crend());
        QCOMPARE(replacePersonalData(text, reversed, QStringLiteral("[X]")),
                 QStringLiteral("[X] belde met [X] en mailde [X]; ook [X] was er."));
        // Only the chosen ones.
        QCOMPARE(
            replacePersonalData(text, {matches.at(0), matches.at(3)}, QStringLiteral("Naaste B")),
            QStringLiteral("Naaste B belde met 06-12345678 en mailde j.jansen@example.nl; ook "
                           "Naaste B was er."));
    }

    void replacesWithAccents()
    {
        const QString text =
            QStringLiteral("Zoë zei tegen mevrouw Çelik-Öztürk: “bel de thuiszorg”.");
        const QList<PersonalDataMatch> matches = findPersonalData(text);
        QCOMPARE(describe(matches), list({u"name:Zoë", u"name:mevrouw Çelik-Öztürk"}));
        QCOMPARE(replacePersonalData(text, matches, QStringLiteral("Cliënt É")),
                 QStringLiteral("Cliënt É zei tegen Cliënt É: “bel de thuiszorg”."));
    }

    void replaceSkipsStaleAndOverlappingMatches()
    {
        const QString text = QStringLiteral("Bel Jan op 0612345678.");
        const QList<PersonalDataMatch> matches = findPersonalData(text);
        QCOMPARE(matches.size(), 2);
        // The text changed since the scan: the stale match is left alone.
        const QString changed = QStringLiteral("Bel Wim op 0612345678.");
        QCOMPARE(replacePersonalData(changed, matches, QStringLiteral("X")),
                 QStringLiteral("Bel Wim op X."));
        // Overlapping and out-of-range matches are ignored rather than corrupting the text.
        const PersonalDataMatch overlap {PersonalDataKind::PersonName, 6, 4, {}}; // "n op"
        const PersonalDataMatch outside {PersonalDataKind::PersonName, 20, 10, {}};
        QCOMPARE(replacePersonalData(text, {matches.at(0), overlap, outside}, QStringLiteral("X")),
                 QStringLiteral("Bel JaX 0612345678."));
    }

    void labels()
    {
        QCOMPARE(personalDataLabel(PersonalDataKind::PersonName), QStringLiteral("personal name"));
        QCOMPARE(personalDataLabel(PersonalDataKind::Bsn),
                 QStringLiteral("citizen service number (BSN)"));
        QCOMPARE(personalDataLabel(PersonalDataKind::PhoneNumber), QStringLiteral("phone number"));
        QCOMPARE(personalDataLabel(PersonalDataKind::EmailAddress),
                 QStringLiteral("e-mail address"));
    }
};

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
