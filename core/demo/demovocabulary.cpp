#include "demovocabulary.h"

#include <array>

namespace schouw::demo {

namespace {

// Postcode areas are approximate but real, so that a postcode and its city look right together.
constexpr City Cities[] = {
    {"Amsterdam", 1011, 1109, "Amstelland"},
    {"Haarlem", 2011, 2037, "Zuid-Kennemerland"},
    {"Leiden", 2311, 2334, "Holland Rijnland"},
    {"Den Haag", 2491, 2597, "Haaglanden"},
    {"Rotterdam", 3011, 3089, "Rijnmond"},
    {"Utrecht", 3511, 3585, "Midden-Utrecht"},
    {"Amersfoort", 3811, 3829, "Eemland"},
    {"Zwolle", 8011, 8043, "IJsselland"},
    {"Groningen", 9711, 9747, "Groningen"},
    {"Leeuwarden", 8911, 8939, "Fryslân"},
    {"Assen", 9401, 9409, "Drenthe"},
    {"Enschede", 7511, 7548, "Twente"},
    {"Hengelo", 7551, 7559, "Twente"},
    {"Arnhem", 6811, 6846, "Midden-Gelderland"},
    {"Nijmegen", 6511, 6546, "Rijk van Nijmegen"},
    {"'s-Hertogenbosch", 5211, 5249, "Noordoost-Brabant"},
    {"Eindhoven", 5611, 5658, "Zuidoost-Brabant"},
    {"Helmond", 5701, 5709, "de Peel"},
    {"Tilburg", 5011, 5049, "Hart van Brabant"},
    {"Breda", 4811, 4839, "West-Brabant"},
    {"Roosendaal", 4701, 4709, "West-Brabant"},
    {"Bergen op Zoom", 4611, 4624, "West-Brabant"},
    {"Maastricht", 6211, 6229, "Zuid-Limburg"},
    {"Heerlen", 6411, 6422, "Parkstad"},
    {"Sittard", 6131, 6137, "Westelijke Mijnstreek"},
    {"Roermond", 6041, 6046, "Midden-Limburg"},
    {"Venlo", 5911, 5928, "Noord-Limburg"},
    {"Weert", 6001, 6006, "Midden-Limburg"},
    {"Middelburg", 4331, 4339, "Zeeland"},
    {"Vlissingen", 4381, 4389, "Zeeland"},
    {"Terneuzen", 4531, 4539, "Zeeuws-Vlaanderen"},
    {"Almere", 1311, 1365, "Flevoland"},
    {"Lelystad", 8211, 8245, "Flevoland"},
    {"Alkmaar", 1811, 1834, "Noord-Holland Noord"},
    {"Hoorn", 1621, 1628, "West-Friesland"},
    {"Den Helder", 1781, 1789, "Kop van Noord-Holland"},
    {"Purmerend", 1441, 1448, "Waterland"},
    {"Zaandam", 1501, 1507, "Zaanstreek"},
    {"Hilversum", 1211, 1223, "Gooi en Vechtstreek"},
    {"Deventer", 7411, 7431, "Salland"},
    {"Apeldoorn", 7311, 7339, "de Veluwe"},
    {"Ede", 6711, 6718, "de Gelderse Vallei"},
    {"Harderwijk", 3841, 3849, "Noord-Veluwe"},
    {"Doetinchem", 7001, 7009, "Achterhoek"},
    {"Winterswijk", 7101, 7109, "Achterhoek"},
    {"Zutphen", 7201, 7207, "Oost-Gelderland"},
    {"Tiel", 4001, 4007, "Rivierenland"},
    {"Gorinchem", 4201, 4207, "Rivierenland"},
    {"Dordrecht", 3311, 3329, "Drechtsteden"},
    {"Gouda", 2801, 2809, "Midden-Holland"},
    {"Delft", 2611, 2629, "Delfland"},
    {"Zoetermeer", 2711, 2729, "Haaglanden"},
    {"Schiedam", 3111, 3125, "Rijnmond"},
    {"Spijkenisse", 3201, 3209, "Voorne-Putten"},
    {"Woerden", 3441, 3449, "Groene Hart"},
    {"Nieuwegein", 3431, 3439, "Lekstroom"},
    {"Veenendaal", 3901, 3907, "Foodvalley"},
    {"Kampen", 8261, 8266, "IJsselland"},
    {"Meppel", 7941, 7944, "Zuidwest-Drenthe"},
    {"Hoogeveen", 7901, 7909, "Zuidwest-Drenthe"},
    {"Emmen", 7811, 7828, "Zuidoost-Drenthe"},
    {"Sneek", 8601, 8608, "Zuidwest-Fryslân"},
    {"Drachten", 9201, 9207, "Noordoost-Fryslân"},
    {"Heerenveen", 8441, 8448, "Zuidoost-Fryslân"},
    {"Oss", 5341, 5349, "Maasland"},
};

constexpr const char *Streets[] = {
    "Kerkstraat",
    "Schoolstraat",
    "Molenweg",
    "Dorpsstraat",
    "Stationsweg",
    "Julianastraat",
    "Beatrixlaan",
    "Wilhelminapark",
    "Lindelaan",
    "Eikenlaan",
    "Berkenlaan",
    "Kastanjelaan",
    "Parklaan",
    "Nieuwstraat",
    "Hoofdstraat",
    "Zuiderweg",
    "Noordsingel",
    "Oranjestraat",
    "Ringdijk",
    "Vondellaan",
    "Rembrandtlaan",
    "Burgemeester de Withstraat",
    "Dokter Schaepmanlaan",
    "Zonnebloemweg",
    "Tulpstraat",
    "Rozenlaan",
    "Plataanweg",
    "Marktplein",
    "Havenstraat",
    "Sportlaan",
    "Wethouder Jansenweg",
    "Populierenlaan",
    "Esdoornstraat",
    "Meidoornplein",
    "Vlinderweg",
    "Reigerstraat",
    "Zwanenlaan",
    "Leeuweriklaan",
    "Spoorstraat",
    "Brink",
    "Industrieweg",
    "Energieweg",
    "Bosweg",
    "Veldweg",
    "Prins Bernhardlaan",
    "Koningin Emmalaan",
    "Van Goghstraat",
    "Thorbeckelaan",
    "Mozartlaan",
    "Kloosterstraat",
    "Gasthuisstraat",
    "Ziekenhuislaan",
    "Weverstraat",
    "Smidsstraat",
    "Sluisweg",
    "Kanaaldijk",
    "Polderweg",
    "Watermolen",
    "Oude Rijn",
    "Steenstraat",
    "Graaf Florisweg",
    "Sint Annastraat",
};

constexpr const char *FirstNames[] = {
    "Anouk",   "Sanne",     "Lotte",  "Eva",     "Fleur",   "Iris",   "Marieke", "Ingrid",
    "Petra",   "Annemieke", "Esther", "Linda",   "Saskia",  "Femke",  "Nadia",   "Fatima",
    "Yasmina", "Marloes",   "Judith", "Hanneke", "Karin",   "Mirjam", "Wendy",   "Ilse",
    "Joke",    "Jeroen",    "Bas",    "Thijs",   "Ruben",   "Pieter", "Maarten", "Sander",
    "Erik",    "Joost",     "Wouter", "Martijn", "Bram",    "Daan",   "Hans",    "Gert-Jan",
    "Mohamed", "Youssef",   "Koen",   "Roel",    "Stefan",  "Frank",  "Arjen",   "Niels",
    "Rik",     "Jasper",    "Merel",  "Renée",   "Chantal", "Gülşen", "Tom",     "Emre",
};

constexpr const char *Surnames[] = {
    "de Vries",   "Jansen",       "van den Berg",   "Bakker",       "Visser",
    "Smit",       "Meijer",       "de Boer",        "Mulder",       "de Groot",
    "Bos",        "Vos",          "Peters",         "Hendriks",     "van Leeuwen",
    "Dekker",     "Brouwer",      "de Wit",         "Dijkstra",     "Smits",
    "de Graaf",   "van der Meer", "van der Linden", "Kok",          "Jacobs",
    "de Haan",    "Vermeulen",    "van den Heuvel", "van der Veen", "van den Broek",
    "de Bruijn",  "de Jong",      "van Dijk",       "Willems",      "Hoekstra",
    "Schouten",   "Postma",       "Kuipers",        "Veenstra",     "Kramer",
    "Prins",      "Huisman",      "van Wijk",       "Koster",       "Wouters",
    "Timmermans", "Groen",        "Bosman",         "Martens",      "Schipper",
    "El Amrani",  "Yılmaz",       "Bouzid",         "Kaya",         "ter Horst",
    "ten Brink",  "Verhoeven",    "Maas",           "Hermans",      "Claassen",
    "van Beek",   "Kuiper",       "Boersma",
};

constexpr const char *UnitNames[] = {
    "De Wilg",       "De Eik",    "De Beuk",      "De Esdoorn",       "Het Anker",
    "De Hoge Weide", "Zonnehof",  "Het Kompas",   "De Vlinder",       "Klaverweide",
    "De Akker",      "Het Veld",  "De Meidoorn",  "De Lijsterbes",    "Het Hofje",
    "De Boomgaard",  "Rozenhof",  "De Notenbalk", "De Waterlelie",    "Het Zwanenmeer",
    "Parkzicht",     "Bosrand",   "De Duinroos",  "Het Bolwerk",      "De Kastanje",
    "De Linde",      "Het Baken", "De Regenboog", "De Zeven Sterren", "Het Veerhuis",
};

constexpr std::array<SectorWords, 11> SectorTable {{
    {Sector::PrimaryCare, "patiënt", "patiënten", "doktersassistent", "praktijkondersteuner",
     "behandelplan", "behandelplannen", "", false, 14, 1, 2},
    {Sector::PharmaceuticalProducts, "patiënt", "patiënten", "apothekersassistent", "apotheker",
     "medicatieoverzicht", "medicatieoverzichten", "", false, 6, 1, 2},
    {Sector::MentalHealthCare, "patiënt", "patiënten", "sociaal psychiatrisch verpleegkundige",
     "psychiater", "behandelplan", "behandelplannen", "afdeling", true, 12, 1, 4},
    {Sector::DisabilityCare, "cliënt", "cliënten", "persoonlijk begeleider", "gedragsdeskundige",
     "ondersteuningsplan", "ondersteuningsplannen", "woongroep", true, 12, 1, 5},
    {Sector::YouthCare, "jeugdige", "jeugdigen", "jeugdzorgwerker", "gedragswetenschapper",
     "hulpverleningsplan", "hulpverleningsplannen", "groep", true, 12, 1, 3},
    {Sector::MedicalSpecialistCare, "patiënt", "patiënten", "verpleegkundige", "medisch specialist",
     "behandelplan", "behandelplannen", "verpleegafdeling", true, 4, 1, 3},
    {Sector::MedicalTechnology, "gebruiker", "gebruikers", "kwaliteitsfunctionaris",
     "productspecialist", "technisch dossier", "technische dossiers", "", false, 3, 1, 1},
    {Sector::Prevention, "cliënt", "cliënten", "jeugdverpleegkundige", "jeugdarts", "dossier",
     "dossiers", "", false, 3, 1, 3},
    {Sector::NursingAndCare, "bewoner", "bewoners", "verzorgende IG",
     "specialist ouderengeneeskunde", "zorgleefplan", "zorgleefplannen", "afdeling", true, 20, 1,
     5},
    {Sector::HomeCare, "cliënt", "cliënten", "wijkverpleegkundige", "verzorgende", "zorgplan",
     "zorgplannen", "", false, 12, 1, 2},
    {Sector::JusticeAndAsylumCare, "justitiabele", "justitiabelen", "verpleegkundige",
     "forensisch arts", "zorgplan", "zorgplannen", "afdeling", true, 2, 1, 2},
}};

constexpr const char *CareCores[] = {
    "De Linde",     "De Wingerd",    "Het Baken",     "Avondlicht",  "De Zonnehof", "Sint Jozef",
    "Mariaoord",    "De Hoge Weide", "Het Zonnehuis", "De Schutse",  "Rivierduin",  "De Eikelhof",
    "Het Kompas",   "De Bolster",    "Het Spectrum",  "De Wieken",   "Ter Weel",    "De Regenboog",
    "Het Ravelijn", "De Brink",      "Het Hofje",     "De Kern",     "Klaverblad",  "Zilverlinde",
    "Oosterlicht",  "De Lichtboei",  "Het Dorpshuis", "De Waalboog", "Merelhof",    "De Schakel",
};
constexpr const char *YouthCores[] = {
    "De Opstap",    "Het Groeihuis", "Kompaan",   "Het Startpunt", "De Sprong",   "Kinderrijk",
    "De Vuurtoren", "Het Nest",      "Opgroeien", "De Zandloper",  "Perspectief", "De Wissel",
};
constexpr const char *MentalCores[] = {
    "De Ruimte", "Het Lichtpunt", "De Evenaar", "Zonnestraal", "De Rozenberg", "Het Veerhuis",
    "Het Palet", "De Boog",       "Het Anker",  "Balans",      "De Overstap",  "Het Vlot",
};
constexpr const char *PrimaryCores[] = {
    "De Molenhoek",   "Het Kruispunt", "De Hofstede", "De Akker", "De Kastanje", "De Ploeg",
    "Het Zuiderpark", "De Vaart",      "Oosterpoort", "Het Lint", "De Wiekslag", "Het Plein",
};
constexpr const char *PharmacyCores[] = {
    "Het Anker", "De Gaper",  "De Vijzel", "De Kroon", "De Eenhoorn", "De Ooievaar",
    "Het Hert",  "Mercurius", "Hygieia",   "Esculaap", "De Klaver",   "De Zwaan",
};
constexpr const char *HospitalCores[] = {
    "Sint Bernardus", "Maasduinen", "IJsselzicht", "Noorderlicht", "Zuiderhaven", "Westerschelde",
    "Vechtdal",       "Duinzicht",  "Sint Lucas",  "Rivierenland", "Beatrix",     "Sint Elisabeth",
};
constexpr const char *TechCores[] = {
    "Medinova", "Cardiotec", "Orthomed",  "Sanaflex",  "Vitasense", "Pulsar",
    "Novamed",  "Lumenix",   "Biometrix", "Ortholine", "Dialytix",  "Sonomed",
};
constexpr const char *JusticeCores[] = {
    "Het Keerpunt", "De Overgang", "De Horst", "De Oostvaarders",
    "Het Kanaal",   "De Sluis",    "De Dijk",  "Het Veer",
};

constexpr const char *NursingPatterns[] = {
    "Zorggroep {core}",
    "Stichting {core}",
    "Woonzorgcentrum {core}",
    "Zorgcentrum {core}",
    "Verpleeghuis {core}",
    "Zorggroep {region}",
    "Stichting Ouderenzorg {region}",
    "{core} Ouderenzorg",
};
constexpr const char *HomeCarePatterns[] = {
    "Thuiszorg {region}",  "Wijkverpleging {place}", "{core} Thuiszorg",
    "Zorg Thuis {region}", "Thuiszorg {core} B.V.",  "Wijkzorg {place}",
};
constexpr const char *DisabilityPatterns[] = {
    "Stichting {core}",       "{core} Gehandicaptenzorg",
    "Zorgorganisatie {core}", "Stichting Dagbesteding {core}",
    "Woongroep {core}",       "Stichting Gehandicaptenzorg {region}",
};
constexpr const char *YouthPatterns[] = {
    "Stichting Jeugdhulp {region}", "Jeugdzorg {region}", "Gezinshuis {core}",
    "{core} Jeugd- en Opvoedhulp",  "Pleegzorg {region}", "Jeugdhulp {core} B.V.",
};
constexpr const char *MentalPatterns[] = {
    "GGZ {region}",
    "{core} GGZ",
    "Psychologenpraktijk {street}",
    "Centrum voor Psychiatrie {core}",
    "Verslavingszorg {region}",
    "Stichting Beschermd Wonen {place}",
    "Praktijk voor Psychotherapie {surname}",
};
constexpr const char *PrimaryPatterns[] = {
    "Huisartsenpraktijk {street}",   "Huisartsenpraktijk {surname}",
    "Gezondheidscentrum {core}",     "Huisartsenpost {region}",
    "Tandartspraktijk {core}",       "Fysiotherapie {place}",
    "Verloskundigenpraktijk {core}", "Mondzorg {place}",
};
constexpr const char *PharmacyPatterns[] = {
    "Apotheek {core}",
    "Apotheek {street}",
    "Apotheek {place}",
    "{core} Farma B.V.",
    "Farmaceutische Groothandel {region}",
    "Ziekenhuisapotheek {region}",
    "Bereidingsapotheek {core}",
};
constexpr const char *HospitalPatterns[] = {
    "Ziekenhuis {core}",       "{core} Ziekenhuis",
    "Medisch Centrum {place}", "Ziekenhuis {region}",
    "Kliniek {core}",          "Zelfstandig Behandelcentrum {core}",
    "Oogkliniek {place}",      "Dermatologiekliniek {core}",
};
constexpr const char *TechPatterns[] = {
    "{core} Medical B.V.", "{core} Medical Devices B.V.",
    "{core} Diagnostics",  "MedTech {core} B.V.",
    "{core} Implants",     "{core} Orthopedie B.V.",
};
constexpr const char *PreventionPatterns[] = {
    "GGD {region}",
    "Bevolkingsonderzoek {region}",
    "Jeugdgezondheidszorg {region}",
    "Consultatiebureau {core}",
    "Stichting Preventie {region}",
    "Centrum Jeugd en Gezin {place}",
};
constexpr const char *JusticePatterns[] = {
    "Penitentiaire Inrichting {place}",        "Forensisch Psychiatrisch Centrum {core}",
    "Justitiële Jeugdinrichting {core}",       "Medische Dienst Azc {place}",
    "Gezondheidscentrum Asielzoekers {place}", "Huis van Bewaring {place}",
};

constexpr const char *NursingLocations[] = {"Woonzorgcentrum", "Locatie", "Verpleeghuis",
                                            "Zorgcentrum"};
constexpr const char *DisabilityLocations[] = {"Woonlocatie", "Dagbesteding", "Locatie",
                                               "Woongroep"};
constexpr const char *YouthLocations[] = {"Gezinshuis", "Behandelgroep", "Locatie", "Woongroep"};
constexpr const char *MentalLocations[] = {"Kliniek", "Locatie", "Beschermd wonen"};
constexpr const char *HospitalLocations[] = {"Locatie", "Polikliniek"};
constexpr const char *OfficeLocations[] = {"Vestiging", "Locatie"};

// Signals for every sector.
constexpr const char *IncidentSignals[] = {
    "Melding van een medicatie-incident waarbij een {client} een dubbele dosis kreeg",
    "Melding van een datalek: een medisch overzicht is naar een verkeerd adres gestuurd",
    "Melding van agressie van een {client} jegens een medewerker",
    "Melding calamiteit: vertraagde diagnose na telefonische triage",
    "Melding van een verkeerd verstrekt geneesmiddel met opname in het ziekenhuis tot gevolg",
};
constexpr const char *ComplaintSignals[] = {
    "Klacht van een naaste over de bereikbaarheid van de organisatie buiten kantoortijden",
    "Klacht over het niet nakomen van afspraken uit het {plan}",
    "Klacht van een {client} over de bejegening door een invalkracht",
    "Klacht over lange wachttijden voor een eerste gesprek",
    "Klacht over het ontbreken van informatie bij de overdracht",
};
constexpr const char *DataSignals[] = {
    "Verloop van personeel boven 25% in het afgelopen jaar",
    "Hoog ziekteverzuim (9,4%) volgens de jaarverantwoording",
    "Inzet van personeel niet in loondienst boven 20% van de loonkosten",
    "Jaarverantwoording niet tijdig ingediend",
    "Forse daling van het aantal gekwalificeerde medewerkers per {client}",
    "Aantal meldingen per jaar sterk gestegen ten opzichte van vergelijkbare aanbieders",
};
constexpr const char *MediaSignals[] = {
    "Regionale krant bericht over personeelstekort en gesloten wachtlijst",
    "Artikel over een conflict tussen bestuur en raad van toezicht",
    "Berichten op sociale media over onveilige situaties",
    "Televisiereportage over de kwaliteit van zorg bij de aanbieder",
};
// Signals for sectors where people live or stay.
constexpr const char *ResidentialIncidentSignals[] = {
    "Melding van een val met letsel op {unit}",
    "Melding van een vermissing van een {client} van {unit}",
    "Melding over ongewenste intimiteiten tussen twee {clients} op {unit}",
    "Melding van een brand in een kamer op {unit}",
    "Melding van onvrijwillige zorg zonder vastgelegde afweging op {unit}",
    "Melding van een decubituswond categorie 4 bij een {client} op {unit}",
};
constexpr const char *ResidentialComplaintSignals[] = {
    "Klacht van een naaste over onderbezetting in de avond op {unit}",
    "Klacht over kwijtgeraakte kleding en persoonlijke bezittingen op {unit}",
    "Klacht over het gebruik van cameratoezicht zonder toestemming op {unit}",
};
constexpr const char *ResidentialDataSignals[] = {
    "Aantal vrijheidsbeperkende maatregelen op {unit} boven het landelijk gemiddelde",
    "Structureel één medewerker per nacht voor meerdere locaties",
};
constexpr const char *ResidentialMediaSignals[] = {
    "Artikel in de media over onderbezetting tijdens nachtdiensten op {unit}",
    "Lokale omroep bericht over de sluiting van {unit}",
};

// "R:" marks templates that only fit where people live or stay (wards, groups).
constexpr const char *ObservedFindings[] = {
    "R:{Where} zaten om {time} uur {n} {clients} in de gemeenschappelijke ruimte zonder dat er een "
    "medewerker aanwezig was.",
    "R:De medicijnkar stond {where} onbeheerd en niet op slot in de gang.",
    "R:Tijdens de lunch {where} zagen wij dat een {staff} rustig de tijd nam en {clients} keuzes "
    "liet maken.",
    "R:Op de deur van een kamer {where} hing een briefje met medische gegevens van een {client}, "
    "zichtbaar voor bezoekers.",
    "De sfeer {where} was rustig; {clients} werden bij naam aangesproken.",
    "R:Het oproepsysteem werd om {time} uur getest: het duurde {minutes} minuten voordat een "
    "medewerker reageerde.",
    "In de opslagruimte {where} stonden schoonmaakmiddelen en verbandmiddelen door elkaar.",
    "R:{Where} werden handschoenen gedragen bij het rondbrengen van koffie; handhygiëne tussen "
    "{clients} werd niet toegepast.",
    "De brandmeldcentrale gaf een storing aan die volgens de receptie al {days} dagen bekend was.",
    "Wij zagen dat een {staff} de dubbele controle bij risicovolle medicatie uitvoerde, zoals "
    "afgesproken.",
    "R:Bij {norm}: in de teampost hing een actueel overzicht met afspraken per {client}.",
    "De koelkast voor geneesmiddelen {where} had een temperatuur van {temperature} graden; de "
    "temperatuurlijst was {days} dagen niet bijgehouden.",
    "Bij de balie waren gesprekken met {clients} voor anderen in de wachtruimte goed te volgen.",
    "Om {time} uur stond het scherm met het dossier van een {client} onbeheerd en ontgrendeld.",
    "De spoedkoffer was compleet; de laatste controle was {days} dagen geleden afgetekend.",
};
constexpr const char *DocumentFindings[] = {
    "In {n} van de {m} ingeziene {plans} ontbrak een actuele risico-inventarisatie.",
    "Het kwaliteitsverslag over {year} beschrijft verbeteracties, maar niet wie daarvoor "
    "verantwoordelijk is.",
    "Het rooster van week {week} laat zien dat in {n} nachtdiensten één gekwalificeerde "
    "medewerker voor {m} {clients} aanwezig was.",
    "De notulen van de laatste {n} vergaderingen van de cliëntenraad tonen dat de raad niet om "
    "advies is gevraagd over de reorganisatie.",
    "Het calamiteitenonderzoek van {month} is afgerond; de aanbevelingen zijn nog niet in beleid "
    "vertaald.",
    "Het scholingsoverzicht laat zien dat {n} van de {m} medewerkers de verplichte training "
    "voorbehouden handelingen hebben gevolgd.",
    "In het overzicht van incidentmeldingen van het afgelopen kwartaal staan {n} meldingen over "
    "medicatie, zonder analyse van trends.",
    "Bij {norm}: het beleidsdocument dateert van {year} en is sindsdien niet geëvalueerd.",
};
constexpr const char *StaffFindings[] = {
    "Een {staff} vertelt dat het team bij personeelstekort diensten overneemt, maar dat de "
    "avonddienst dan regelmatig alleen staat.",
    "Een {staff} weet niet waar het {plan} van een nieuwe {client} te vinden is.",
    "Volgens de teamleider worden incidenten wekelijks in het teamoverleg besproken; "
    "medewerkers bevestigen dit.",
    "Een {staff} geeft aan dat de inwerkperiode voor invalkrachten uit één meeloopdienst bestaat.",
    "Medewerkers kunnen concreet vertellen hoe zij werken aan {norm}; zij noemen de afspraken uit "
    "het {plan}.",
    "Een {staff} bespreekt signalen over {clients} met de {otherStaff}, maar terugkoppeling blijft "
    "vaak uit.",
    "De {otherStaff} vertelt dat er sinds {month} geen vaste aandachtsvelder voor "
    "medicatieveiligheid meer is.",
};
constexpr const char *InterviewFindings[] = {
    "Een {client} vertelt zich veilig te voelen en vertrouwen te hebben in de vaste medewerkers.",
    "Een naaste geeft aan dat afspraken uit het {plan} niet altijd worden nagekomen, vooral in het "
    "weekend.",
    "De cliëntenraad zegt goed te worden geïnformeerd, maar pas laat te worden betrokken bij "
    "besluiten.",
    "R:Een {client} vertelt dat er weinig te doen is en dat de dagen lang duren.",
    "Een naaste is tevreden over de communicatie en wordt gebeld bij veranderingen.",
    "Over {norm} zegt een {client} dat hij of zij niet weet bij wie een klacht kan worden "
    "ingediend.",
};
constexpr const char *FileStudyFindings[] = {
    "Dossieronderzoek: bij {n} van de {m} {clients} is het {plan} in de afgelopen zes maanden "
    "geëvalueerd.",
    "Dossieronderzoek: de rapportage beschrijft handelingen, maar zelden het welzijn van de "
    "{client}.",
    "In {n} van de {m} dossiers ontbreekt de handtekening van de {client} of diens "
    "vertegenwoordiger onder "
    "het {plan}.",
    "Dossieronderzoek bij {norm}: de afspraken zijn vastgelegd maar niet concreet en meetbaar "
    "geformuleerd.",
    "Bij {n} van de {m} {clients} met een verhoogd valrisico is geen risicoanalyse in het dossier "
    "te vinden.",
};

// Findings about the linked norm itself, with one of the norm's evidence items.
constexpr const char *NormObservedFindings[] = {
    "Bij de rondgang letten wij op {norm}: wat wij zagen kwam overeen met de beschreven werkwijze.",
    "Bij de rondgang letten wij op {norm}: de beschreven werkwijze was in de praktijk niet terug "
    "te "
    "zien.",
    "Wij keken naar {evidence}; dit gaf een wisselend beeld van {norm}.",
};
constexpr const char *NormDocumentFindings[] = {
    "Ingezien: {evidence}. De afspraken over {norm} zijn actueel en worden aantoonbaar gevolgd.",
    "Ingezien: {evidence}. Hieruit blijkt niet hoe de zorgaanbieder {norm} borgt; het document is "
    "sinds {year} niet bijgewerkt.",
    "Ingezien: {evidence}. In {n} van de {m} gevallen is dit volledig en actueel.",
};
constexpr const char *NormStaffFindings[] = {
    "Medewerkers vertellen over {norm} dat de afspraken bekend zijn, maar in drukke diensten niet "
    "altijd worden nageleefd.",
    "Een {staff} kan uitleggen hoe het team werkt aan {norm} en verwijst daarbij naar {evidence}.",
    "De {otherStaff} weet niet wie binnen de organisatie verantwoordelijk is voor {norm}.",
};
constexpr const char *NormInterviewFindings[] = {
    "Een {client} vertelt over {norm} dat er goed naar hem of haar wordt geluisterd.",
    "Een naaste zegt over {norm} dat gemaakte afspraken niet altijd worden nagekomen.",
};
constexpr const char *NormFileStudyFindings[] = {
    "Dossieronderzoek ({evidence}): in {n} van de {m} dossiers is {norm} concreet uitgewerkt.",
    "Dossieronderzoek ({evidence}): afspraken over {norm} ontbreken of zijn verouderd.",
};

constexpr const char *ClientAnswers[] = {
    "Ik woon hier prettig, de meeste medewerkers kennen mij goed.",
    "R:'s Avonds moet ik soms lang wachten als ik op de bel druk.",
    "R:Ik mag zelf bepalen hoe laat ik opsta en wat ik eet.",
    "R:In het weekend is er niet veel te doen.",
    "Ik weet niet goed wat er in mijn plan staat.",
    "Als ik ergens mee zit, weet ik bij wie ik terecht kan.",
    "Ze nemen de tijd voor mij en leggen uit wat ze gaan doen.",
    "Ik moet mijn verhaal vaak opnieuw vertellen aan iemand anders.",
};
constexpr const char *RelativeAnswers[] = {
    "Ik word gebeld als er iets verandert, daar ben ik blij mee.",
    "Ik weet niet goed bij wie ik terecht kan als ik me zorgen maak.",
    "Er zijn veel wisselende gezichten; ik moet steeds opnieuw uitleggen wat mijn moeder nodig "
    "heeft.",
    "Het laatste overleg was goed voorbereid en mijn vragen werden serieus genomen.",
    "R:Ik heb een klacht ingediend over kwijtgeraakte kleding; ik heb daar niets meer over "
    "gehoord.",
    "De medewerkers doen hun best, maar ze hebben te weinig tijd.",
};
constexpr const char *CouncilAnswers[] = {
    "De raad krijgt de stukken vaak pas een dag voor de vergadering.",
    "Wij zijn om advies gevraagd over de nieuwe werkwijze en dat advies is overgenomen.",
    "De bestuurder komt twee keer per jaar bij onze vergadering.",
    "Wij missen informatie over de uitkomsten van de incidentmeldingen.",
};
constexpr const char *StaffAnswers[] = {
    "Ik voel me vrij om fouten te melden; we bespreken ze in het teamoverleg.",
    "Door de vacatures draaien we veel extra diensten.",
    "Scholing wordt aangeboden, maar er is weinig tijd om die te volgen.",
    "Bij twijfel bel ik de dienstdoende arts; die is goed bereikbaar.",
    "Nieuwe collega's lopen twee diensten mee en staan dan op het rooster.",
    "Als ik twijfel, overleg ik met een collega; dat kan altijd.",
};
constexpr const char *ManagementAnswers[] = {
    "Wij sturen op de uitkomsten van de tevredenheidsmeting en de incidentmeldingen.",
    "Het verzuim is het afgelopen jaar gedaald naar zeven procent.",
    "Verbeterplannen worden per kwartaal in het managementteam besproken.",
    "De raad van toezicht heeft een commissie kwaliteit en veiligheid ingesteld.",
};

constexpr const char *ClientQuestions[] = {"Hoe bevalt het wonen of de zorg hier?",
                                           "Weet u wat er in uw plan staat?"};
constexpr const char *RelativeQuestions[] = {"Hoe wordt u betrokken bij de zorg?",
                                             "Weet u waar u terecht kunt met een klacht?"};
constexpr const char *CouncilQuestions[] = {"Hoe betrekt de organisatie de raad bij besluiten?"};
constexpr const char *StaffQuestions[] = {"Wat doet u als u een fout ziet of maakt?",
                                          "Hoe bent u ingewerkt?"};
constexpr const char *ManagementQuestions[] = {"Hoe weet u of de zorg goed is?"};

constexpr const char *ReviewComments[] = {
    "Onderbouw het oordeel bij norm {code} met een concrete waarneming.",
    "Is bij {code} het wederhoor van de bestuurder al verwerkt?",
    "Formuleer dit neutraler; 'schrijnend' is een oordeel, geen bevinding.",
    "'Voldoet grotendeels' lijkt mij bij {code} te mild gezien de bevindingen over "
    "medicatieveiligheid.",
    "Verwijs hier naar het calamiteitenonderzoek dat de zorgaanbieder zelf heeft gedaan.",
    "Hier staat de functie én de dienst van een medewerker: herleidbaar, graag anonimiseren.",
    "De conclusie sluit niet aan bij de bevindingen bij {code}.",
    "Goed uitgewerkt, geen opmerkingen.",
};

constexpr const char *DocumentNames[] = {
    "kwaliteitsverslag-{year}.pdf",      "rooster-week-{week}.pdf",
    "notulen-clientenraad-{month}.pdf",  "overzicht-incidentmeldingen-kwartaal-{quarter}.pdf",
    "scholingsoverzicht-{year}.pdf",     "calamiteitenonderzoek-{month}-{year}.pdf",
    "medicatieoverzicht-{unitSlug}.pdf", "beleid-vrijheidsbeperking-{year}.pdf",
};

constexpr const char *MonthNames[] = {"januari",   "februari", "maart",    "april",
                                      "mei",       "juni",     "juli",     "augustus",
                                      "september", "oktober",  "november", "december"};

constexpr TeamTemplate Teams[] = {
    {"Team Verpleging, Verzorging en Thuiszorg", {Sector::NursingAndCare, Sector::HomeCare}, 2},
    {"Team Gehandicaptenzorg", {Sector::DisabilityCare, Sector::DisabilityCare}, 1},
    {"Team Ggz en Forensische zorg", {Sector::MentalHealthCare, Sector::JusticeAndAsylumCare}, 2},
    {"Team Jeugd", {Sector::YouthCare, Sector::YouthCare}, 1},
    {"Team Eerstelijnszorg en Preventie", {Sector::PrimaryCare, Sector::Prevention}, 2},
    {"Team Medisch-specialistische zorg",
     {Sector::MedicalSpecialistCare, Sector::MedicalSpecialistCare},
     1},
    {"Team Geneesmiddelen en Medische technologie",
     {Sector::PharmaceuticalProducts, Sector::MedicalTechnology},
     2},
};

} // namespace

std::span<const City> cities()
{
    return Cities;
}

Words streets()
{
    return Streets;
}

Words firstNames()
{
    return FirstNames;
}

Words surnames()
{
    return Surnames;
}

Words unitNames()
{
    return UnitNames;
}

const SectorWords &sectorWords(Sector sector)
{
    for (const SectorWords &words : SectorTable)
        if (words.sector == sector)
            return words;
    Q_UNREACHABLE();
    return SectorTable.front();
}

Words providerPatterns(Sector sector)
{
    switch (sector) {
    case Sector::PrimaryCare:
        return PrimaryPatterns;
    case Sector::PharmaceuticalProducts:
        return PharmacyPatterns;
    case Sector::MentalHealthCare:
        return MentalPatterns;
    case Sector::DisabilityCare:
        return DisabilityPatterns;
    case Sector::YouthCare:
        return YouthPatterns;
    case Sector::MedicalSpecialistCare:
        return HospitalPatterns;
    case Sector::MedicalTechnology:
        return TechPatterns;
    case Sector::Prevention:
        return PreventionPatterns;
    case Sector::NursingAndCare:
        return NursingPatterns;
    case Sector::HomeCare:
        return HomeCarePatterns;
    case Sector::JusticeAndAsylumCare:
        return JusticePatterns;
    }
    return NursingPatterns;
}

Words providerCores(Sector sector)
{
    switch (sector) {
    case Sector::PrimaryCare:
        return PrimaryCores;
    case Sector::PharmaceuticalProducts:
        return PharmacyCores;
    case Sector::MentalHealthCare:
        return MentalCores;
    case Sector::YouthCare:
        return YouthCores;
    case Sector::MedicalSpecialistCare:
        return HospitalCores;
    case Sector::MedicalTechnology:
        return TechCores;
    case Sector::JusticeAndAsylumCare:
        return JusticeCores;
    case Sector::DisabilityCare:
    case Sector::Prevention:
    case Sector::NursingAndCare:
    case Sector::HomeCare:
        return CareCores;
    }
    return CareCores;
}

Words locationPrefixes(Sector sector)
{
    switch (sector) {
    case Sector::NursingAndCare:
        return NursingLocations;
    case Sector::DisabilityCare:
        return DisabilityLocations;
    case Sector::YouthCare:
        return YouthLocations;
    case Sector::MentalHealthCare:
    case Sector::JusticeAndAsylumCare:
        return MentalLocations;
    case Sector::MedicalSpecialistCare:
        return HospitalLocations;
    case Sector::PrimaryCare:
    case Sector::PharmaceuticalProducts:
    case Sector::MedicalTechnology:
    case Sector::Prevention:
    case Sector::HomeCare:
        return OfficeLocations;
    }
    return OfficeLocations;
}

Words signalTemplates(SignalSource source)
{
    switch (source) {
    case SignalSource::IncidentReport:
        return IncidentSignals;
    case SignalSource::Complaint:
        return ComplaintSignals;
    case SignalSource::DataIndicator:
        return DataSignals;
    case SignalSource::Media:
        return MediaSignals;
    }
    return IncidentSignals;
}

Words residentialSignalTemplates(SignalSource source)
{
    switch (source) {
    case SignalSource::IncidentReport:
        return ResidentialIncidentSignals;
    case SignalSource::Complaint:
        return ResidentialComplaintSignals;
    case SignalSource::DataIndicator:
        return ResidentialDataSignals;
    case SignalSource::Media:
        return ResidentialMediaSignals;
    }
    return ResidentialIncidentSignals;
}

Words findingTemplates(ObservationSource source)
{
    switch (source) {
    case ObservationSource::Observed:
        return ObservedFindings;
    case ObservationSource::Document:
        return DocumentFindings;
    case ObservationSource::StaffConversation:
        return StaffFindings;
    case ObservationSource::Interview:
        return InterviewFindings;
    case ObservationSource::FileStudy:
        return FileStudyFindings;
    }
    return ObservedFindings;
}

Words normFindingTemplates(ObservationSource source)
{
    switch (source) {
    case ObservationSource::Observed:
        return NormObservedFindings;
    case ObservationSource::Document:
        return NormDocumentFindings;
    case ObservationSource::StaffConversation:
        return NormStaffFindings;
    case ObservationSource::Interview:
        return NormInterviewFindings;
    case ObservationSource::FileStudy:
        return NormFileStudyFindings;
    }
    return NormObservedFindings;
}

Words interviewAnswers(RespondentGroup group)
{
    switch (group) {
    case RespondentGroup::Client:
        return ClientAnswers;
    case RespondentGroup::Relative:
        return RelativeAnswers;
    case RespondentGroup::ClientCouncil:
        return CouncilAnswers;
    case RespondentGroup::Staff:
        return StaffAnswers;
    case RespondentGroup::Management:
        return ManagementAnswers;
    }
    return ClientAnswers;
}

Words fallbackQuestions(RespondentGroup group)
{
    switch (group) {
    case RespondentGroup::Client:
        return ClientQuestions;
    case RespondentGroup::Relative:
        return RelativeQuestions;
    case RespondentGroup::ClientCouncil:
        return CouncilQuestions;
    case RespondentGroup::Staff:
        return StaffQuestions;
    case RespondentGroup::Management:
        return ManagementQuestions;
    }
    return ClientQuestions;
}

Words reviewCommentTemplates()
{
    return ReviewComments;
}

Words documentNames()
{
    return DocumentNames;
}

Words monthNames()
{
    return MonthNames;
}

std::span<const TeamTemplate> teamTemplates()
{
    return Teams;
}

} // namespace schouw::demo
