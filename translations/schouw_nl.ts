<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>The PostgreSQL server refused the password of the office store's database user. Check the password file ([store] password_file) or PGPASSFILE.</source>
        <translation>De PostgreSQL-server heeft het wachtwoord van de databasegebruiker van de kantooropslag geweigerd. Controleer het wachtwoordbestand ([store] password_file) of PGPASSFILE.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the office store's login: the user in the store URL is unknown, or pg_hba.conf does not let it in.</source>
        <translation>De PostgreSQL-server heeft de aanmelding van de kantooropslag geweigerd: de gebruiker in de opslag-URL is onbekend, of pg_hba.conf laat deze niet toe.</translation>
    </message>
    <message>
        <source>The database named in the store URL does not exist on the PostgreSQL server. Create it (createdb) and start again.</source>
        <translation>De database die in de opslag-URL wordt genoemd, bestaat niet op de PostgreSQL-server. Maak deze aan (createdb) en start opnieuw.</translation>
    </message>
    <message>
        <source>The PostgreSQL server accepts no more connections right now. Try again shortly.</source>
        <translation>De PostgreSQL-server accepteert op dit moment geen verbindingen meer. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the office store's connection.</source>
        <translation>De PostgreSQL-server heeft de verbinding van de kantooropslag geweigerd.</translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password and none was given. Name a password file ([store] password_file) or set PGPASSFILE.</source>
        <translation>De PostgreSQL-server vraagt om een wachtwoord, maar er is geen opgegeven. Geef een wachtwoordbestand op ([store] password_file) of stel PGPASSFILE in.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached. Check that it runs and that the store URL names the right host and port.</source>
        <translation>De PostgreSQL-server op %1 is niet bereikbaar. Controleer of deze draait en of de opslag-URL de juiste host en poort noemt.</translation>
    </message>
    <message>
        <source>The connection to the office store's PostgreSQL server was lost. Try again shortly.</source>
        <translation>De verbinding met de PostgreSQL-server van de kantooropslag is verbroken. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The office store is busy. Try again shortly.</source>
        <translation>De kantooropslag is bezet. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the office store.</source>
        <translation>De wijziging is in strijd met gegevens die al in de kantooropslag staan.</translation>
    </message>
    <message>
        <source>The office store cannot keep this value.</source>
        <translation>De kantooropslag kan deze waarde niet bewaren.</translation>
    </message>
    <message>
        <source>The PostgreSQL server's disk is full. Nothing was saved.</source>
        <translation>De schijf van de PostgreSQL-server is vol. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The office store's PostgreSQL server reported an unexpected error.</source>
        <translation>De PostgreSQL-server van de kantooropslag meldde een onverwachte fout.</translation>
    </message>
    <message>
        <source>The store URL cannot be read. Write it as postgresql://user@host:port/database (the URL is not shown here: it may contain a password).</source>
        <translation>De opslag-URL is onleesbaar. Schrijf deze als postgresql://gebruiker@host:poort/database (de URL wordt hier niet getoond: deze kan een wachtwoord bevatten).</translation>
    </message>
    <message>
        <source>The PostgreSQL client library could not start a connection.</source>
        <translation>De PostgreSQL-clientbibliotheek kon geen verbinding starten.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer in time.</source>
        <translation>De PostgreSQL-server op %1 antwoordde niet op tijd.</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The file is larger than %1, the most an attachment may be.</source>
        <translation>Het bestand is groter dan %1, de maximale grootte van een bijlage.</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>De bijlage bestaat niet meer.</translation>
    </message>
    <message>
        <source>The attachment could not be written.</source>
        <translation>De bijlage kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The attachment is damaged.</source>
        <translation>De bijlage is beschadigd.</translation>
    </message>
    <message>
        <source>An attachment arrived damaged from the office and was discarded. It is downloaded again at the next sync.</source>
        <translation>Een bijlage is beschadigd van het kantoor binnengekomen en is verwijderd. Bij de volgende synchronisatie wordt deze opnieuw gedownload.</translation>
    </message>
    <message>
        <source>The attachment's content has not been downloaded yet. It arrives with the next sync.</source>
        <translation>De inhoud van de bijlage is nog niet gedownload. Deze komt binnen bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>The attachment's content is not on this computer.</source>
        <translation>De inhoud van de bijlage staat niet op deze computer.</translation>
    </message>
    <message>
        <source>The attachment download is out of order.</source>
        <translation>De bijlage wordt niet in de juiste volgorde gedownload.</translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The office sent changes this version of Schouw cannot apply. Nothing of them was applied.</source>
        <translation>Het kantoor stuurde wijzigingen die deze versie van Schouw niet kan verwerken. Er is niets van overgenomen.</translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>The change could not be saved.</source>
        <translation>De wijziging kon niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation>Het te wijzigen record bestaat niet meer.</translation>
    </message>
    <message>
        <source>The record to restore is not here.</source>
        <translation>Het record dat u wilt terugzetten staat niet in deze kluis.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Onbekende optie '%1'.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Geen opdracht opgegeven.</translation>
    </message>
    <message>
        <source>Unexpected argument after the command.</source>
        <translation>Onverwacht argument na de opdracht.</translation>
    </message>
    <message>
        <source>Unknown command. Commands are: %1.</source>
        <translation>Onbekende opdracht. Beschikbare opdrachten: %1.</translation>
    </message>
    <message>
        <source>The option '--%1' does not apply to '%2'.</source>
        <translation>De optie '--%1' is niet van toepassing op '%2'.</translation>
    </message>
    <message>
        <source>The option '--%1' is given more than once.</source>
        <translation>De optie '--%1' is meer dan eens opgegeven.</translation>
    </message>
    <message>
        <source>The option '--%1' needs a value.</source>
        <translation>De optie '--%1' vereist een waarde.</translation>
    </message>
    <message>
        <source>Name the vault's folder with --vault DIR.</source>
        <translation>Geef de map van de kluis op met --vault MAP.</translation>
    </message>
    <message>
        <source>--kdf must be 'standard' or 'fast'.</source>
        <translation>--kdf moet 'standard' of 'fast' zijn.</translation>
    </message>
    <message>
        <source>demo needs --profile small or --profile large.</source>
        <translation>demo vereist --profile small of --profile large.</translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 upwards.</source>
        <translation>--seed moet een geheel getal van 0 of hoger zijn.</translation>
    </message>
    <message>
        <source>'%1' needs an argument.</source>
        <translation>'%1' vereist een argument.</translation>
    </message>
    <message>
        <source>--provider must be a provider id (a UUID).</source>
        <translation>--provider moet het id van een zorgaanbieder zijn (een UUID).</translation>
    </message>
    <message>
        <source>--user and --password-file go together: the first sync needs both.</source>
        <translation>--user en --password-file horen bij elkaar: de eerste synchronisatie heeft beide nodig.</translation>
    </message>
    <message>
        <source>--pin must have the form sha256//&lt;base64 of 32 bytes&gt;.</source>
        <translation>--pin moet de vorm sha256//&lt;base64 van 32 bytes&gt; hebben.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600.</source>
        <translation>--timeout moet een aantal seconden van 1 tot en met 3600 zijn.</translation>
    </message>
    <message>
        <source>Usage: schouw-cli --vault DIR [--passphrase-file FILE] [--verbose] COMMAND [OPTIONS]

Commands:
  init [--kdf standard|fast]
      Create a new vault in DIR.
  demo --profile small|large [--seed N]
      Fill the vault with synthetic demo data; prints what was made as JSON.
  stats
      Print the number of records and of changes waiting for sync as JSON.
  check
      Check the vault's integrity and print a JSON report.
  passwd [--new-passphrase-file FILE] [--kdf standard|fast]
      Change the passphrase. Only the key file is rewritten.
  framework import FILE
      Check an assessment framework file and add it to the vault. Prints the
      problems as JSON when the file is not valid; nothing is imported then.
  framework list
      Print the framework versions in the vault as a JSON array.
  framework show ID
      Print one framework version with its themes and norms as JSON.
  visit list [--provider ID]
      Print the visits, or one provider's visits, as a JSON array.
  providers import FILE [--dry-run] [--valid-lines-only]
      Import providers and locations from a CSV register (see
      docs/provider-register.md). A file with problems is listed per line as
      JSON and nothing is imported, unless --valid-lines-only is given.
  sync [--server URL] [--user NAME --password-file FILE] [--pin PIN]...
       [--ca-file FILE] [--allow-deletes] [--accept-server-change]
       [--timeout SECONDS]
      Send this computer's changes to the office and fetch the office's
      (see docs/sync-client.md); prints what moved as JSON. The first sync
      needs --server, --user and --password-file; later ones use the stored
      address and login.

Options:
  --vault DIR                 The folder of the vault.
  --passphrase-file FILE      Read the passphrase from the first line of FILE.
                              Without it the passphrase is asked for on the
                              terminal, or read as one line from standard input
                              when that is not a terminal.
  --new-passphrase-file FILE  passwd: read the new passphrase from FILE.
  --kdf standard|fast         Cost of deriving the key from the passphrase.
                              'fast' is for tests only: it makes the passphrase
                              far easier to guess. Default: standard.
  --profile small|large       demo: the size of the data set.
  --seed N                    demo: the same seed gives the same data (default 1).
  --provider ID               visit list: only this provider's visits.
  --dry-run                   providers import: check and count, write nothing.
  --valid-lines-only          providers import: import the valid lines and
                              report the others.
  --server URL                sync: the office's address (https://...; http://
                              only to localhost).
  --user NAME                 sync: log in as NAME.
  --password-file FILE        sync: read the password from the first line of FILE.
  --pin sha256//BASE64        sync: accept only an office certificate with this
                              public key (SPKI SHA-256); repeat for a backup pin.
  --ca-file FILE              sync: trust the office CA certificate(s) in FILE (PEM).
  --allow-deletes             sync: go ahead when the office deletes many records.
  --accept-server-change      sync: go ahead when the office's data changed
                              (restored backup); all local changes are sent again.
  --timeout SECONDS           sync: give up on a silent office after this long
                              (default 30).
  --verbose                   Add technical details to errors; log progress.
  -h, --help                  Show this help.
  --version                   Show the version.

A passphrase or password is never accepted as a command-line argument.

Exit codes: 0 success; 1 other error; 2 wrong usage; 3 wrong passphrase;
4 damaged vault, invalid input or a failed check; 5 the office cannot be
reached or is busy; 6 log in again; 7 the sync stopped to ask for
confirmation; 8 the office revoked this device (the vault was wiped).
</source>
        <translation>Gebruik: schouw-cli --vault MAP [--passphrase-file BESTAND] [--verbose] OPDRACHT [OPTIES]

Opdrachten:
  init [--kdf standard|fast]
      Maak een nieuwe kluis in MAP.
  demo --profile small|large [--seed N]
      Vul de kluis met synthetische demogegevens; toont wat is gemaakt als JSON.
  stats
      Toon het aantal records en wijzigingen die op synchronisatie wachten als JSON.
  check
      Controleer de integriteit van de kluis en toon een JSON-rapport.
  passwd [--new-passphrase-file BESTAND] [--kdf standard|fast]
      Wijzig de wachtwoordzin. Alleen het sleutelbestand wordt herschreven.
  framework import BESTAND
      Controleer een toetsingskader en voeg het toe aan de kluis. Toont de
      problemen als JSON als het bestand niet geldig is; er wordt dan niets
      geïmporteerd.
  framework list
      Toon de versies van toetsingskaders in de kluis als JSON-lijst.
  framework show ID
      Toon één versie van een toetsingskader met thema's en normen als JSON.
  visit list [--provider ID]
      Toon de inspectiebezoeken, of die van één zorgaanbieder, als JSON-lijst.
  providers import BESTAND [--dry-run] [--valid-lines-only]
      Importeer zorgaanbieders en locaties uit een CSV-register (zie
      docs/provider-register.md). Een bestand met problemen wordt per regel
      als JSON getoond en er wordt niets geïmporteerd, tenzij
      --valid-lines-only is opgegeven.
  sync [--server URL] [--user NAAM --password-file BESTAND] [--pin PIN]...
       [--ca-file BESTAND] [--allow-deletes] [--accept-server-change]
       [--timeout SECONDEN]
      Stuur de wijzigingen van deze computer naar het kantoor en haal die van
      het kantoor op (zie docs/sync-client.md); toont wat is uitgewisseld als
      JSON. De eerste synchronisatie vraagt --server, --user en
      --password-file; latere gebruiken het opgeslagen adres en de
      opgeslagen aanmelding.

