#include "dutchnames.h"

#include <QSet>

#include <initializer_list>

namespace schouw::privacy {

namespace {

QSet<QString> makeSet(std::initializer_list<const char16_t *> words)
{
    QSet<QString> set;
    set.reserve(static_cast<qsizetype>(words.size()));
    for (const char16_t *word : words)
        set.insert(QString::fromUtf16(word));
    return set;
}

} // namespace

bool isCommonFirstName(const QString &word)
{
    // Common given names in the Netherlands: old (Hendrika, Cornelis) and modern (Noah, Saar),
    // male and female, and frequent names of Moroccan, Turkish, Surinamese, Polish and other
    // communities. Spelled as written; add variants (Mohamed/Mohammed) as separate entries.
    static const QSet<QString> names = makeSet({
        u"Aad",        u"Aaltje",     u"Abdel",      u"Abdelaziz", u"Abdelkader", u"Abdellah",
        u"Abdul",      u"Abdullah",   u"Adam",       u"Adriana",   u"Adrianus",   u"Agnes",
        u"Agnieszka",  u"Ahmad",      u"Ahmed",      u"Aicha",     u"Aisha",      u"Albert",
        u"Alexander",  u"Ali",        u"Alida",      u"Amina",     u"Amira",      u"Ana",
        u"Andrea",     u"Andreas",    u"Angela",     u"Anil",      u"Anja",       u"Anke",
        u"Ankie",      u"Anna",       u"Anne",       u"Anneke",    u"Annemarie",  u"Annemieke",
        u"Annie",      u"Anouar",     u"Anouk",      u"Ans",       u"Antje",      u"Anton",
        u"Antonius",   u"Arie",       u"Arjen",      u"Arnold",    u"Astrid",     u"Ayoub",
        u"Ayse",       u"Ayşe",       u"Aziz",       u"Aïcha",     u"Bart",       u"Bea",
        u"Bep",        u"Berend",     u"Bernard",    u"Bert",      u"Bertus",     u"Bilal",
        u"Boaz",       u"Bouchra",    u"Bram",       u"Burak",     u"Büşra",      u"Carla",
        u"Caroline",   u"Catharina",  u"Chantal",    u"Charlotte", u"Christiaan", u"Cor",
        u"Cornelia",   u"Cornelis",   u"Corrie",     u"Daan",      u"Daniel",     u"Daniël",
        u"Dennis",     u"Derk",       u"Diana",      u"Dick",      u"Dina",       u"Dini",
        u"Dirk",       u"Dora",       u"Driss",      u"Edwin",     u"Elif",       u"Eline",
        u"Elisabeth",  u"Ellen",      u"Els",        u"Emine",     u"Emma",       u"Emre",
        u"Erik",       u"Esma",       u"Esra",       u"Esther",    u"Eva",        u"Evert",
        u"Evi",        u"Fadime",     u"Fatiha",     u"Fatima",    u"Fatma",      u"Femke",
        u"Fenna",      u"Finn",       u"Floor",      u"Frans",     u"Fred",       u"Frederik",
        u"Geert",      u"Geertje",    u"Geertruida", u"Gerard",    u"Gerda",      u"Gerrit",
        u"Gert",       u"Gijs",       u"Greet",      u"Grietje",   u"Guus",       u"Gül",
        u"Gülsen",     u"Hakan",      u"Hamza",      u"Hanan",     u"Hanna",      u"Hannah",
        u"Hans",       u"Harm",       u"Hasan",      u"Hassan",    u"Hatice",     u"Hein",
        u"Hendrik",    u"Hendrika",   u"Henk",       u"Hennie",    u"Herman",     u"Hicham",
        u"Hidde",      u"Hilde",      u"Houda",      u"Hugo",      u"Huub",       u"Hüseyin",
        u"Ibrahim",    u"Ilias",      u"Ilse",       u"Imane",     u"Ineke",      u"Inge",
        u"Ingrid",     u"Irene",      u"Ismail",     u"Jaap",      u"Jacob",      u"Jacoba",
        u"Jacobus",    u"Jamal",      u"Jan",        u"Jana",      u"Janneke",    u"Jannetje",
        u"Jasper",     u"Jelle",      u"Jens",       u"Jeroen",    u"Jesse",      u"Johan",
        u"Johanna",    u"Johannes",   u"Joke",       u"Jolanda",   u"Joop",       u"Joost",
        u"Jopie",      u"Jos",        u"Josef",      u"Joseph",    u"José",       u"Judith",
        u"Julia",      u"Juliana",    u"Jurre",      u"Kaoutar",   u"Karim",      u"Karin",
        u"Katarzyna",  u"Kees",       u"Kemal",      u"Kevin",     u"Khadija",    u"Khalid",
        u"Klaas",      u"Koen",       u"Koos",       u"Krzysztof", u"Lars",       u"Latifa",
        u"Laura",      u"Leo",        u"Levi",       u"Lieke",     u"Lies",       u"Linda",
        u"Lisa",       u"Lotte",      u"Loubna",     u"Lucas",     u"Luuk",       u"Maarten",
        u"Maartje",    u"Magdalena",  u"Malika",     u"Marco",     u"Marga",      u"Margaretha",
        u"Maria",      u"Marianne",   u"Marie",      u"Marijke",   u"Marjolein",  u"Martin",
        u"Martinus",   u"Małgorzata", u"Mehmet",     u"Merve",     u"Meryem",     u"Michel",
        u"Michiel",    u"Mieke",      u"Mien",       u"Milou",     u"Mirjam",     u"Mohamed",
        u"Mohammad",   u"Mohammed",   u"Monique",    u"Muhammad",  u"Muhammed",   u"Murat",
        u"Mustafa",    u"Mustapha",   u"Nadia",      u"Naima",     u"Nel",        u"Nicole",
        u"Niels",      u"Nienke",     u"Nina",       u"Noa",       u"Noah",       u"Nordin",
        u"Nour",       u"Olivia",     u"Omar",       u"Osman",     u"Otto",       u"Patrick",
        u"Paul",       u"Pawel",      u"Paweł",      u"Peter",     u"Petra",      u"Petronella",
        u"Petrus",     u"Piet",       u"Pieter",     u"Piotr",     u"Priya",      u"Rachid",
        u"Rachida",    u"Radha",      u"Rajesh",     u"Rakesh",    u"Rami",       u"Ravi",
        u"Redouan",    u"Rein",       u"Richard",    u"Riek",      u"Riet",       u"Rik",
        u"Rinus",      u"Robert",     u"Rodrigo",    u"Ronald",    u"Rosa",       u"Ruben",
        u"Ruud",       u"Saar",       u"Sabine",     u"Said",      u"Samir",      u"Samira",
        u"Sander",     u"Sandra",     u"Sanne",      u"Sara",      u"Sarah",      u"Saskia",
        u"Sem",        u"Senna",      u"Sevgi",      u"Siham",     u"Sjaak",      u"Sjef",
        u"Sjoerd",     u"Sophie",     u"Souad",      u"Soufiane",  u"Stefan",     u"Stijn",
        u"Sunil",      u"Sunita",     u"Susan",      u"Teun",      u"Theo",       u"Theodorus",
        u"Thijs",      u"Thomas",     u"Ties",       u"Tineke",    u"Tiny",       u"Tomasz",
        u"Toos",       u"Trijntje",   u"Truus",      u"Usha",      u"Wendy",      u"Wietske",
        u"Wilhelmina", u"Willem",     u"Willemijn",  u"Wilma",     u"Wim",        u"Wouter",
        u"Yara",       u"Yasin",      u"Yasmina",    u"Younes",    u"Yousef",     u"Youssef",
        u"Yusuf",      u"Yvonne",     u"Zakaria",    u"Zeynep",    u"Zineb",      u"Zoë",
        u"Ömer",
    });
    return names.contains(word);
}

bool isAmbiguousFirstName(const QString &word)
{
    // Given names that are also ordinary words (roos, bas, job, ben, wil, hoop, max., ...).
    static const QSet<QString> names = makeSet({
        u"Ad",      u"Amber", u"Bas",   u"Ben",   u"Fleur", u"Frank", u"Hoop", u"Iris", u"Jade",
        u"Jasmijn", u"Job",   u"Lieve", u"Linde", u"Lot",   u"Mark",  u"Max",  u"Mees", u"Merel",
        u"Milan",   u"Noor",  u"Rob",   u"Roos",  u"Storm", u"Ton",   u"Toon", u"Wil",
    });
    return names.contains(word);
}

bool isNameStopWord(const QString &lowerWord)
{
    // Function words, days, months and frequent words of inspection notes that start sentences
    // and headings; capitalised there, they are never a surname.
    static const QSet<QString> words = makeSet({
        u"aan",
        u"al",
        u"alle",
        u"als",
        u"altijd",
        u"andere",
        u"antwoord",
        u"april",
        u"augustus",
        u"bewoner",
        u"bewoners",
        u"bij",
        u"bijlage",
        u"bovendien",
        u"client",
        u"clienten",
        u"cliënt",
        u"cliënten",
        u"conclusie",
        u"daar",
        u"daarbij",
        u"daardoor",
        u"daarna",
        u"daarom",
        u"dan",
        u"dat",
        u"de",
        u"december",
        u"deze",
        u"die",
        u"dinsdag",
        u"dit",
        u"donderdag",
        u"door",
        u"dus",
        u"echter",
        u"een",
        u"eerst",
        u"elke",
        u"en",
        u"er",
        u"februari",
        u"geen",
        u"gelukkig",
        u"graag",
        u"haar",
        u"helaas",
        u"het",
        u"hier",
        u"hij",
        u"hoe",
        u"hoewel",
        u"hun",
        u"ieder",
        u"iedereen",
        u"iemand",
        u"ik",
        u"in",
        u"inspecteur",
        u"inspectie",
        u"ja",
        u"januari",
        u"je",
        u"jij",
        u"juli",
        u"jullie",
        u"juni",
        u"kortom",
        u"locatie",
        u"maandag",
        u"maar",
        u"maart",
        u"medewerker",
        u"medewerkers",
        u"mei",
        u"men",
        u"met",
        u"mijn",
        u"na",
        u"naar",
        u"naaste",
        u"naasten",
        u"nee",
        u"niemand",
        u"niet",
        u"nog",
        u"nooit",
        u"november",
        u"nu",
        u"of",
        u"oktober",
        u"ons",
        u"onze",
        u"ook",
        u"op",
        u"opmerking",
        u"over",
        u"per",
        u"samenvattend",
        u"september",
        u"sinds",
        u"soms",
        u"team",
        u"ten",
        u"tenslotte",
        u"terwijl",
        u"tevens",
        u"tijdens",
        u"toelichting",
        u"toen",
        u"tot",
        u"u",
        u"uit",
        u"uw",
        u"vaak",
        u"van",
        u"veel",
        u"verder",
        u"vervolgens",
        u"volgens",
        u"voor",
        u"vraag",
        u"vrijdag",
        u"waar",
        u"waarom",
        u"wanneer",
        u"wat",
        u"we",
        u"weinig",
        u"wel",
        u"welke",
        u"wie",
        u"wij",
        u"woensdag",
        u"zaterdag",
        u"ze",
        u"zij",
        u"zijn",
        u"zo",
        u"zondag",
        u"zonder",
        u"zorg",
        u"zorgaanbieder",
        u"zorgverlener",
    });
    return words.contains(lowerWord);
}

bool isPlaceWord(const QString &lowerWord)
{
    // Endings of street and institution names. "laan", "weg", "dijk" and "huis" are left out:
    // Van der Laan, Hogeweg, Van Dijk and Nijhuis are common surnames.
    static const QList<QString> endings {
        QStringLiteral("straat"),
        QStringLiteral("plein"),
        QStringLiteral("gracht"),
        QStringLiteral("singel"),
        QStringLiteral("kade"),
        QStringLiteral("plantsoen"),
        QStringLiteral("ziekenhuis"),
        QStringLiteral("kliniek"),
        QStringLiteral("gasthuis"),
        QStringLiteral("verpleeghuis"),
        QStringLiteral("verzorgingshuis"),
        QStringLiteral("zorgcentrum"),
        QStringLiteral("centrum"),
        QStringLiteral("stichting"),
        QStringLiteral("school"),
        QStringLiteral("college"),
        QStringLiteral("kerk"),
        QStringLiteral("praktijk"),
        QStringLiteral("huisartsenpraktijk"),
        QStringLiteral("zorggroep"),
    };
    for (const QString &ending : endings) {
        if (lowerWord.endsWith(ending))
            return true;
    }
    return false;
}

} // namespace schouw::privacy