Opties:
  --vault MAP                 De map van de kluis.
  --passphrase-file BESTAND   Lees de wachtwoordzin uit de eerste regel van
                              BESTAND. Zonder deze optie wordt de wachtwoordzin
                              op de terminal gevraagd, of als één regel gelezen
                              van standaardinvoer als dat geen terminal is.
  --new-passphrase-file BESTAND
                              passwd: lees de nieuwe wachtwoordzin uit BESTAND.
  --kdf standard|fast         Kosten van het afleiden van de sleutel uit de
                              wachtwoordzin. 'fast' is alleen voor tests: de
                              wachtwoordzin is dan veel makkelijker te raden.
                              Standaard: standard.
  --profile small|large       demo: de omvang van de gegevensset.
  --seed N                    demo: dezelfde seed geeft dezelfde gegevens
                              (standaard 1).
  --provider ID               visit list: alleen de bezoeken van deze
                              zorgaanbieder.
  --dry-run                   providers import: controleer en tel, schrijf
                              niets.
  --valid-lines-only          providers import: importeer de geldige regels en
                              meld de andere.
  --server URL                sync: het adres van het kantoor (https://...;
                              http:// alleen naar localhost).
  --user NAAM                 sync: meld aan als NAAM.
  --password-file BESTAND     sync: lees het wachtwoord uit de eerste regel van
                              BESTAND.
  --pin sha256//BASE64        sync: accepteer alleen een kantoorcertificaat met
                              deze publieke sleutel (SPKI SHA-256); herhaal de
                              optie voor een reservepin.
  --ca-file BESTAND           sync: vertrouw de CA-certificaten van het kantoor
                              in BESTAND (PEM).
  --allow-deletes             sync: ga door als het kantoor veel records
                              verwijdert.
  --accept-server-change      sync: ga door als de gegevens van het kantoor zijn
                              veranderd (teruggezette back-up); alle lokale
                              wijzigingen worden opnieuw verstuurd.
  --timeout SECONDEN          sync: geef het op als het kantoor zo lang niets
                              laat horen (standaard 30).
  --verbose                   Voeg technische details toe aan foutmeldingen;
                              toon voortgang.
  -h, --help                  Toon deze hulp.
  --version                   Toon de versie.

Een wachtwoordzin of wachtwoord wordt nooit als argument op de opdrachtregel
geaccepteerd.

Afsluitcodes: 0 gelukt; 1 andere fout; 2 verkeerd gebruik; 3 verkeerde
wachtwoordzin; 4 beschadigde kluis, ongeldige invoer of een mislukte controle;
5 het kantoor is niet bereikbaar of bezet; 6 meld opnieuw aan; 7 de
synchronisatie is gestopt om bevestiging te vragen; 8 het kantoor heeft dit
apparaat ingetrokken (de kluis is gewist).
</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Er staat geen kluis in deze map.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Wachtwoordzin: </translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation>Er staat al een kluis in deze map.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nieuwe wachtwoordzin: </translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Herhaal de wachtwoordzin: </translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Huidige wachtwoordzin: </translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation>Herhaal de nieuwe wachtwoordzin: </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n probleem in %1; er is niets geïmporteerd.</numerusform>
            <numerusform>%n problemen in %1; er is niets geïmporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <source>A framework id is a UUID.</source>
        <translation>Het id van een toetsingskader is een UUID.</translation>
    </message>
    <message>
        <source>There is no framework with this id in the vault.</source>
        <translation>Er staat geen toetsingskader met dit id in de kluis.</translation>
    </message>
    <message>
        <source>There is no provider with this id in the vault.</source>
        <translation>Er staat geen zorgaanbieder met dit id in de kluis.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems were skipped.</source>
        <translation>
            <numerusform>%n regel met problemen is overgeslagen.</numerusform>
            <numerusform>%n regels met problemen zijn overgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>Het CA-bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The CA file %1 is too large for a certificate file.</source>
        <translation>Het CA-bestand %1 is te groot voor een certificaatbestand.</translation>
    </message>
    <message>
        <source>Connecting to the office</source>
        <translation>Verbinding maken met het kantoor</translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation>Wijzigingen versturen</translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation>Wijzigingen ontvangen</translation>
    </message>
    <message>
        <source>Sync done</source>
        <translation>Synchronisatie voltooid</translation>
    </message>
    <message>
        <source>The office has revoked this device. The vault on this computer has been wiped.</source>
        <translation>Het kantoor heeft dit apparaat ingetrokken. De kluis op deze computer is gewist.</translation>
    </message>
    <message>
        <source>The office has revoked this device. Wiping the vault failed: %1</source>
        <translation>Het kantoor heeft dit apparaat ingetrokken. Het wissen van de kluis is mislukt: %1</translation>
    </message>
    <message>
        <source>run the sync again with --allow-deletes to apply the deletions.</source>
        <translation>voer de synchronisatie opnieuw uit met --allow-deletes om de verwijderingen te verwerken.</translation>
    </message>
    <message>
        <source>run the sync again with --accept-server-change to go ahead.</source>
        <translation>voer de synchronisatie opnieuw uit met --accept-server-change om door te gaan.</translation>
    </message>
    <message>
        <source>log in with --user NAME --password-file FILE.</source>
        <translation>meld u aan met --user NAAM --password-file BESTAND.</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation>Dit conflict is al opgelost.</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Risk signal check</source>
        <translation>Controle van risicosignaal</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Reviewopmerking</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Inspectiebezoek</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Bijlage</translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation>Gespreksaantekeningen</translation>
    </message>
    <message>
        <source>Interview answers</source>
        <translation>Antwoorden in het gesprek</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Note on the signal</source>
        <translation>Toelichting bij het signaal</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Rapporttekst</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>%1: warning: %2</source>
        <translation>%1: waarschuwing: %2</translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation>De bewerking is mislukt.</translation>
    </message>
    <message>
        <source>Run '%1 --help' for usage.</source>
        <translation>Voer '%1 --help' uit voor gebruiksinformatie.</translation>
    </message>
    <message>
        <source>the new passphrase is weak. %1</source>
        <translation>de nieuwe wachtwoordzin is zwak. %1</translation>
    </message>
    <message>
        <source>The passphrase is too weak. %1</source>
        <translation>De wachtwoordzin is te zwak. %1</translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>De wachtwoordzinnen komen niet overeen.</translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Welcome to Schouw</source>
        <translation>Welkom bij Schouw</translation>
    </message>
    <message>
        <source>Schouw encrypts everything it keeps on this computer. Choose a passphrase to protect it; you will enter it each time you open Schouw.</source>
        <translation>Schouw versleutelt alles wat het op deze computer bewaart. Kies een wachtwoordzin om dit te beveiligen; die vul je elke keer in als je Schouw opent.</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, by you or by anyone else. Without it, the data on this computer cannot be opened.</source>
        <translation>Een vergeten wachtwoordzin is niet te herstellen, door jezelf niet en door niemand anders. Zonder wachtwoordzin zijn de gegevens op deze computer niet te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Several unrelated words work well</source>
        <translation>Enkele willekeurige woorden werken goed</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>&amp;Account aanmaken</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation>Het bestand is groter dan %1 MiB.</translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text.</source>
        <translation>Deze regel is geen geldige UTF-8-tekst.</translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation>Het bestand heeft meer dan %1 regels.</translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote; a quote inside a quoted field must be doubled ("").</source>
        <translation>Onverwachte tekst na een sluitend aanhalingsteken; een aanhalingsteken binnen een veld tussen aanhalingstekens moet dubbel staan ("").</translation>
    </message>
    <message>
        <source>A quoted field that starts on this line is never closed.</source>
        <translation>Een veld tussen aanhalingstekens dat op deze regel begint, wordt nergens afgesloten.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The vault is damaged and cannot be read. It has not been changed.</source>
        <translation>De kluis is beschadigd en kan niet worden gelezen. Er is niets aan gewijzigd.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>De kluis wordt gebruikt door een ander programma.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation>De schijf is vol. Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The vault file could not be read or written.</source>
        <translation>Het kluisbestand kon niet worden gelezen of geschreven.</translation>
    </message>
    <message>
        <source>The change conflicts with data already in the vault.</source>
        <translation>De wijziging is in strijd met gegevens die al in de kluis staan.</translation>
    </message>
    <message>
        <source>The vault reported an unexpected error.</source>
        <translation>De kluis meldde een onverwachte fout.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Demo data can only be added to an empty vault.</source>
        <translation>Demogegevens kunnen alleen aan een lege kluis worden toegevoegd.</translation>
    </message>
    <message>
        <source>No framework fits any of the demo providers.</source>
        <translation>Geen enkel toetsingskader past bij de zorgaanbieders in de demogegevens.</translation>
    </message>
    <message>
        <source>Visits, observations, interviews and attachments</source>
        <translation>Bezoeken, waarnemingen, gesprekken en bijlagen</translation>
    </message>
    <message>
        <source>Teams and users</source>
        <translation>Teams en gebruikers</translation>
    </message>
    <message>
        <source>Providers, locations and risk signals</source>
        <translation>Zorgaanbieders, locaties en risicosignalen</translation>
    </message>
    <message>
        <source>Assessment frameworks</source>
        <translation>Toetsingskaders</translation>
    </message>
    <message>
        <source>No sample frameworks are built in.</source>
        <translation>Er zijn geen voorbeeldtoetsingskaders ingebouwd.</translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>No temporary directory is available for the demo data.</source>
        <translation>Er is geen tijdelijke map beschikbaar voor de demonstratiegegevens.</translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation>--seed vraagt om een geheel getal.</translation>
    </message>
    <message>
        <source>Usage: schouw-server demo-seed --config FILE --password-file FILE [--seed N]</source>
        <translation>Gebruik: schouw-server demo-seed --config BESTAND --password-file BESTAND [--seed N]</translation>
    </message>
    <message>
        <source>demo-seed needs --password-file: the password every demo user gets.</source>
        <translation>demo-seed vraagt om --password-file: het wachtwoord dat elke demonstratiegebruiker krijgt.</translation>
    </message>
    <message>
        <source>demo-seed only fills an empty store; this one already holds data. Use a new data directory for a demonstration.</source>
        <translation>demo-seed vult alleen een lege opslag; deze bevat al gegevens. Gebruik voor een demonstratie een nieuwe gegevensmap.</translation>
    </message>
</context>
<context>
    <name>EmbeddedStore</name>
    <message>
        <source>The office store is busy. Try again shortly.</source>
        <translation>De opslag van het kantoor is bezet. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The office store's key file cannot be read.</source>
        <translation>Het sleutelbestand van de kantooropslag kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The office store's key file %1 may be read by other users. Restrict it to the service's account (chmod 600) and start again.</source>
        <translation>Het sleutelbestand van de kantooropslag, %1, is leesbaar voor andere gebruikers. Beperk het tot het account van de dienst (chmod 600) en start opnieuw.</translation>
    </message>
    <message>
        <source>The office store's key file is damaged.</source>
        <translation>Het sleutelbestand van de kantooropslag is beschadigd.</translation>
    </message>
    <message>
        <source>The office store's key file cannot be created.</source>
        <translation>Het sleutelbestand van de kantooropslag kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>No data directory is configured for the office store.</source>
        <translation>Er is geen gegevensmap ingesteld voor de kantooropslag.</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>De gegevensmap %1 kan niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The office store was made by a newer version of schouw-server. Update schouw-server; the store has not been changed.</source>
        <translation>De kantooropslag is gemaakt door een nieuwere versie van schouw-server. Werk schouw-server bij; de opslag is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>De versleutelingsbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The office store %1 exists but its key file store.key is missing. Restore the key file from the backup; the store has not been changed.</source>
        <translation>De kantooropslag %1 bestaat, maar het sleutelbestand store.key ontbreekt. Zet het sleutelbestand terug uit de back-up; de opslag is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The office store cannot be created in %1.</source>
        <translation>De kantooropslag kan niet worden aangemaakt in %1.</translation>
    </message>
    <message>
        <source>schouw-server was built without encryption support and will not store data.</source>
        <translation>schouw-server is gebouwd zonder ondersteuning voor versleuteling en slaat geen gegevens op.</translation>
    </message>
    <message>
        <source>The office store cannot be read with its key file: the key does not belong to this store, or the store is damaged. Nothing has been changed.</source>
        <translation>De kantooropslag kan niet worden gelezen met het sleutelbestand: de sleutel hoort niet bij deze opslag, of de opslag is beschadigd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>The upload is out of order.</source>
        <translation>Het uploaden gebeurt in de verkeerde volgorde.</translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <source>Framework %1 version %2 is already in the vault with different content. An imported version never changes: give the changed framework a new version and a new id.</source>
        <translation>Toetsingskader %1 versie %2 staat al in de kluis, met een andere inhoud. Een geïmporteerde versie verandert nooit: geef het gewijzigde toetsingskader een nieuwe versie en een nieuw id.</translation>
    </message>
    <message>
        <source>The id of this framework is already used by framework %1 version %2. Each version needs its own id.</source>
        <translation>Het id van dit toetsingskader wordt al gebruikt door toetsingskader %1 versie %2. Elke versie heeft een eigen id nodig.</translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The framework file is not valid: %1</source>
        <translation>Het toetsingskader is niet geldig: %1</translation>
    </message>
    <message numerus="yes">
        <source>The framework file has %n problems; the first: %1</source>
        <translation>
            <numerusform>Het toetsingskader heeft %n probleem: %1</numerusform>
            <numerusform>Het toetsingskader heeft %n problemen; het eerste: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkValidator</name>
    <message>
        <source>The file is larger than the limit of %1 MiB.</source>
        <translation>Het bestand is groter dan de grens van %1 MiB.</translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation>Dit is geen geldige JSON: %1.</translation>
    </message>
    <message>
        <source>Stopped after %1 problems; there may be more.</source>
        <translation>Gestopt na %1 problemen; er kunnen er meer zijn.</translation>
    </message>
    <message>
        <source>Expected a %1 here, found a %2.</source>
        <translation>Hier werd een %1 verwacht, maar er staat een %2.</translation>
    </message>
    <message>
        <source>Unknown field '%1'; format %2 does not define it.</source>
        <translation>Onbekend veld '%1'; formaat %2 kent dit veld niet.</translation>
    </message>
    <message>
        <source>The required field '%1' is missing.</source>
        <translation>Het verplichte veld '%1' ontbreekt.</translation>
    </message>
    <message>
        <source>'%1' must not be empty.</source>
        <translation>'%1' mag niet leeg zijn.</translation>
    </message>
    <message>
        <source>This text is %1 characters long; the limit is %2.</source>
        <translation>Deze tekst is %1 tekens lang; de grens is %2.</translation>
    </message>
    <message>
        <source>'%1' must have at least one entry.</source>
        <translation>'%1' moet minstens één onderdeel bevatten.</translation>
    </message>
    <message>
        <source>This list has %1 entries; the limit is %2.</source>
        <translation>Deze lijst heeft %1 onderdelen; de grens is %2.</translation>
    </message>
    <message>
        <source>Unknown sector '%1'. Known sectors: %2.</source>
        <translation>Onbekende sector '%1'. Bekende sectoren: %2.</translation>
    </message>
    <message>
        <source>The sector '%1' is listed twice.</source>
        <translation>De sector '%1' staat er twee keer in.</translation>
    </message>
    <message>
        <source>An evidence hint must be a non-empty string.</source>
        <translation>Een aanwijzing voor bewijs moet een niet-lege tekst zijn.</translation>
    </message>
    <message>
        <source>The norm code '%1' is already used at %2.</source>
        <translation>De normcode '%1' wordt al gebruikt bij %2.</translation>
    </message>
    <message>
        <source>The theme code '%1' is already used at %2.</source>
        <translation>De themacode '%1' wordt al gebruikt bij %2.</translation>
    </message>
    <message>
        <source>The framework has %1 norms; the limit is %2.</source>
        <translation>Het toetsingskader heeft %1 normen; de grens is %2.</translation>
    </message>
    <message>
        <source>The question points at norm '%1', which this framework does not have.</source>
        <translation>De vraag verwijst naar norm '%1', die dit toetsingskader niet heeft.</translation>
    </message>
    <message>
        <source>Unknown respondent group '%1'. Known groups: %2.</source>
        <translation>Onbekende groep gesprekspartners '%1'. Bekende groepen: %2.</translation>
    </message>
    <message>
        <source>The respondent group '%1' already has a guide at %2.</source>
        <translation>De groep gesprekspartners '%1' heeft al een gespreksleidraad bij %2.</translation>
    </message>
    <message>
        <source>The field 'format' is missing; this may not be a Schouw framework file.</source>
        <translation>Het veld 'format' ontbreekt; dit is mogelijk geen toetsingskader voor Schouw.</translation>
    </message>
    <message>
        <source>Format %1 is not supported; this version of Schouw reads format %2.</source>
        <translation>Formaat %1 wordt niet ondersteund; deze versie van Schouw leest formaat %2.</translation>
    </message>
    <message>
        <source>'id' must be a UUID such as 3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11.</source>
        <translation>'id' moet een UUID zijn, zoals 3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>Het bestand is geen geldige UTF-8-tekst.</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The listen address %1 is not an IP address.</source>
        <translation>Het luisteradres %1 is geen IP-adres.</translation>
    </message>
    <message>
        <source>Without TLS the office service only listens on a loopback address (127.0.0.1 or ::1). Configure a TLS certificate and key to listen on %1.</source>
        <translation>Zonder TLS luistert de kantoorserver alleen op een loopbackadres (127.0.0.1 of ::1). Stel een TLS-certificaat en -sleutel in om op %1 te luisteren.</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 does not exist or cannot be read.</source>
        <translation>Het TLS-certificaatbestand %1 bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The TLS key file %1 does not exist or cannot be read.</source>
        <translation>Het TLS-sleutelbestand %1 bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The TLS certificate file %1 does not hold a PEM certificate.</source>
        <translation>Het TLS-certificaatbestand %1 bevat geen PEM-certificaat.</translation>
    </message>
    <message>
        <source>The TLS key file %1 does not hold an unencrypted PEM private key.</source>
        <translation>Het TLS-sleutelbestand %1 bevat geen onversleutelde persoonlijke sleutel in PEM-formaat.</translation>
    </message>
    <message>
        <source>The TLS private key does not belong to the certificate.</source>
        <translation>De persoonlijke TLS-sleutel hoort niet bij het certificaat.</translation>
    </message>
    <message>
        <source>The office service was already started.</source>
        <translation>De kantoorserver is al gestart.</translation>
    </message>
    <message>
        <source>The office service cannot listen on address %1, port %2. Is another program using it?</source>
        <translation>De kantoorserver kan niet luisteren op adres %1, poort %2. Gebruikt een ander programma deze poort?</translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>The interview no longer exists.</source>
        <translation>Het gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>Consent for this interview was declined, so nothing of it is recorded.</source>
        <translation>Voor dit gesprek is geen toestemming gegeven; er wordt niets van vastgelegd.</translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>There is not enough memory to unlock the vault.</source>
        <translation>Er is niet genoeg geheugen om de kluis te ontgrendelen.</translation>
    </message>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation>De cryptografische bibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>The vault key has the wrong size.</source>
        <translation>De kluissleutel heeft een onjuiste grootte.</translation>
    </message>
    <message>
        <source>The vault's key file is damaged. Restore it from a backup.</source>
        <translation>Het sleutelbestand van de kluis is beschadigd. Zet het terug vanuit een back-up.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Schouw. Werk Schouw bij om de kluis te openen.</translation>
    </message>
    <message>
        <source>There is no vault here.</source>
        <translation>Hier staat geen kluis.</translation>
    </message>
    <message>
        <source>The vault's key file could not be read.</source>
        <translation>Het sleutelbestand van de kluis kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The passphrase is incorrect.</source>
        <translation>De wachtwoordzin is onjuist.</translation>
    </message>
    <message>
        <source>A file of the vault could not be written.</source>
        <translation>Een bestand van de kluis kon niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock Schouw now (Ctrl+L)</source>
        <translation>Schouw nu vergrendelen (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Schouw</source>
        <translation>&amp;Over Schouw</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>NormPanel</name>
    <message>
        <source>Norm text and guidance</source>
        <translation>Normtekst en aandachtspunten</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>&amp;1  Meets</source>
        <translation>&amp;1  Voldoet</translation>
    </message>
    <message>
        <source>&amp;2  Largely meets</source>
        <translation>&amp;2  Voldoet grotendeels</translation>
    </message>
    <message>
        <source>&amp;3  Largely fails to meet</source>
        <translation>&amp;3  Voldoet grotendeels niet</translation>
    </message>
    <message>
        <source>&amp;4  Does not meet</source>
        <translation>&amp;4  Voldoet niet</translation>
    </message>
    <message>
        <source>&amp;5  Not assessed</source>
        <translation>&amp;5  Niet getoetst</translation>
    </message>
    <message>
        <source>&amp;0  No judgement yet</source>
        <translation>&amp;0  Geen oordeel</translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation>&amp;Onderbouwing</translation>
    </message>
    <message>
        <source>What does the judgement rest on? Saved as you type.</source>
        <translation>Waar berust het oordeel op? Wordt opgeslagen terwijl u typt.</translation>
    </message>
</context>
<context>
    <name>OfficeAdmin</name>
    <message>
        <source>Usage: schouw-server admin --config FILE VERB ...
  team add NAME | team list
  user add LOGIN --name DISPLAY [--team TEAM] --role ROLE --password-file FILE
  user list | user role LOGIN ROLE | user password LOGIN --password-file FILE
  user disable LOGIN
  assign TEAM PROVIDER_ID... | unassign TEAM PROVIDER_ID...
  framework import FILE.json | providers import FILE.csv [--dry-run]
  device list [--user LOGIN] | device revoke DEVICE_ID</source>
        <translation>Gebruik: schouw-server admin --config BESTAND OPDRACHT ...
  team add NAAM | team list
  user add LOGIN --name WEERGAVENAAM [--team TEAM] --role ROL --password-file BESTAND
  user list | user role LOGIN ROL | user password LOGIN --password-file BESTAND
  user disable LOGIN
  assign TEAM AANBIEDER_ID... | unassign TEAM AANBIEDER_ID...
  framework import BESTAND.json | providers import BESTAND.csv [--dry-run]
  device list [--user LOGIN] | device revoke APPARAAT_ID</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>De optie %1 vraagt om een waarde.</translation>
    </message>
    <message>
        <source>Unknown option %1.
%2</source>
        <translation>Onbekende optie %1.
%2</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>Er is geen gebruiker %1.</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>Het wachtwoordbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Het wachtwoordbestand %1 is leeg.</translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation>Er is geen team %1.</translation>
    </message>
    <message>
        <source>A team needs a name of at most 200 characters.</source>
        <translation>Een team heeft een naam van ten hoogste 200 tekens nodig.</translation>
    </message>
    <message>
        <source>There is already a team named %1.</source>
        <translation>Er is al een team met de naam %1.</translation>
    </message>
    <message>
        <source>A login has 2 to 64 characters: letters, digits, '.', '_' or '-'.</source>
        <translation>Een inlognaam heeft 2 tot 64 tekens: letters, cijfers, '.', '_' of '-'.</translation>
    </message>
    <message>
        <source>A user needs a display name of at most 200 characters.</source>
        <translation>Een gebruiker heeft een weergavenaam van ten hoogste 200 tekens nodig.</translation>
    </message>
    <message>
        <source>Every user but an administrator needs a team.</source>
        <translation>Elke gebruiker behalve een beheerder moet bij een team horen.</translation>
    </message>
    <message>
        <source>There is already a user with the login %1.</source>
        <translation>Er is al een gebruiker met de inlognaam %1.</translation>
    </message>
    <message>
        <source>%1 is not a provider id.</source>
        <translation>%1 is geen id van een zorgaanbieder.</translation>
    </message>
    <message>
        <source>There is no provider %1 in the office's register.</source>
        <translation>Zorgaanbieder %1 staat niet in het register van het kantoor.</translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation>Er is geen apparaat %1.</translation>
    </message>
    <message>
        <source>--role must be inspector, family_inspector, team_lead or administrator.</source>
        <translation>--role moet inspector, family_inspector, team_lead of administrator zijn.</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name is verplicht.</translation>
    </message>
    <message>
        <source>The role must be inspector, family_inspector, team_lead or administrator.</source>
        <translation>De rol moet inspector, family_inspector, team_lead of administrator zijn.</translation>
    </message>
    <message>
        <source>The file is not a provider register.</source>
        <translation>Het bestand is geen register van zorgaanbieders.</translation>
    </message>
</context>
<context>
    <name>OfficeChanges</name>
    <message>
        <source>The office made a change of an unknown kind.</source>
        <translation>Het kantoor heeft een wijziging van een onbekende soort gemaakt.</translation>
    </message>
    <message>
        <source>The office made a change without the provider it belongs to.</source>
        <translation>Het kantoor heeft een wijziging gemaakt zonder de zorgaanbieder waar die bij hoort.</translation>
    </message>
</context>
<context>
    <name>OfficeVault</name>
    <message>
        <source>The office vault's secret cannot be read.</source>
        <translation>Het geheim van de kantoorkluis kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The office vault's secret %1 may be read by other users. Restrict it to the service's account (chmod 600).</source>
        <translation>Het geheim van de kantoorkluis, %1, is leesbaar voor andere gebruikers. Beperk het tot het account van de dienst (chmod 600).</translation>
    </message>
    <message>
        <source>The office vault's secret is damaged.</source>
        <translation>Het geheim van de kantoorkluis is beschadigd.</translation>
    </message>
    <message>
        <source>The office vault's secret cannot be created.</source>
        <translation>Het geheim van de kantoorkluis kan niet worden aangemaakt.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A change is too large to send to the office. It stays in this vault; ask for help.</source>
        <translation>Een wijziging is te groot om naar het kantoor te sturen. Zij blijft in deze kluis bewaard; vraag om hulp.</translation>
    </message>
    <message>
        <source>A change in this vault cannot be sent.</source>
        <translation>Een wijziging in deze kluis kan niet worden verzonden.</translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message numerus="yes">
        <source>The passphrase is longer than %n bytes.</source>
        <translation>
            <numerusform>De wachtwoordzin is langer dan %n byte.</numerusform>
            <numerusform>De wachtwoordzin is langer dan %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtwoordzin is leeg.</translation>
    </message>
    <message>
        <source>The passphrase could not be read.</source>
        <translation>De wachtwoordzin kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation>Er is geen wachtwoordzin opgegeven.</translation>
    </message>
    <message>
        <source>The passphrase file could not be read.</source>
        <translation>Het bestand met de wachtwoordzin kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>The first line of the passphrase file is empty.</source>
        <translation>De eerste regel van het bestand met de wachtwoordzin is leeg.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess. Use several unrelated words.</source>
        <translation>Te makkelijk te raden. Gebruik enkele willekeurige woorden.</translation>
    </message>
    <message>
        <source>Weak. Add another word or make it longer.</source>
        <translation>Zwak. Voeg een woord toe of maak de wachtwoordzin langer.</translation>
    </message>
    <message>
        <source>Reasonable. Longer is stronger.</source>
        <translation>Redelijk. Hoe langer, hoe sterker.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Sterk.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>Het wachtwoord moet ten minste %n teken hebben.</numerusform>
            <numerusform>Het wachtwoord moet ten minste %n tekens hebben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>De versleutelingsbibliotheek kon niet worden gestart.</translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation>Het wachtwoord kon niet worden beveiligd.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>personal name</source>
        <translation>persoonsnaam</translation>
    </message>
    <message>
        <source>citizen service number (BSN)</source>
        <translation>burgerservicenummer (BSN)</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>The store's password file %1 cannot be read.</source>
        <translation>Het wachtwoordbestand %1 van de opslag kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The store's password file %1 may be read by other users. Restrict it to the service's account (chmod 600) and start again.</source>
        <translation>Het wachtwoordbestand %1 van de opslag is leesbaar voor andere gebruikers. Beperk het tot het account van de dienst (chmod 600) en start opnieuw.</translation>
    </message>
    <message>
        <source>The store's password file %1 is empty.</source>
        <translation>Het wachtwoordbestand %1 van de opslag is leeg.</translation>
    </message>
    <message>
        <source>The office store is busy. Try again shortly.</source>
        <translation>De kantooropslag is bezet. Probeer het zo dadelijk opnieuw.</translation>
    </message>
    <message>
        <source>The upload is out of order.</source>
        <translation>Het uploaden gebeurt in de verkeerde volgorde.</translation>
    </message>
    <message>
        <source>The office store was made by a newer version of schouw-server. Update schouw-server; the store has not been changed.</source>
        <translation>De kantooropslag is gemaakt door een nieuwere versie van schouw-server. Werk schouw-server bij; de opslag is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The store URL must start with postgresql://.</source>
        <translation>De opslag-URL moet beginnen met postgresql://.</translation>
    </message>
    <message>
        <source>The office store in PostgreSQL has no store id: it is damaged.</source>
        <translation>De kantooropslag in PostgreSQL heeft geen opslag-id: deze is beschadigd.</translation>
    </message>
    <message>
        <source>The store URL is not understood. Leave it empty for the embedded store, or write postgresql://user@host:port/database.</source>
        <translation>De opslag-URL wordt niet begrepen. Laat deze leeg voor de ingebouwde opslag, of schrijf postgresql://gebruiker@host:poort/database.</translation>
    </message>
</context>
<context>
    <name>ProviderDetailView</name>
    <message>
        <source>Select a provider to see its locations, risk signals and past visits.</source>
        <translation>Selecteer een zorgaanbieder om de locaties, risicosignalen en eerdere bezoeken te zien.</translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation>Bezoek starten</translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation>Risicosignalen</translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation>Eerdere bezoeken</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Locaties</translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation>Het bestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation>Het bestand %1 is groter dan %2 MiB.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Het bestand is leeg.</translation>
    </message>
    <message>
        <source>This column appears more than once.</source>
        <translation>Deze kolom komt meer dan eens voor.</translation>
    </message>
    <message>
        <source>The header lacks this required column.</source>
        <translation>De kopregel mist deze verplichte kolom.</translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2.</source>
        <translation>De regel heeft %1 velden; de kopregel heeft er %2.</translation>
    </message>
    <message>
        <source>The KvK number is missing.</source>
        <translation>Het KvK-nummer ontbreekt.</translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits.</source>
        <translation>Een KvK-nummer heeft precies 8 cijfers.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>De naam ontbreekt.</translation>
    </message>
    <message>
        <source>The sector is missing.</source>
        <translation>De sector ontbreekt.</translation>
    </message>
    <message>
        <source>Unknown sector; use a sector key such as nursing_care or its Dutch name such as "verpleging en verzorging".</source>
        <translation>Onbekende sector; gebruik een sectorsleutel zoals nursing_care of de Nederlandse naam, zoals "verpleging en verzorging".</translation>
    </message>
    <message>
        <source>A postcode has four digits and two letters, such as "1234 AB".</source>
        <translation>Een postcode heeft vier cijfers en twee letters, zoals "1234 AB".</translation>
    </message>
    <message>
        <source>The city is missing.</source>
        <translation>De plaats ontbreekt.</translation>
    </message>
    <message>
        <source>Line %1 gives this KvK number another name.</source>
        <translation>Regel %1 geeft dit KvK-nummer een andere naam.</translation>
    </message>
    <message>
        <source>Line %1 gives this KvK number another sector.</source>
        <translation>Regel %1 geeft dit KvK-nummer een andere sector.</translation>
    </message>
    <message>
        <source>A provider vanished during the import.</source>
        <translation>Een zorgaanbieder is tijdens de import verdwenen.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import provider register</source>
        <translation>Register van zorgaanbieders importeren</translation>
    </message>
    <message>
        <source>Choose a CSV file with one line per location of a provider. The file is checked first; nothing is imported until you confirm.</source>
        <translation>Kies een CSV-bestand met één regel per locatie van een zorgaanbieder. Het bestand wordt eerst gecontroleerd; er wordt niets geïmporteerd voordat u dat bevestigt.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Import only the &amp;valid lines</source>
        <translation>Alleen de &amp;geldige regels importeren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it; the vault has not been changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Schouw. Werk Schouw bij om de kluis te openen; er is niets aan de kluis gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ServerCommandLine</name>
    <message>
        <source>Usage:
  schouw-server --config FILE                 Run the office service.
  schouw-server admin --config FILE VERB ...  Manage teams, users, assignments,
                                              frameworks, the provider register and
                                              devices (see docs/office-service.md).
  schouw-server demo-seed --config FILE --password-file FILE
                                              Fill an empty store with demo data.
  schouw-server --help | --version
</source>
        <translation>Gebruik:
  schouw-server --config BESTAND              Start de kantoordienst.
  schouw-server admin --config BESTAND OPDRACHT ...
                                              Beheer teams, gebruikers, toewijzingen,
                                              toetsingskaders, het zorgaanbiedersregister
                                              en apparaten (zie docs/office-service.md).
  schouw-server demo-seed --config BESTAND --password-file BESTAND
                                              Vul een lege opslag met demogegevens.
  schouw-server --help | --version
</translation>
    </message>
    <message>
        <source>Unknown command '%1'.</source>
        <translation>Onbekende opdracht '%1'.</translation>
    </message>
    <message>
        <source>The option --config FILE is required.</source>
        <translation>De optie --config BESTAND is verplicht.</translation>
    </message>
    <message>
        <source>Unexpected argument '%1'.</source>
        <translation>Onverwacht argument '%1'.</translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation>Het configuratiebestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown section [%2] on line %3.</source>
        <translation>Het configuratiebestand %1 bevat op regel %3 een onbekende sectie [%2].</translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key "%2" on line %3.</source>
        <translation>Het configuratiebestand %1 bevat op regel %3 een onbekende sleutel "%2".</translation>
    </message>
    <message>
        <source>The configuration file %1 sets [%2] %3 twice (line %4).</source>
        <translation>Het configuratiebestand %1 stelt [%2] %3 twee keer in (regel %4).</translation>
    </message>
    <message>
        <source>Line %1 of the configuration file %2 is neither a [section] nor a key = value line.</source>
        <translation>Regel %1 van het configuratiebestand %2 is geen [sectie]-regel en ook geen regel van de vorm sleutel = waarde.</translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation>De instelling %1 moet een geheel getal van %2 tot en met %3 zijn.</translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key ([tls] certificate and key in %1).</source>
        <translation>Voor TLS zijn zowel een certificaat als een sleutel nodig ([tls] certificate en key in %1).</translation>
    </message>
    <message>
        <source>The TLS file %1 does not exist or cannot be read.</source>
        <translation>Het TLS-bestand %1 bestaat niet of kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The configuration file %1 does not name the store's folder ([store] directory).</source>
        <translation>Het configuratiebestand %1 noemt de map van de gegevensopslag niet ([store] directory).</translation>
    </message>
    <message>
        <source>The store URL must be empty (the embedded store) or start with postgresql://.</source>
        <translation>De URL van de gegevensopslag moet leeg zijn (de ingebouwde opslag) of beginnen met postgresql://.</translation>
    </message>
    <message>
        <source>The password cost must be interactive, moderate or sensitive.</source>
        <translation>De wachtwoordkosten moeten interactive, moderate of sensitive zijn.</translation>
    </message>
    <message>
        <source>[store] password_file is for a PostgreSQL store: set [store] url too, or remove the password file from %1.</source>
        <translation>[store] password_file is bedoeld voor een PostgreSQL-opslag: stel ook [store] url in, of verwijder het wachtwoordbestand uit %1.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>A new language takes effect the next time Schouw starts.</source>
        <translation>Een nieuwe taal wordt actief wanneer Schouw de volgende keer start.</translation>
    </message>
    <message>
        <source>Lock &amp;automatically after:</source>
        <translation>&amp;Automatisch vergrendelen na:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>without keyboard or mouse use</source>
        <translation>zonder gebruik van toetsenbord of muis</translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <source>Start visit</source>
        <translation>Bezoek starten</translation>
    </message>
    <message>
        <source>&amp;Type of visit:</source>
        <translation>Soort &amp;bezoek:</translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation>&amp;Locaties:</translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation>&amp;Toetsingskader:</translation>
    </message>
    <message>
        <source>Team &amp;members:</source>
        <translation>Tea&amp;mleden:</translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation>Start:</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Schouw is locked</source>
        <translation>Schouw is vergrendeld</translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data on this computer.</source>
        <translation>Vul de wachtwoordzin in om de gegevens op deze computer te openen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encryption library does not accept the vault's settings.</source>
        <translation>De versleutelingsbibliotheek accepteert de instellingen van de kluis niet.</translation>
    </message>
    <message>
        <source>Schouw was built without encryption support and will not store data.</source>
        <translation>Schouw is gebouwd zonder ondersteuning voor versleuteling en slaat geen gegevens op.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read. It has not been changed; restore it from a backup or ask the office for help.</source>
        <translation>De kluis is beschadigd en kan niet worden gelezen. Er is niets aan gewijzigd; zet de kluis terug vanuit een back-up of vraag het kantoor om hulp.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it; the vault has not been changed.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Schouw. Werk Schouw bij om de kluis te openen; er is niets aan de kluis gewijzigd.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation>De cryptografische bibliotheek kon niet starten.</translation>
    </message>
    <message>
        <source>There is already a vault here.</source>
        <translation>Hier staat al een kluis.</translation>
    </message>
    <message>
        <source>The folder for the vault could not be created.</source>
        <translation>De map voor de kluis kon niet worden aangemaakt.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>De kluis wordt gebruikt door een ander programma.</translation>
    </message>
    <message>
        <source>The vault is already open in another window or program.</source>
        <translation>De kluis is al geopend in een ander venster of programma.</translation>
    </message>
    <message>
        <source>The vault folder is not writable.</source>
        <translation>In de map van de kluis kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>An earlier attempt to set up Schouw in %1 did not finish. Move that folder aside and try again.</source>
        <translation>Een eerdere poging om Schouw in %1 in te richten is niet afgerond. Zet die map opzij en probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>VaultWipe</name>
    <message>
        <source>The vault could not be removed completely; delete its folder by hand.</source>
        <translation>De kluis kon niet volledig worden verwijderd; verwijder de map met de hand.</translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>&amp;Back to providers</source>
        <translation>&amp;Terug naar zorgaanbieders</translation>
    </message>
    <message>
        <source>Back to the provider list (Esc)</source>
        <translation>Terug naar de lijst met zorgaanbieders (Esc)</translation>
    </message>
    <message>
        <source>Finish visi&amp;t</source>
        <translation>Bezoek af&amp;ronden</translation>
    </message>
    <message>
        <source>Record now as the end of the visit. A finished visit can be reopened.</source>
        <translation>Legt nu vast als einde van het bezoek. Een afgerond bezoek kan worden heropend.</translation>
    </message>
    <message>
        <source>Reopen &amp;visit</source>
        <translation>Bezoek her&amp;openen</translation>
    </message>
    <message>
        <source>Take the finished visit back under way to change it.</source>
        <translation>Zet het afgeronde bezoek terug in uitvoering om het te wijzigen.</translation>
    </message>
    <message>
        <source>Only o&amp;pen norms</source>
        <translation>Alleen o&amp;pen normen</translation>
    </message>
    <message>
        <source>Show only the norms without a judgement (Ctrl+Shift+O)</source>
        <translation>Alleen de normen zonder oordeel tonen (Ctrl+Shift+O)</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normen</translation>
    </message>
    <message>
        <source>Choose a norm in the tree (Ctrl+1).</source>
        <translation>Kies een norm in de lijst (Ctrl+1).</translation>
    </message>
    <message>
        <source>Findings noted without a norm, e.g. with quick capture (Ctrl+Shift+F). Link each to the norms it concerns.</source>
        <translation>Bevindingen die zonder norm zijn genoteerd, bijvoorbeeld met snel noteren (Ctrl+Shift+F). Koppel elke bevinding aan de normen waar die over gaat.</translation>
    </message>
    <message>
        <source>Risk si&amp;gnals</source>
        <translation>Risico&amp;signalen</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Gesprekken</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>meets</source>
        <translation>voldoet</translation>
    </message>
    <message>
        <source>largely meets</source>
        <translation>voldoet grotendeels</translation>
    </message>
    <message>
        <source>largely fails to meet</source>
        <translation>voldoet grotendeels niet</translation>
    </message>
    <message>
        <source>does not meet</source>
        <translation>voldoet niet</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet getoetst</translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation>onaangekondigd</translation>
    </message>
    <message>
        <source>announced</source>
        <translation>aangekondigd</translation>
    </message>
    <message>
        <source>thematic</source>
        <translation>thematisch</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>vervolgbezoek</translation>
    </message>
    <message>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>naaste</translation>
    </message>
    <message>
        <source>client council</source>
        <translation>cliëntenraad</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>medewerker</translation>
    </message>
    <message>
        <source>management</source>
        <translation>bestuur en management</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>ter review</translation>
    </message>
    <message>
        <source>returned to inspector</source>
        <translation>terug naar inspecteur</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>provider response</source>
        <translation>hoor en wederhoor</translation>
    </message>
    <message>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <source>published</source>
        <translation>gepubliceerd</translation>
    </message>
    <message>
        <source>primary care</source>
        <translation>eerstelijnszorg</translation>
    </message>
    <message>
        <source>pharmaceutical products</source>
        <translation>farmaceutische producten</translation>
    </message>
    <message>
        <source>mental health care</source>
        <translation>ggz</translation>
    </message>
    <message>
        <source>disability care</source>
        <translation>gehandicaptenzorg</translation>
    </message>
    <message>
        <source>youth care</source>
        <translation>jeugdhulp</translation>
    </message>
    <message>
        <source>medical specialist care</source>
        <translation>medisch-specialistische zorg</translation>
    </message>
    <message>
        <source>medical technology</source>
        <translation>medische technologie</translation>
    </message>
    <message>
        <source>prevention</source>
        <translation>preventie</translation>
    </message>
    <message>
        <source>nursing and care</source>
        <translation>verpleging en verzorging</translation>
    </message>
    <message>
        <source>home care</source>
        <translation>thuiszorg</translation>
    </message>
    <message>
        <source>care for detainees and asylum seekers</source>
        <translation>zorg aan justitiabelen en asielzoekers</translation>
    </message>
    <message>
        <source>observed</source>
        <translation>waargenomen</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>conversation with staff</source>
        <translation>gesprek met medewerker</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>gesprek</translation>
    </message>
    <message>
        <source>file study</source>
        <translation>dossieronderzoek</translation>
    </message>
    <message>
        <source>incident report</source>
        <translation>melding</translation>
    </message>
    <message>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <source>data indicator</source>
        <translation>data-indicator</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>inspector</source>
        <translation>inspecteur</translation>
    </message>
    <message>
        <source>family inspector</source>
        <translation>familie-inspecteur</translation>
    </message>
    <message>
        <source>team lead</source>
        <translation>teamleider</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>beheerder</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>mondeling</translation>
    </message>
    <message>
        <source>written</source>
        <translation>schriftelijk</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>niet bevestigd</translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>The data received from the office is damaged or incomplete. Try to sync again.</source>
        <translation>De gegevens van het kantoor zijn beschadigd of onvolledig. Synchroniseer opnieuw.</translation>
    </message>
    <message>
        <source>The data received from the office is too large.</source>
        <translation>De gegevens van het kantoor zijn te groot.</translation>
    </message>
    <message>
        <source>The data was made by a newer Schouw. Update Schouw to synchronise.</source>
        <translation>Deze gegevens zijn gemaakt door een nieuwere versie van Schouw. Werk Schouw bij om te synchroniseren.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Providers</source>
        <translation>Zorgaanbieders</translation>
    </message>
    <message>
        <source>Search by name, city, postcode or KvK number</source>
        <translation>Zoek op naam, plaats, postcode of KvK-nummer</translation>
    </message>
    <message>
        <source>Show the providers of one sector only</source>
        <translation>Toon alleen de zorgaanbieders van één sector</translation>
    </message>
    <message>
        <source>Open &amp;signals only</source>
        <translation>Alleen met open &amp;signalen</translation>
    </message>
    <message>
        <source>Show only providers with risk signals that have not been checked or closed yet</source>
        <translation>Toon alleen zorgaanbieders met risicosignalen die nog niet zijn beoordeeld of afgesloten</translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation>So&amp;rteren op:</translation>
    </message>
    <message>
        <source>The order of the list; clicking a column header changes it too</source>
        <translation>De volgorde van de lijst; klikken op een kolomkop wijzigt die ook</translation>
    </message>
    <message>
        <source>&amp;Import provider register…</source>
        <translation>Register &amp;importeren…</translation>
    </message>
    <message>
        <source>Add or update providers and their locations from a CSV register file</source>
        <translation>Zorgaanbieders en hun locaties toevoegen of bijwerken vanuit een CSV-registerbestand</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Schouw, the field client for inspections of health-care providers.</source>
        <translation>Schouw, de veldapplicatie voor inspecties van zorgaanbieders.</translation>
    </message>
    <message>
        <source>Keep the encrypted data in &lt;directory&gt; instead of the default place.</source>
        <translation>De versleutelde gegevens in &lt;map&gt; bewaren in plaats van op de standaardlocatie.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>map</translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this session: nl or en.</source>
        <translation>&lt;taal&gt; gebruiken voor deze sessie: nl of en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>taal</translation>
    </message>
    <message>
        <source>Unknown language "%1"; choose nl or en.
</source>
        <translation>Onbekende taal "%1"; kies nl of en.
</translation>
    </message>
</context>
<context>
    <name>schouw::ConflictsDialog</name>
    <message>
        <source>someone unknown</source>
        <translation>iemand onbekend</translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation>Bezoek aan %1, %2</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>These texts were changed on two computers at the same time, or deleted elsewhere while you were still working on them. Nothing has been lost: choose what to keep. Your choice reaches the others with the next sync.</source>
        <translation>Deze teksten zijn op twee computers tegelijk gewijzigd, of elders verwijderd terwijl u er nog aan werkte. Er is niets verloren gegaan: kies wat u bewaart. Uw keuze bereikt de anderen bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation>Er zijn geen conflicten om op te lossen.</translation>
    </message>
    <message>
        <source>Or write one text from the versions and keep that:</source>
        <translation>Of stel uit de versies één tekst samen en bewaar die:</translation>
    </message>
    <message>
        <source>Keep this &amp;text</source>
        <translation>Deze &amp;tekst bewaren</translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation>Verwijdering &amp;accepteren</translation>
    </message>
    <message>
        <source>&amp;Restore for everyone</source>
        <translation>&amp;Herstellen voor iedereen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n version(s)</source>
        <translation><numerusform>%1 (%2): %n versie</numerusform><numerusform>%1 (%2): %n versies</numerusform></translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Uw versie</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Versie van %1</translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translation>Deze versie &amp;bewaren</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Deze versie bewaren</translation>
    </message>
    <message>
        <source>%1 deleted elsewhere</source>
        <translation>%1 elders verwijderd</translation>
    </message>
    <message>
        <source>%1 deleted this on %2, while this computer still had changes to it that were not sent. Its data is still here. Restore it for everyone, or accept the deletion.</source>
        <translation>%1 heeft dit verwijderd op %2, terwijl deze computer er nog niet-verzonden wijzigingen in had. De gegevens staan nog hier. Herstel het voor iedereen, of accepteer de verwijdering.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — deleted elsewhere</source>
        <translation>%1 — elders verwijderd</translation>
    </message>
</context>
<context>
    <name>schouw::CreateAccountPage</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Gebruik minstens %n teken.</numerusform>
            <numerusform>Gebruik minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>Kies eerst een wachtwoordzin.</translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the data on this computer. Make it longer, for instance with another word.</source>
        <translation>Deze wachtwoordzin is te zwak om de gegevens op deze computer te beveiligen. Maak de wachtwoordzin langer, bijvoorbeeld met een extra woord.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in the second field.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk. Typ de wachtwoordzin opnieuw in het tweede veld.</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>Account wordt aangemaakt…</translation>
    </message>
</context>
<context>
    <name>schouw::EvidenceList</name>
    <message>
        <source>Remove evidence</source>
        <translation>Bewijs verwijderen</translation>
    </message>
    <message>
        <source>Drop photos, recordings or documents here</source>
        <translation>Sleep foto's, opnames of documenten hierheen</translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation>%1 (%2 kB)</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 is groter dan %2 MB</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 kon niet worden gelezen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation>Niet toegevoegd: %1.</translation>
    </message>
    <message>
        <source>Not added:
%1.</source>
        <translation>Niet toegevoegd:
%1.</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Bewijs toevoegen</translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation>Bewijs opslaan als</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 kon niet worden geschreven.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
    <message>
        <source>Remove “%1” from this finding?</source>
        <translation>“%1” verwijderen uit deze bevinding?</translation>
    </message>
</context>
<context>
    <name>schouw::FindingsPanel</name>
    <message>
        <source>Delete finding</source>
        <translation>Bevinding verwijderen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation>&amp;Nieuwe bevinding</translation>
    </message>
    <message>
        <source>New finding (Ctrl+Enter)</source>
        <translation>Nieuwe bevinding (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Delete finding…</source>
        <translation>Bevinding &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected finding (Delete in the list)</source>
        <translation>De geselecteerde bevinding verwijderen (Delete in de lijst)</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Bevinding:</translation>
    </message>
    <message>
        <source>What did you see, read or hear?</source>
        <translation>Wat heeft u gezien, gelezen of gehoord?</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Br&amp;on:</translation>
    </message>
    <message>
        <source>Norms:</source>
        <translation>Normen:</translation>
    </message>
    <message>
        <source>&amp;Link to norms…</source>
        <translation>&amp;Koppelen aan normen…</translation>
    </message>
    <message>
        <source>Link to norms (Ctrl+K)</source>
        <translation>Koppelen aan normen (Ctrl+K)</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>Bewijs:</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bewijs</translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation>Bewijs &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add photos, recordings or documents (Ctrl+Shift+A), or drop files on the list</source>
        <translation>Foto's, opnames of documenten toevoegen (Ctrl+Shift+A), of bestanden op de lijst slepen</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence outside the vault, where you choose</source>
        <translation>Een kopie van het geselecteerde bewijs buiten de kluis opslaan, op een plek die u kiest</translation>
    </message>
    <message>
        <source>Re&amp;move evidence…</source>
        <translation>Bewijs ver&amp;wijderen…</translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation>Opgeslagen om %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation>Nog niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ik</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>interview with %1</source>
        <translation>gesprek met %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(nog geen tekst)</translation>
    </message>
    <message>
        <source>No findings here yet. Ctrl+Enter starts a new one.</source>
        <translation>Nog geen bevindingen. Ctrl+Enter begint een nieuwe.</translation>
    </message>
    <message>
        <source>Statement from the interview with %1: change its text in the interview.</source>
        <translation>Uitspraak uit het gesprek met %1: wijzig de tekst in het gesprek.</translation>
    </message>
    <message>
        <source>none (unassigned)</source>
        <translation>geen (niet-toegewezen)</translation>
    </message>
    <message>
        <source>unknown norm</source>
        <translation>onbekende norm</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Unassigned findings</source>
        <translation>Niet-toegewezen bevindingen</translation>
    </message>
    <message>
        <source>Findings for %1</source>
        <translation>Bevindingen bij %1</translation>
    </message>
    <message>
        <source>Delete this finding?

%1</source>
        <translation>Deze bevinding verwijderen?

%1</translation>
    </message>
    <message numerus="yes">
        <source>Delete this finding and its %n piece(s) of evidence?

%1</source>
        <translation>
            <numerusform>Deze bevinding en het bijbehorende bewijsstuk verwijderen?

%1</numerusform>
            <numerusform>Deze bevinding en de %n bijbehorende bewijsstukken verwijderen?

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::InterviewEditor</name>
    <message>
        <source>The vault is locked.</source>
        <translation>De kluis is vergrendeld.</translation>
    </message>
    <message>
        <source>Norms of the statement</source>
        <translation>Normen van de uitspraak</translation>
    </message>
    <message>
        <source>Tick the norms this statement concerns (Space ticks the selected norm).</source>
        <translation>Vink de normen aan waarop deze uitspraak betrekking heeft (spatie vinkt de gekozen norm aan).</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation>T&amp;oestemming:</translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation>P&amp;laats:</translation>
    </message>
    <message>
        <source>Record statement</source>
        <translation>Uitspraak vastleggen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No consent: only the fact that the interview was asked for is recorded.</source>
        <translation>Geen toestemming: alleen vastgelegd dat het gesprek is gevraagd.</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Gespreksleidraad</translation>
    </message>
    <message>
        <source>The framework has no interview guide for this respondent group: write free notes and statements.</source>
        <translation>Het toetsingskader heeft geen gespreksleidraad voor deze groep gesprekspartners: leg vrije aantekeningen en uitspraken vast.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Statements</source>
        <translation>Uitspraken</translation>
    </message>
    <message>
        <source>A statement is a finding with source ‘interview’ on the norms it concerns.</source>
        <translation>Een uitspraak is een bevinding met bron ‘gesprek’ bij de normen waarop zij betrekking heeft.</translation>
    </message>
    <message>
        <source>Record &amp;statement</source>
        <translation>&amp;Uitspraak vastleggen</translation>
    </message>
    <message>
        <source>Record a statement (Ctrl+Shift+U)</source>
        <translation>Uitspraak vastleggen (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Geluidsopnamen</translation>
    </message>
    <message>
        <source>Add &amp;audio recording…</source>
        <translation>Geluidsopname &amp;toevoegen…</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation>Antwoord op vraag %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation>Normen: %1</translation>
    </message>
    <message>
        <source>Record a statement on the norms of this question</source>
        <translation>Uitspraak vastleggen bij de normen van deze vraag</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Uitspraak</translation>
    </message>
    <message>
        <source>What the respondent said, in their words</source>
        <translation>Wat de gesprekspartner zei, in eigen woorden</translation>
    </message>
    <message>
        <source>Norms…</source>
        <translation>Normen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not yet linked to a norm</source>
        <translation>Nog niet aan een norm gekoppeld</translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation>Uitspraak verwijderen</translation>
    </message>
    <message>
        <source>Remove this statement? It disappears from its norms too.</source>
        <translation>Deze uitspraak verwijderen? Zij verdwijnt ook bij de normen.</translation>
    </message>
    <message>
        <source>Record declined consent</source>
        <translation>Geweigerde toestemming vastleggen</translation>
    </message>
    <message>
        <source>Record that the respondent declines consent?</source>
        <translation>Vastleggen dat de gesprekspartner geen toestemming geeft?</translation>
    </message>
    <message>
        <source>The notes, the answers, the statements and the audio recordings of this interview are deleted. Only the fact that the interview was asked for remains. This cannot be undone.</source>
        <translation>De aantekeningen, antwoorden, uitspraken en geluidsopnamen van dit gesprek worden verwijderd. Alleen het feit dat het gesprek is gevraagd blijft bewaard. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>Delete and record</source>
        <translation>Verwijderen en vastleggen</translation>
    </message>
    <message>
        <source>Add audio recording</source>
        <translation>Geluidsopname toevoegen</translation>
    </message>
    <message>
        <source>Audio files (*.ogg *.oga *.opus *.mp3 *.m4a *.aac *.wav *.flac *.webm)</source>
        <translation>Geluidsbestanden (*.ogg *.oga *.opus *.mp3 *.m4a *.aac *.wav *.flac *.webm)</translation>
    </message>
    <message>
        <source>‘%1’ is not an audio recording.</source>
        <translation>‘%1’ is geen geluidsopname.</translation>
    </message>
    <message>
        <source>The file ‘%1’ cannot be read.</source>
        <translation>Het bestand ‘%1’ kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No recordings</source>
        <translation>Geen opnamen</translation>
    </message>
</context>
<context>
    <name>schouw::InterviewsPanel</name>
    <message>
        <source>Interviews</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Gesprekspartner</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>Start an interview (Ctrl+Shift+I)</source>
        <translation>Gesprek starten (Ctrl+Shift+I)</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Choose an interview, or start a new one with Ctrl+Shift+I.</source>
        <translation>Kies een gesprek, of start een nieuw gesprek met Ctrl+Shift+I.</translation>
    </message>
</context>
<context>
    <name>schouw::LinkNormsDialog</name>
    <message>
        <source>Link to norms</source>
        <translation>Koppelen aan normen</translation>
    </message>
    <message>
        <source>&amp;Filter norms:</source>
        <translation>Normen &amp;filteren:</translation>
    </message>
    <message>
        <source>Code or words, e.g. 2.1 or medication</source>
        <translation>Code of woorden, bijv. 2.1 of medicatie</translation>
    </message>
    <message>
        <source>Norms</source>
        <translation>Normen</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>No norm chosen: the finding stays unassigned.</source>
        <translation>Geen norm gekozen: de bevinding blijft niet-toegewezen.</translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s) chosen.</source>
        <translation>
            <numerusform>één norm gekozen.</numerusform>
            <numerusform>%n normen gekozen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::MainWindow</name>
    <message>
        <source>About Schouw</source>
        <translation>Over Schouw</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Schouw %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The field client for inspections of health-care providers: risk profiles, assessment frameworks, findings and reports.&lt;/p&gt;&lt;p&gt;Everything is stored encrypted on this computer and synchronised with the office.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Schouw %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;De veldapplicatie voor inspecties van zorgaanbieders: risicoprofielen, toetsingskaders, waarnemingen en rapporten.&lt;/p&gt;&lt;p&gt;Alles wordt versleuteld opgeslagen op deze computer en gesynchroniseerd met kantoor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Locked because Schouw was not used for %1 min.</source>
        <translation>Vergrendeld omdat Schouw %1 min niet is gebruikt.</translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation>Vergrendeld omdat de computer in de slaapstand ging.</translation>
    </message>
    <message>
        <source>Locked because the computer's screen was locked.</source>
        <translation>Vergrendeld omdat het scherm van de computer werd vergrendeld.</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisatie</translation>
    </message>
    <message>
        <source>The office has revoked this computer's access. The vault on this computer has been wiped, with any changes that had not been sent. Ask the office for access again before you create a new vault.</source>
        <translation>Het kantoor heeft de toegang van deze computer ingetrokken. De kluis op deze computer is gewist, met de wijzigingen die nog niet waren verzonden. Vraag het kantoor opnieuw om toegang voordat u een nieuwe kluis aanmaakt.</translation>
    </message>
    <message>
        <source>The office has revoked this computer's access. Wiping the vault failed: %1</source>
        <translation>Het kantoor heeft de toegang van deze computer ingetrokken. Het wissen van de kluis is mislukt: %1</translation>
    </message>
</context>
<context>
    <name>schouw::NormPanel</name>
    <message>
        <source>What the inspector looks at</source>
        <translation>Waar let de inspecteur op</translation>
    </message>
    <message>
        <source>Evidence to look for</source>
        <translation>Mogelijke bewijsstukken</translation>
    </message>
</context>
<context>
    <name>schouw::NormTreeModel</name>
    <message>
        <source>M</source>
        <comment>judgement mark: meets</comment>
        <translation>V</translation>
    </message>
    <message>
        <source>LM</source>
        <comment>judgement mark: largely meets</comment>
        <translation>VG</translation>
    </message>
    <message>
        <source>LF</source>
        <comment>judgement mark: largely fails to meet</comment>
        <translation>VGN</translation>
    </message>
    <message>
        <source>F</source>
        <comment>judgement mark: does not meet</comment>
        <translation>VN</translation>
    </message>
    <message>
        <source>NA</source>
        <comment>judgement mark: not assessed</comment>
        <translation>NG</translation>
    </message>
    <message>
        <source>%1 of %2 norms judged</source>
        <translation>%1 van %2 normen beoordeeld</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Nog niet beoordeeld</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3
%n finding(s)</source>
        <translation>
            <numerusform>%1 %2
%3
één bevinding</numerusform>
            <numerusform>%1 %2
%3
%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned findings (%1)</source>
        <translation>Niet-toegewezen bevindingen (%1)</translation>
    </message>
    <message>
        <source>Findings not yet linked to a norm, e.g. from quick capture</source>
        <translation>Bevindingen die nog niet aan een norm gekoppeld zijn, bijvoorbeeld uit snel noteren</translation>
    </message>
    <message>
        <source>Norm</source>
        <translation>Norm</translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
</context>
<context>
    <name>schouw::OfficeLoginDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation>Verbinden met het kantoor</translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation>Opnieuw aanmelden</translation>
    </message>
    <message>
        <source>Schouw exchanges your work with the office: your findings go there, and the providers, frameworks and your team's visits come here. Enter the office's address and your user name and password.</source>
        <translation>Schouw wisselt uw werk uit met het kantoor: uw bevindingen gaan daarheen, en de zorgaanbieders, toetsingskaders en de bezoeken van uw team komen hierheen. Vul het adres van het kantoor en uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>The login to the office has expired. Enter your password to log in again; no change is lost.</source>
        <translation>De aanmelding bij het kantoor is verlopen. Vul uw wachtwoord in om u opnieuw aan te melden; er gaat geen wijziging verloren.</translation>
    </message>
    <message>
        <source>https://office.example.nl</source>
        <translation>https://kantoor.example.nl</translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation>&amp;Adres van het kantoor:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantoor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation>&amp;Geavanceerd</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>only for an office with its own CA</source>
        <translation>alleen bij een eigen CA</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-certificaat:</translation>
    </message>
    <message>
        <source>sha256//… (several separated by spaces)</source>
        <translation>sha256//… (meerdere gescheiden door spaties)</translation>
    </message>
    <message>
        <source>&amp;Key pins:</source>
        <translation>&amp;Sleutelpins:</translation>
    </message>
    <message>
        <source>The office's certificate is always checked. Your office's administrator gives these values when they are needed.</source>
        <translation>Het certificaat van het kantoor wordt altijd gecontroleerd. De beheerder van uw kantoor geeft deze waarden als ze nodig zijn.</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>L&amp;og in</source>
        <translation>&amp;Aanmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after logging in.</source>
        <translation><numerusform>%n wijziging op deze computer wordt na het aanmelden verzonden.</numerusform><numerusform>%n wijzigingen op deze computer worden na het aanmelden verzonden.</numerusform></translation>
    </message>
    <message>
        <source>The office's CA certificate</source>
        <translation>Het CA-certificaat van het kantoor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be used as a certificate file.</source>
        <translation>Het bestand %1 kan niet als certificaatbestand worden gebruikt.</translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM form.</source>
        <translation>Het bestand %1 bevat geen certificaat in PEM-vorm.</translation>
    </message>
    <message>
        <source>Enter the office's address, for example https://office.example.nl.</source>
        <translation>Vul het adres van het kantoor in, bijvoorbeeld https://kantoor.example.nl.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Vul uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Vul uw wachtwoord in.</translation>
    </message>
    <message>
        <source>A key pin has the form sha256// followed by 44 characters.</source>
        <translation>Een sleutelpin heeft de vorm sha256// gevolgd door 44 tekens.</translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation>Verbinden met het kantoor…</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>schouw::PersonalDataWarning</name>
    <message>
        <source>Names become the pseudonym; a BSN, phone number or e-mail address becomes %1.</source>
        <translation>Namen worden het pseudoniem; een BSN, telefoonnummer of e-mailadres wordt %1.</translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation>Ne&amp;geren</translation>
    </message>
    <message>
        <source>Keep the text as it is; this warning does not come back for it.</source>
        <translation>De tekst blijft zoals hij is; deze waarschuwing komt er niet meer voor terug.</translation>
    </message>
    <message>
        <source>%1 ‘%2’</source>
        <translation>%1 ‘%2’</translation>
    </message>
    <message>
        <source>This text seems to contain personal data: %1</source>
        <translation>Deze tekst lijkt persoonsgegevens te bevatten: %1</translation>
    </message>
    <message>
        <source>&amp;Replace with ‘%1’</source>
        <translation>&amp;Vervangen door ‘%1’</translation>
    </message>
</context>
<context>
    <name>schouw::ProviderDetailView</name>
    <message>
        <source>Severity: high</source>
        <translation>Ernst: hoog</translation>
    </message>
    <message>
        <source>Severity: medium</source>
        <translation>Ernst: midden</translation>
    </message>
    <message>
        <source>Severity: low</source>
        <translation>Ernst: laag</translation>
    </message>
    <message>
        <source>Start a visit to this provider (%1)</source>
        <translation>Een bezoek aan deze zorgaanbieder starten (%1)</translation>
    </message>
    <message>
        <source>KvK %1</source>
        <translation>KvK %1</translation>
    </message>
    <message>
        <source>Risk signals (%1 open, %2 closed)</source>
        <translation>Risicosignalen (%1 open, %2 afgesloten)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>No risk signals.</source>
        <translation>Geen risicosignalen.</translation>
    </message>
    <message>
        <source>Past visits (%1)</source>
        <translation>Eerdere bezoeken (%1)</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>Loopt nog</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>%1 of %2 norms judged</source>
        <translation>%1 van %2 normen beoordeeld</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this visit</source>
        <translation>Dubbelklik of druk op Enter om dit bezoek te openen</translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation>Nog geen bezoeken.</translation>
    </message>
    <message>
        <source>Locations (%1)</source>
        <translation>Locaties (%1)</translation>
    </message>
    <message>
        <source>No locations recorded.</source>
        <translation>Geen locaties vastgelegd.</translation>
    </message>
</context>
<context>
    <name>schouw::ProviderListModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation>Open signalen</translation>
    </message>
    <message>
        <source>Risk signals that have not been checked or closed yet. Click to show the providers with the most open signals first.</source>
        <translation>Risicosignalen die nog niet zijn gecontroleerd of afgesloten. Klik om de zorgaanbieders met de meeste open signalen bovenaan te zetten.</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klik om op deze kolom te sorteren</translation>
    </message>
</context>
<context>
    <name>schouw::QuickCaptureDialog</name>
    <message>
        <source>Quick finding</source>
        <translation>Snelle bevinding</translation>
    </message>
    <message>
        <source>Saved as an unassigned finding of this visit; link it to norms later. Enter saves, Shift+Enter starts a new line.</source>
        <translation>Wordt opgeslagen als niet-toegewezen bevinding van dit bezoek; koppel later aan normen. Enter slaat op, Shift+Enter begint een nieuwe regel.</translation>
    </message>
    <message>
        <source>What did you see, read or hear?</source>
        <translation>Wat heeft u gezien, gelezen of gehoord?</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Bevinding:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Br&amp;on:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Closes the window; text already typed is kept as a finding</source>
        <translation>Sluit het venster; getypte tekst blijft bewaard als bevinding</translation>
    </message>
</context>
<context>
    <name>schouw::RegisterImportDialog</name>
    <message>
        <source>New providers: %1, updated: %2, new locations: %3.</source>
        <translation>Nieuwe zorgaanbieders: %1, bijgewerkt: %2, nieuwe locaties: %3.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Choose a provider register</source>
        <translation>Kies een register van zorgaanbieders</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>This file cannot be read as a provider register, so nothing can be imported from it.</source>
        <translation>Dit bestand is niet te lezen als register van zorgaanbieders; er kan niets uit worden geïmporteerd.</translation>
    </message>
    <message>
        <source>The file holds no providers.</source>
        <translation>Het bestand bevat geen zorgaanbieders.</translation>
    </message>
    <message>
        <source>Valid lines: %1 of %2. There is nothing to import.</source>
        <translation>Geldige regels: %1 van %2. Er is niets te importeren.</translation>
    </message>
    <message>
        <source>All %1 lines are valid. Importing them gives:</source>
        <translation>Alle %1 regels zijn geldig. Importeren levert op:</translation>
    </message>
    <message>
        <source>Valid lines: %1 of %2. The lines listed below have problems.</source>
        <translation>Geldige regels: %1 van %2. De regels hieronder bevatten fouten.</translation>
    </message>
    <message>
        <source>Nothing is imported unless you choose to import only the valid lines. They give:</source>
        <translation>Er wordt niets geïmporteerd, tenzij u kiest voor alleen de geldige regels. Die leveren op:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>schouw::SettingsDialog</name>
    <message>
        <source>S&amp;ync automatically with the office</source>
        <translation>Automatisch s&amp;ynchroniseren met het kantoor</translation>
    </message>
    <message>
        <source>Every ten minutes, soon after a change and when the network returns. Sync now (F9) always works.</source>
        <translation>Elke tien minuten, kort na een wijziging en zodra het netwerk terug is. Nu synchroniseren (F9) werkt altijd.</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>&amp;Verbinding verbreken…</translation>
    </message>
    <message>
        <source>Forget the office and the login on this computer. Changes made here stay and are sent after connecting again.</source>
        <translation>Het kantoor en de aanmelding op deze computer vergeten. Wijzigingen die hier zijn gemaakt blijven bewaard en worden verzonden zodra u weer verbinding maakt.</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Kantoor:</translation>
    </message>
    <message>
        <source>Disconnect from the office</source>
        <translation>Verbinding met het kantoor verbreken</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <source>Disconnect from the office? Schouw stops syncing until you connect again with your user name and password. Changes made on this computer stay and are sent then.</source>
        <translation>Verbinding met het kantoor verbreken? Schouw synchroniseert niet meer totdat u opnieuw verbinding maakt met uw gebruikersnaam en wachtwoord. Wijzigingen op deze computer blijven bewaard en worden dan verzonden.</translation>
    </message>
</context>
<context>
    <name>schouw::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Provider list</source>
        <translation>Lijst met zorgaanbieders</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Inspectiebezoek</translation>
    </message>
    <message>
        <source>Findings and interviews</source>
        <translation>Bevindingen en gesprekken</translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation>Deze sneltoetsen tonen</translation>
    </message>
    <message>
        <source>Lock Schouw</source>
        <translation>Schouw vergrendelen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Zorgaanbieders zoeken</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the selected provider</source>
        <translation>Geselecteerde zorgaanbieder openen</translation>
    </message>
    <message>
        <source>Start a visit to the provider</source>
        <translation>Inspectiebezoek aan de zorgaanbieder starten</translation>
    </message>
    <message>
        <source>Go to the norm tree</source>
        <translation>Naar de normenlijst</translation>
    </message>
    <message>
        <source>Go to the judgement</source>
        <translation>Naar het oordeel</translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation>Naar de onderbouwing</translation>
    </message>
    <message>
        <source>Go to the findings</source>
        <translation>Naar de bevindingen</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>Judge the norm: meets … not assessed</source>
        <translation>Norm beoordelen: voldoet … niet getoetst</translation>
    </message>
    <message>
        <source>Clear the judgement</source>
        <translation>Oordeel wissen</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Next norm</source>
        <translation>Volgende norm</translation>
    </message>
    <message>
        <source>Previous norm</source>
        <translation>Vorige norm</translation>
    </message>
    <message>
        <source>Show only open norms</source>
        <translation>Alleen open normen tonen</translation>
    </message>
    <message>
        <source>Quick capture of a finding</source>
        <translation>Bevinding snel noteren</translation>
    </message>
    <message>
        <source>Back to the provider list</source>
        <translation>Terug naar de lijst met zorgaanbieders</translation>
    </message>
    <message>
        <source>Add a finding</source>
        <translation>Bevinding toevoegen</translation>
    </message>
    <message>
        <source>Link the finding to norms</source>
        <translation>Bevinding aan normen koppelen</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Bewijsstuk toevoegen</translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation>Nieuw gesprek beginnen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Sync with the office now</source>
        <translation>Nu synchroniseren met het kantoor</translation>
    </message>
</context>
<context>
    <name>schouw::SignalCheckPanel</name>
    <message>
        <source>low</source>
        <comment>signal severity</comment>
        <translation>laag</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>signal severity</comment>
        <translation>midden</translation>
    </message>
    <message>
        <source>high</source>
        <comment>signal severity</comment>
        <translation>hoog</translation>
    </message>
    <message>
        <source>This provider has no open risk signals.</source>
        <translation>Deze zorgaanbieder heeft geen openstaande risicosignalen.</translation>
    </message>
    <message>
        <source>%1 · %2 · severity %3</source>
        <translation>%1 · %2 · ernst: %3</translation>
    </message>
    <message>
        <source>Checked on site:</source>
        <translation>Ter plaatse gecontroleerd:</translation>
    </message>
    <message>
        <source>What was seen or heard about this signal</source>
        <translation>Wat over dit signaal is gezien of gehoord</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notitie:</translation>
    </message>
</context>
<context>
    <name>schouw::StartInterviewDialog</name>
    <message>
        <source>You</source>
        <translation>U zelf</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source>Names are never recorded: the respondent is referred to by this pseudonym.</source>
        <translation>Namen worden nooit vastgelegd: de gesprekspartner wordt met dit pseudoniem aangeduid.</translation>
    </message>
    <message>
        <source>&amp;Oral</source>
        <translation>&amp;Mondeling</translation>
    </message>
    <message>
        <source>&amp;Written</source>
        <translation>Sch&amp;riftelijk</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>Ge&amp;weigerd</translation>
    </message>
    <message>
        <source>With declined consent only the fact that the interview was asked for is recorded.</source>
        <translation>Bij geweigerde toestemming wordt alleen vastgelegd dat het gesprek is gevraagd.</translation>
    </message>
    <message>
        <source>e.g. living room, ward De Linde</source>
        <translation>bijv. huiskamer, afdeling De Linde</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Gesprekspartner:</translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation>Pseudoniem:</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Toestemming:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plaats:</translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation>Gespreksvoerder:</translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation>Gesprek &amp;starten</translation>
    </message>
</context>
<context>
    <name>schouw::StartVisitDialog</name>
    <message>
        <source>&amp;Start visit</source>
        <translation>Bezoek &amp;starten</translation>
    </message>
    <message>
        <source>now (%1)</source>
        <translation>nu (%1)</translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation>Deze zorgaanbieder bestaat niet meer.</translation>
    </message>
    <message>
        <source>Start visit — %1</source>
        <translation>Bezoek starten — %1</translation>
    </message>
    <message>
        <source>No locations recorded</source>
        <translation>Geen locaties vastgelegd</translation>
    </message>
    <message>
        <source>There is no assessment framework on this computer yet. Synchronise with the office first, or import a framework.</source>
        <translation>Er staat nog geen toetsingskader op deze computer. Synchroniseer eerst met kantoor of importeer een toetsingskader.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>U zelf</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation>%1 (u zelf)</translation>
    </message>
    <message>
        <source>You are always part of the visits you start.</source>
        <translation>U maakt altijd deel uit van de bezoeken die u start.</translation>
    </message>
    <message>
        <source>Choose at least one location you are visiting.</source>
        <translation>Kies ten minste één locatie die u bezoekt.</translation>
    </message>
    <message>
        <source>Choose the assessment framework for this visit.</source>
        <translation>Kies het toetsingskader voor dit bezoek.</translation>
    </message>
</context>
<context>
    <name>schouw::SyncActions</name>
    <message>
        <source>Many deletions from the office</source>
        <translation>Veel verwijderingen van het kantoor</translation>
    </message>
    <message>
        <source>This can be right, for example after a provider was moved to another team. Work of yours that has not been sent yet is never lost: such records are kept and listed under Conflicts. If in doubt, ask the office first.</source>
        <translation>Dat kan kloppen, bijvoorbeeld nadat een zorgaanbieder naar een ander team is overgegaan. Uw werk dat nog niet is verzonden gaat nooit verloren: zulke records blijven bewaard en staan onder Conflicten. Vraag bij twijfel eerst het kantoor.</translation>
    </message>
    <message>
        <source>Apply the deletions</source>
        <translation>Verwijderingen toepassen</translation>
    </message>
    <message>
        <source>The office's data has changed</source>
        <translation>De gegevens van het kantoor zijn gewijzigd</translation>
    </message>
    <message>
        <source>This happens when the office was restored from a backup. Going ahead sends every change made on this computer again (the office skips what it still has) and fetches the office's data anew. If this is unexpected, ask the office's administrator first.</source>
        <translation>Dit gebeurt als het kantoor een back-up heeft teruggezet. Als u doorgaat, worden alle wijzigingen van deze computer opnieuw verzonden (het kantoor slaat over wat het nog heeft) en worden de gegevens van het kantoor opnieuw opgehaald. Is dit onverwacht, vraag dan eerst de beheerder van het kantoor.</translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation>Alles opnieuw verzenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Nu &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Exchange changes with the office now (F9)</source>
        <translation>Nu wijzigingen uitwisselen met het kantoor (F9)</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflicten…</translation>
    </message>
    <message>
        <source>C&amp;onnect to the office…</source>
        <translation>&amp;Verbinden met het kantoor…</translation>
    </message>
    <message>
        <source>A sync is already running. Try again in a moment.</source>
        <translation>Er loopt al een synchronisatie. Probeer het zo opnieuw.</translation>
    </message>
</context>
<context>
    <name>schouw::SyncController</name>
    <message>
        <source>Wait until the sync has finished.</source>
        <translation>Wacht tot de synchronisatie klaar is.</translation>
    </message>
</context>
<context>
    <name>schouw::SyncStatusWidget</name>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost</source>
        <translation>Deze synchronisatie stoppen; er gaat niets verloren</translation>
    </message>
    <message>
        <source>Texts edited on two computers at once, and records deleted elsewhere: choose what to keep</source>
        <translation>Teksten die op twee computers tegelijk zijn bewerkt, en records die elders zijn verwijderd: kies wat u bewaart</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <source>Not connected to the office</source>
        <translation>Niet verbonden met het kantoor</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Nog nooit gesynchroniseerd</translation>
    </message>
    <message>
        <source>Last synchronised at %1</source>
        <translation>Laatst gesynchroniseerd om %1</translation>
    </message>
    <message>
        <source>Last synchronised on %1</source>
        <translation>Laatst gesynchroniseerd op %1</translation>
    </message>
    <message>
        <source>Office not reachable</source>
        <translation>Kantoor niet bereikbaar</translation>
    </message>
    <message>
        <source>Office not reachable; next attempt at %1</source>
        <translation>Kantoor niet bereikbaar; volgende poging om %1</translation>
    </message>
    <message>
        <source>The office is busy</source>
        <translation>Het kantoor is bezet</translation>
    </message>
    <message>
        <source>The office is busy; next attempt at %1</source>
        <translation>Het kantoor is bezet; volgende poging om %1</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>Synchronisatie afgebroken</translation>
    </message>
    <message>
        <source>Sync cancelled; next attempt at %1</source>
        <translation>Synchronisatie afgebroken; volgende poging om %1</translation>
    </message>
    <message>
        <source>The login to the office has expired</source>
        <translation>De aanmelding bij het kantoor is verlopen</translation>
    </message>
    <message>
        <source>Sync is waiting for your confirmation</source>
        <translation>De synchronisatie wacht op uw bevestiging</translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation>Synchronisatie mislukt: %1</translation>
    </message>
    <message>
        <source>Sync and decide…</source>
        <translation>Synchroniseren en beslissen…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation><numerusform>%n wijziging nog niet verzonden</numerusform><numerusform>%n wijzigingen nog niet verzonden</numerusform></translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Alle wijzigingen zijn verzonden</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve…</source>
        <translation><numerusform>%n conflict oplossen…</numerusform><numerusform>%n conflicten oplossen…</numerusform></translation>
    </message>
    <message>
        <source>Connect to the office…</source>
        <translation>Verbinden met het kantoor…</translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation>Opnieuw aanmelden…</translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation>Verbinden met het kantoor…</translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 (%3)</source>
        <translation>Wijzigingen verzenden: %1 van %2 (%3)</translation>
    </message>
    <message>
        <source>Receiving changes: %1 (%2)</source>
        <translation>Wijzigingen ontvangen: %1 (%2)</translation>
    </message>
    <message>
        <source>Finishing the sync…</source>
        <translation>Synchronisatie afronden…</translation>
    </message>
</context>
<context>
    <name>schouw::UnlockPage</name>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Vul de wachtwoordzin in.</translation>
    </message>
    <message>
        <source>That passphrase is not correct.</source>
        <translation>Wachtwoordzin onjuist. Vul de wachtwoordzin opnieuw in.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation>Te veel pogingen. Opnieuw proberen kan over %1.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Gegevens worden geopend…</translation>
    </message>
</context>
<context>
    <name>schouw::VaultSession</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel pogingen. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Te veel pogingen. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::VisitPage</name>
    <message>
        <source>This visit no longer exists.</source>
        <translation>Dit bezoek bestaat niet meer.</translation>
    </message>
    <message>
        <source>The assessment framework of this visit is not on this computer. Synchronise with the office to get it.</source>
        <translation>Het toetsingskader van dit bezoek staat niet op deze computer. Synchroniseer met kantoor om het op te halen.</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>gestart %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>afgerond %1</translation>
    </message>
    <message>
        <source>%1 of %2 norms judged</source>
        <translation>%1 van %2 normen beoordeeld</translation>
    </message>
</context>
<context>
    <name>schouw::WorkspacePage</name>
    <message>
        <source>No providers yet. They arrive with the next synchronisation.</source>
        <translation>Nog geen zorgaanbieders. Die komen binnen bij de volgende synchronisatie.</translation>
    </message>
    <message>
        <source>Providers: %1</source>
        <translation>Zorgaanbieders: %1</translation>
    </message>
    <message>
        <source>No providers match your search.</source>
        <translation>Geen zorgaanbieders gevonden die bij de zoekopdracht passen.</translation>
    </message>
    <message>
        <source>Matching your search: %1 of %2</source>
        <translation>Passend bij de zoekopdracht: %1 van %2</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Alle sectoren</translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation>Naam (A–Z)</translation>
    </message>
    <message>
        <source>City (A–Z)</source>
        <translation>Plaats (A–Z)</translation>
    </message>
    <message>
        <source>Most open signals first</source>
        <translation>Meeste open signalen eerst</translation>
    </message>
</context>
<context>
    <name>schouw::sync::AttachmentTransfer</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>De synchronisatie is afgebroken.</translation>
    </message>
    <message>
        <source>An attachment on this computer is damaged.</source>
        <translation>Een bijlage op deze computer is beschadigd.</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) arrived damaged from the office and were discarded. They are downloaded again at the next sync.</source>
        <translation><numerusform>%n bijlage is beschadigd van het kantoor binnengekomen en verwijderd. Deze wordt bij de volgende synchronisatie opnieuw gedownload.</numerusform><numerusform>%n bijlagen zijn beschadigd van het kantoor binnengekomen en verwijderd. Deze worden bij de volgende synchronisatie opnieuw gedownload.</numerusform></translation>
    </message>
</context>
<context>
    <name>schouw::sync::OfficeClient</name>
    <message>
        <source>the certificate was issued for another server name</source>
        <translation>het certificaat is uitgegeven voor een andere servernaam</translation>
    </message>
    <message>
        <source>the certificate has expired or is not valid yet</source>
        <translation>het certificaat is verlopen of nog niet geldig</translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation>het certificaat is ingetrokken</translation>
    </message>
    <message>
        <source>the certificate is not issued by a trusted authority; the office's own CA certificate may be needed</source>
        <translation>het certificaat is niet uitgegeven door een vertrouwde instantie; mogelijk is het eigen CA-certificaat van het kantoor nodig</translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation>het certificaat kon niet worden gecontroleerd</translation>
    </message>
    <message>
        <source>The office connection is not set up.</source>
        <translation>De verbinding met het kantoor is niet ingesteld.</translation>
    </message>
    <message>
        <source>A pin must have the form sha256//&lt;base64 of 32 bytes&gt;.</source>
        <translation>Een pin moet de vorm sha256//&lt;base64 van 32 bytes&gt; hebben.</translation>
    </message>
    <message>
        <source>The office address must be an https:// address with a server name.</source>
        <translation>Het adres van het kantoor moet een https://-adres met een servernaam zijn.</translation>
    </message>
    <message>
        <source>The office address may not contain a user name, a query or a fragment.</source>
        <translation>Het adres van het kantoor mag geen gebruikersnaam, zoekopdracht of fragment bevatten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer itself (localhost); use https:// for the office.</source>
        <translation>Onbeveiligd http:// is alleen toegestaan naar deze computer zelf (localhost); gebruik https:// voor het kantoor.</translation>
    </message>
    <message>
        <source>The timeout must be more than zero.</source>
        <translation>De time-out moet groter zijn dan nul.</translation>
    </message>
    <message>
        <source>The CA file holds no certificate in PEM form.</source>
        <translation>Het CA-bestand bevat geen certificaat in PEM-vorm.</translation>
    </message>
    <message>
        <source>Log in to the office with your user name and password.</source>
        <translation>Meld u bij het kantoor aan met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>The office sent an answer Schouw does not understand.</source>
        <translation>Het kantoor stuurde een antwoord dat Schouw niet begrijpt.</translation>
    </message>
    <message>
        <source>The office sent an answer Schouw does not understand; nothing of it was applied.</source>
        <translation>Het kantoor stuurde een antwoord dat Schouw niet begrijpt; er is niets van verwerkt.</translation>
    </message>
    <message>
        <source>The office sends data of a newer Schouw. Update Schouw to sync.</source>
        <translation>Het kantoor stuurt gegevens van een nieuwere versie van Schouw. Werk Schouw bij om te synchroniseren.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>De synchronisatie is afgebroken.</translation>
    </message>
    <message>
        <source>The office's certificate does not match the pinned key. Nothing was sent: someone may be intercepting the connection, or the office changed its key.</source>
        <translation>Het certificaat van het kantoor past niet bij de vastgelegde sleutel. Er is niets verstuurd: mogelijk onderschept iemand de verbinding, of het kantoor heeft een andere sleutel.</translation>
    </message>
    <message>
        <source>The office's answer is larger than Schouw accepts; it was refused.</source>
        <translation>Het antwoord van het kantoor is groter dan Schouw accepteert; het is geweigerd.</translation>
    </message>
    <message numerus="yes">
        <source>The office did not answer within %n second(s).</source>
        <translation>
            <numerusform>Het kantoor heeft niet binnen %n seconde geantwoord.</numerusform>
            <numerusform>Het kantoor heeft niet binnen %n seconden geantwoord.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure connection to the office could be made. Nothing was sent.</source>
        <translation>Er kon geen beveiligde verbinding met het kantoor worden gemaakt. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The office's certificate was refused: %1. Nothing was sent.</source>
        <translation>Het certificaat van het kantoor is geweigerd: %1. Er is niets verstuurd.</translation>
    </message>
    <message>
        <source>The office cannot be reached. Check the network connection and the office address.</source>
        <translation>Het kantoor is niet bereikbaar. Controleer de netwerkverbinding en het adres van het kantoor.</translation>
    </message>
    <message numerus="yes">
        <source>The office is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>Het kantoor is bezet. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>Het kantoor is bezet. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is busy. Try again later.</source>
        <translation>Het kantoor is bezet. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The office uses a newer sync protocol than this Schouw. Update Schouw to sync.</source>
        <translation>Het kantoor gebruikt een nieuwer synchronisatieprotocol dan deze versie van Schouw. Werk Schouw bij om te synchroniseren.</translation>
    </message>
    <message>
        <source>The office refused the request as malformed.</source>
        <translation>Het kantoor heeft het verzoek als ongeldig geweigerd.</translation>
    </message>
    <message>
        <source>The office did not accept the user name and password.</source>
        <translation>Het kantoor heeft de gebruikersnaam en het wachtwoord niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The login to the office has expired. Log in again with your user name and password; no change is lost.</source>
        <translation>De aanmelding bij het kantoor is verlopen. Meld u opnieuw aan met uw gebruikersnaam en wachtwoord; er gaat geen wijziging verloren.</translation>
    </message>
    <message>
        <source>The office has revoked this device's access.</source>
        <translation>Het kantoor heeft de toegang van dit apparaat ingetrokken.</translation>
    </message>
    <message>
        <source>The office refused: this is outside your access. Nothing of the batch was stored.</source>
        <translation>Het kantoor heeft geweigerd: dit valt buiten uw toegang. Er is niets van de reeks wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <source>The office ended the request: it took too long.</source>
        <translation>Het kantoor heeft het verzoek beëindigd: het duurde te lang.</translation>
    </message>
    <message>
        <source>The office refused the data as too large.</source>
        <translation>Het kantoor heeft de gegevens als te groot geweigerd.</translation>
    </message>
    <message>
        <source>The office does not know a record these changes refer to. Nothing of the batch was stored.</source>
        <translation>Het kantoor kent een record niet waarnaar deze wijzigingen verwijzen. Er is niets van de reeks wijzigingen opgeslagen.</translation>
    </message>
    <message>
        <source>The address does not lead to a Schouw office service.</source>
        <translation>Het adres leidt niet naar een kantoorservice van Schouw.</translation>
    </message>
    <message>
        <source>The office service ran into an error. Try again later.</source>
        <translation>Er is een fout opgetreden in de kantoorservice. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The office sent an answer Schouw does not understand (HTTP %1).</source>
        <translation>Het kantoor stuurde een antwoord dat Schouw niet begrijpt (HTTP %1).</translation>
    </message>
    <message>
        <source>The office does not hold this attachment's content for you (yet).</source>
        <translation>Het kantoor heeft de inhoud van deze bijlage (nog) niet voor u beschikbaar.</translation>
    </message>
    <message>
        <source>The office refused: attachments are outside your access.</source>
        <translation>Het kantoor weigerde: deze bijlagen vallen buiten uw toegang.</translation>
    </message>
    <message>
        <source>The office found the uploaded attachment damaged and kept nothing of it.</source>
        <translation>Het kantoor trof de verzonden bijlage beschadigd aan en heeft er niets van bewaard.</translation>
    </message>
</context>
<context>
    <name>schouw::sync::SyncRun</name>
    <message>
        <source>No office address is known yet: give it for the first sync.</source>
        <translation>Er is nog geen adres van het kantoor bekend: geef het op bij de eerste synchronisatie.</translation>
    </message>
    <message>
        <source>This is another office address. Log in with your user name and password.</source>
        <translation>Dit is een ander adres van het kantoor. Meld u aan met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>This computer is not logged in to the office. Log in with your user name and password.</source>
        <translation>Deze computer is niet aangemeld bij het kantoor. Meld u aan met uw gebruikersnaam en wachtwoord.</translation>
    </message>
    <message>
        <source>The office's data has changed since the last sync, for example because it was restored from a backup. Nothing was changed here. Confirm to send all changes made on this computer again and to fetch the office's data anew.</source>
        <translation>De gegevens van het kantoor zijn sinds de vorige synchronisatie veranderd, bijvoorbeeld doordat een back-up is teruggezet. Hier is niets gewijzigd. Bevestig om alle wijzigingen van deze computer opnieuw te versturen en de gegevens van het kantoor opnieuw op te halen.</translation>
    </message>
    <message>
        <source>A change is too large to send to the office.</source>
        <translation>Een wijziging is te groot om naar het kantoor te sturen.</translation>
    </message>
    <message>
        <source>The office's changes would delete %1 of the %2 records on this computer. They were not applied. Confirm to go ahead.</source>
        <translation>De wijzigingen van het kantoor zouden %1 van de %2 records op deze computer verwijderen. Ze zijn niet verwerkt. Bevestig om door te gaan.</translation>
    </message>
    <message>
        <source>The sync was cancelled. Nothing is lost.</source>
        <translation>De synchronisatie is afgebroken. Er is niets verloren gegaan.</translation>
    </message>
</context>
</TS>