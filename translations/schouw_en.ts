<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The PostgreSQL server refused the password of the office store&apos;s database user. Check the password file ([store] password_file) or PGPASSFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the office store&apos;s login: the user in the store URL is unknown, or pg_hba.conf does not let it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database named in the store URL does not exist on the PostgreSQL server. Create it (createdb) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server accepts no more connections right now. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the office store&apos;s connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server asks for a password and none was given. Name a password file ([store] password_file) or set PGPASSFILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 cannot be reached. Check that it runs and that the store URL names the right host and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the office store&apos;s PostgreSQL server was lost. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store is busy. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already in the office store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store cannot keep this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store&apos;s PostgreSQL server reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL cannot be read. Write it as postgresql://user@host:port/database (the URL is not shown here: it may contain a password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL client library could not start a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <source>The file is larger than %1, the most an attachment may be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment arrived damaged from the office and was discarded. It is downloaded again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s content has not been downloaded yet. It arrives with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment&apos;s content is not on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment download is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeApplier</name>
    <message>
        <source>The office sent changes this version of Schouw cannot apply. Nothing of them was applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeWriter</name>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to change no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to restore is not here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument after the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command. Commands are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; does not apply to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option &apos;--%1&apos; needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the vault&apos;s folder with --vault DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf must be &apos;standard&apos; or &apos;fast&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo needs --profile small or --profile large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number from 0 upwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be a provider id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user and --password-file go together: the first sync needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pin must have the form sha256//&lt;base64 of 32 bytes&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600.</source>
        <translation type="unfinished"></translation>
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
      Check the vault&apos;s integrity and print a JSON report.
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
      Print the visits, or one provider&apos;s visits, as a JSON array.
  providers import FILE [--dry-run] [--valid-lines-only]
      Import providers and locations from a CSV register (see
      docs/provider-register.md). A file with problems is listed per line as
      JSON and nothing is imported, unless --valid-lines-only is given.
  sync [--server URL] [--user NAME --password-file FILE] [--pin PIN]...
       [--ca-file FILE] [--allow-deletes] [--accept-server-change]
       [--timeout SECONDS]
      Send this computer&apos;s changes to the office and fetch the office&apos;s
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
                              &apos;fast&apos; is for tests only: it makes the passphrase
                              far easier to guess. Default: standard.
  --profile small|large       demo: the size of the data set.
  --seed N                    demo: the same seed gives the same data (default 1).
  --provider ID               visit list: only this provider&apos;s visits.
  --dry-run                   providers import: check and count, write nothing.
  --valid-lines-only          providers import: import the valid lines and
                              report the others.
  --server URL                sync: the office&apos;s address (https://...; http://
                              only to localhost).
  --user NAME                 sync: log in as NAME.
  --password-file FILE        sync: read the password from the first line of FILE.
  --pin sha256//BASE64        sync: accept only an office certificate with this
                              public key (SPKI SHA-256); repeat for a backup pin.
  --ca-file FILE              sync: trust the office CA certificate(s) in FILE (PEM).
  --allow-deletes             sync: go ahead when the office deletes many records.
  --accept-server-change      sync: go ahead when the office&apos;s data changed
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>There is no vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1; nothing was imported.</source>
        <translation>
            <numerusform>%n problem in %1; nothing was imported.</numerusform>
            <numerusform>%n problems in %1; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>A framework id is a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no framework with this id in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider with this id in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with problems were skipped.</source>
        <translation>
            <numerusform>%n line with problems was skipped.</numerusform>
            <numerusform>%n lines with problems were skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 is too large for a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has revoked this device. The vault on this computer has been wiped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has revoked this device. Wiping the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the sync again with --allow-deletes to apply the deletions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the sync again with --accept-server-change to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log in with --user NAME --password-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <source>This conflict has already been resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk signal check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on the signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>%1: warning: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;%1 --help&apos; for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new passphrase is weak. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too weak. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateAccountPage</name>
    <message>
        <source>Welcome to Schouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schouw encrypts everything it keeps on this computer. Choose a passphrase to protect it; you will enter it each time you open Schouw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered, by you or by anyone else. Without it, the data on this computer cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several unrelated words work well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This line is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text after a closing quote; a quote inside a quoted field must be doubled (&quot;&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field that starts on this line is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The vault is damaged and cannot be read. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with data already in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault reported an unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data can only be added to an empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No framework fits any of the demo providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits, observations, interviews and attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams and users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers, locations and risk signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment frameworks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample frameworks are built in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeed</name>
    <message>
        <source>No temporary directory is available for the demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed needs a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: schouw-server demo-seed --config FILE --password-file FILE [--seed N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-seed needs --password-file: the password every demo user gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo-seed only fills an empty store; this one already holds data. Use a new data directory for a demonstration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddedStore</name>
    <message>
        <source>The office store is busy. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store&apos;s key file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store&apos;s key file %1 may be read by other users. Restrict it to the service&apos;s account (chmod 600) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store&apos;s key file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store&apos;s key file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data directory is configured for the office store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store was made by a newer version of schouw-server. Update schouw-server; the store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store %1 exists but its key file store.key is missing. Restore the key file from the backup; the store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store cannot be created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schouw-server was built without encryption support and will not store data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store cannot be read with its key file: the key does not belong to this store, or the store is damaged. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkImport</name>
    <message>
        <source>Framework %1 version %2 is already in the vault with different content. An imported version never changes: give the changed framework a new version and a new id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of this framework is already used by framework %1 version %2. Each version needs its own id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrameworkLoader</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework file is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The framework file has %n problems; the first: %1</source>
        <translation>
            <numerusform>The framework file has %n problem: %1</numerusform>
            <numerusform>The framework file has %n problems; the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FrameworkValidator</name>
    <message>
        <source>The file is larger than the limit of %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 problems; there may be more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a %1 here, found a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &apos;%1&apos;; format %2 does not define it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &apos;%1&apos; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is %1 characters long; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must have at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list has %1 entries; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sector &apos;%1&apos;. Known sectors: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector &apos;%1&apos; is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evidence hint must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The norm code &apos;%1&apos; is already used at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The theme code &apos;%1&apos; is already used at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has %1 norms; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question points at norm &apos;%1&apos;, which this framework does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown respondent group &apos;%1&apos;. Known groups: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The respondent group &apos;%1&apos; already has a guide at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &apos;format&apos; is missing; this may not be a Schouw framework file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format %1 is not supported; this version of Schouw reads format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;id&apos; must be a UUID such as 3f0c8f9e-6a0b-4c52-9d7e-2b1f4a8c0d11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>The listen address %1 is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS the office service only listens on a loopback address (127.0.0.1 or ::1). Configure a TLS certificate and key to listen on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate file %1 does not hold a PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS key file %1 does not hold an unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS private key does not belong to the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office service was already started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office service cannot listen on address %1, port %2. Is another program using it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewRepository</name>
    <message>
        <source>The interview no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent for this interview was declined, so nothing of it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFile</name>
    <message>
        <source>There is not enough memory to unlock the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file of the vault could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Schouw now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Schouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NormPanel</name>
    <message>
        <source>Norm text and guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1  Meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2  Largely meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3  Largely fails to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4  Does not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;5  Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;0  No judgement yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the judgement rest on? Saved as you type.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login has 2 to 64 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user needs a display name of at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user but an administrator needs a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a user with the login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a provider id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider %1 in the office&apos;s register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no device %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be inspector, family_inspector, team_lead or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role must be inspector, family_inspector, team_lead or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a provider register.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeChanges</name>
    <message>
        <source>The office made a change of an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office made a change without the provider it belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeVault</name>
    <message>
        <source>The office vault&apos;s secret cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office vault&apos;s secret %1 may be read by other users. Restrict it to the service&apos;s account (chmod 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office vault&apos;s secret is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office vault&apos;s secret cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>A change is too large to send to the office. It stays in this vault; ask for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in this vault cannot be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseInput</name>
    <message numerus="yes">
        <source>The passphrase is longer than %n bytes.</source>
        <translation>
            <numerusform>The passphrase is longer than %n byte.</numerusform>
            <numerusform>The passphrase is longer than %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line of the passphrase file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too easy to guess. Use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak. Add another word or make it longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasonable. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>personal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizen service number (BSN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresStore</name>
    <message>
        <source>The store&apos;s password file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s password file %1 may be read by other users. Restrict it to the service&apos;s account (chmod 600) and start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store is busy. Try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upload is out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store was made by a newer version of schouw-server. Update schouw-server; the store has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL must start with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office store in PostgreSQL has no store id: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL is not understood. Leave it empty for the embedded store, or write postgresql://user@host:port/database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderDetailView</name>
    <message>
        <source>Select a provider to see its locations, risk signals and past visits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImport</name>
    <message>
        <source>Cannot read the file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is larger than %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header lacks this required column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 fields; the header has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KvK number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A KvK number has exactly 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sector is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sector; use a sector key such as nursing_care or its Dutch name such as &quot;verpleging en verzorging&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postcode has four digits and two letters, such as &quot;1234 AB&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The city is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 gives this KvK number another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 gives this KvK number another sector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider vanished during the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import provider register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file with one line per location of a provider. The file is checked first; nothing is imported until you confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the &amp;valid lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it; the vault has not been changed.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The option --config FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerConfig</name>
    <message>
        <source>The configuration file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown section [%2] on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 has an unknown key &quot;%2&quot; on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 sets [%2] %3 twice (line %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the configuration file %2 is neither a [section] nor a key = value line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key ([tls] certificate and key in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS file %1 does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 does not name the store&apos;s folder ([store] directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL must be empty (the embedded store) or start with postgresql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cost must be interactive, moderate or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[store] password_file is for a PostgreSQL store: set [store] url too, or remove the password file from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect the next time Schouw starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock &amp;automatically after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without keyboard or mouse use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartVisitDialog</name>
    <message>
        <source>Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Locations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Framework:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &amp;members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Schouw is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase to open your data on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>The encryption library does not accept the vault&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schouw was built without encryption support and will not store data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be read. It has not been changed; restore it from a backup or ask the office for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it; the vault has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptographic library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the vault could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is already open in another window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt to set up Schouw in %1 did not finish. Move that folder aside and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultWipe</name>
    <message>
        <source>The vault could not be removed completely; delete its folder by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitPage</name>
    <message>
        <source>&amp;Back to providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the provider list (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish visi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record now as the end of the visit. A finished visit can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen &amp;visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the finished visit back under way to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only o&amp;pen norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the norms without a judgement (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a norm in the tree (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings noted without a norm, e.g. with quick capture (Ctrl+Shift+F). Link each to the norms it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk si&amp;gnals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largely meets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largely fails to meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unannounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thematic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client council</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned to inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provider response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pharmaceutical products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mental health care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disability care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>youth care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical specialist care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medical technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prevention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursing and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care for detainees and asylum seekers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation with staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WireFormat</name>
    <message>
        <source>The data received from the office is damaged or incomplete. Try to sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data received from the office is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data was made by a newer Schouw. Update Schouw to synchronise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, city, postcode or KvK number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the providers of one sector only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;signals only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only providers with risk signals that have not been checked or closed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So&amp;rt by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of the list; clicking a column header changes it too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import provider register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update providers and their locations from a CSV register file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Schouw, the field client for inspections of health-care providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the encrypted data in &lt;directory&gt; instead of the default place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &lt;language&gt; for this session: nl or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; choose nl or en.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::ConflictsDialog</name>
    <message>
        <source>someone unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit to %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These texts were changed on two computers at the same time, or deleted elsewhere while you were still working on them. Nothing has been lost: choose what to keep. Your choice reaches the others with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no conflicts to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or write one text from the versions and keep that:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n version(s)</source>
        <translation>
            <numerusform>%1 (%2): %n version</numerusform>
            <numerusform>%1 (%2): %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Your version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted this on %2, while this computer still had changes to it that were not sent. Its data is still here. Restore it for everyone, or accept the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deleted elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::CreateAccountPage</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase is too weak to protect the data on this computer. Make it longer, for instance with another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the passphrase again in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::EvidenceList</name>
    <message>
        <source>Remove evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop photos, recordings or documents here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 kB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added:
%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save evidence as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from this finding?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::FindingsPanel</name>
    <message>
        <source>Delete finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New finding (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete finding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected finding (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you see, read or hear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to norms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to norms (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos, recordings or documents (Ctrl+Shift+A), or drop files on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the selected evidence outside the vault, where you choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings here yet. Ctrl+Enter starts a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement from the interview with %1: change its text in the interview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this finding?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete this finding and its %n piece(s) of evidence?

%1</source>
        <translation>
            <numerusform>Delete this finding and its %n piece of evidence?

%1</numerusform>
            <numerusform>Delete this finding and its %n pieces of evidence?

%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::InterviewEditor</name>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the norms this statement concerns (Space ticks the selected norm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;lace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent: only the fact that the interview was asked for is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The framework has no interview guide for this respondent group: write free notes and statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement is a finding with source ‘interview’ on the norms it concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a statement (Ctrl+Shift+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;audio recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer to question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a statement on the norms of this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the respondent said, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet linked to a norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this statement? It disappears from its norms too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record declined consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the respondent declines consent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes, the answers, the statements and the audio recordings of this interview are deleted. Only the fact that the interview was asked for remains. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio files (*.ogg *.oga *.opus *.mp3 *.m4a *.aac *.wav *.flac *.webm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‘%1’ is not an audio recording.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ‘%1’ cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recordings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::InterviewsPanel</name>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an interview (Ctrl+Shift+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an interview, or start a new one with Ctrl+Shift+I.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::LinkNormsDialog</name>
    <message>
        <source>Link to norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter norms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code or words, e.g. 2.1 or medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No norm chosen: the finding stays unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n norm(s) chosen.</source>
        <translation>
            <numerusform>%n norm chosen.</numerusform>
            <numerusform>%n norms chosen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::MainWindow</name>
    <message>
        <source>About Schouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Schouw %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;The field client for inspections of health-care providers: risk profiles, assessment frameworks, findings and reports.&lt;/p&gt;&lt;p&gt;Everything is stored encrypted on this computer and synchronised with the office.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because Schouw was not used for %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the computer went to sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked because the computer&apos;s screen was locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has revoked this computer&apos;s access. The vault on this computer has been wiped, with any changes that had not been sent. Ask the office for access again before you create a new vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has revoked this computer&apos;s access. Wiping the vault failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::NormPanel</name>
    <message>
        <source>What the inspector looks at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence to look for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::NormTreeModel</name>
    <message>
        <source>M</source>
        <comment>judgement mark: meets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LM</source>
        <comment>judgement mark: largely meets</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LF</source>
        <comment>judgement mark: largely fails to meet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <comment>judgement mark: does not meet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NA</source>
        <comment>judgement mark: not assessed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 norms judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2
%3
%n finding(s)</source>
        <translation>
            <numerusform>%1 %2
%3
%n finding</numerusform>
            <numerusform>%1 %2
%3
%n findings</numerusform>
        </translation>
    </message>
    <message>
        <source>Unassigned findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings not yet linked to a norm, e.g. from quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::OfficeLoginDialog</name>
    <message>
        <source>Connect to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schouw exchanges your work with the office: your findings go there, and the providers, frameworks and your team&apos;s visits come here. Enter the office&apos;s address and your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login to the office has expired. Enter your password to log in again; no change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://office.example.nl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;vanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for an office with its own CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sha256//… (several separated by spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key pins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s certificate is always checked. Your office&apos;s administrator gives these values when they are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;og in</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this computer will be sent after logging in.</source>
        <translation>
            <numerusform>%n change on this computer will be sent after logging in.</numerusform>
            <numerusform>%n changes on this computer will be sent after logging in.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be used as a certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office&apos;s address, for example https://office.example.nl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pin has the form sha256// followed by 44 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::PersonalDataWarning</name>
    <message>
        <source>Names become the pseudonym; a BSN, phone number or e-mail address becomes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;gnore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the text as it is; this warning does not come back for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ‘%2’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text seems to contain personal data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace with ‘%1’</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::ProviderDetailView</name>
    <message>
        <source>Severity: high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity: low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit to this provider (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KvK %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk signals (%1 open, %2 closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No risk signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past visits (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 norms judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locations recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::ProviderListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk signals that have not been checked or closed yet. Click to show the providers with the most open signals first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::QuickCaptureDialog</name>
    <message>
        <source>Quick finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as an unassigned finding of this visit; link it to norms later. Enter saves, Shift+Enter starts a new line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you see, read or hear?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the window; text already typed is kept as a finding</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::RegisterImportDialog</name>
    <message>
        <source>New providers: %1, updated: %2, new locations: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a provider register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a provider register, so nothing can be imported from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid lines: %1 of %2. There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 lines are valid. Importing them gives:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid lines: %1 of %2. The lines listed below have problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is imported unless you choose to import only the valid lines. They give:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::SettingsDialog</name>
    <message>
        <source>S&amp;ync automatically with the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ten minutes, soon after a change and when the network returns. Sync now (F9) always works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the office and the login on this computer. Changes made here stay and are sent after connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the office? Schouw stops syncing until you connect again with your user name and password. Changes made on this computer stay and are sent then.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings and interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Schouw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a visit to the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the norm tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge the norm: meets … not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the judgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous norm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only open norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture of a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the provider list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link the finding to norms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the office now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::SignalCheckPanel</name>
    <message>
        <source>low</source>
        <comment>signal severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <comment>signal severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>signal severity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider has no open risk signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · severity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was seen or heard about this signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::StartInterviewDialog</name>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are never recorded: the respondent is referred to by this pseudonym.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With declined consent only the fact that the interview was asked for is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. living room, ward De Linde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pseudonym:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::StartVisitDialog</name>
    <message>
        <source>&amp;Start visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start visit — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No locations recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no assessment framework on this computer yet. Synchronise with the office first, or import a framework.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are always part of the visits you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one location you are visiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the assessment framework for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::SyncActions</name>
    <message>
        <source>Many deletions from the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can be right, for example after a provider was moved to another team. Work of yours that has not been sent yet is never lost: such records are kept and listed under Conflicts. If in doubt, ask the office first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s data has changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This happens when the office was restored from a backup. Going ahead sends every change made on this computer again (the office skips what it still has) and fetches the office&apos;s data anew. If this is unexpected, ask the office&apos;s administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange changes with the office now (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect to the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync is already running. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::SyncController</name>
    <message>
        <source>Wait until the sync has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::SyncStatusWidget</name>
    <message>
        <source>%1 at %2</source>
        <comment>date, time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this sync; nothing is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts edited on two computers at once, and records deleted elsewhere: choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office not reachable; next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office is busy; next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync cancelled; next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login to the office has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is waiting for your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync and decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not sent yet</source>
        <translation>
            <numerusform>%n change not sent yet</numerusform>
            <numerusform>%n changes not sent yet</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to resolve…</source>
        <translation>
            <numerusform>%n conflict to resolve…</numerusform>
            <numerusform>%n conflicts to resolve…</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect to the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending changes: %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving changes: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sync…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::UnlockPage</name>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. You can try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::VaultSession</name>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many attempts. Try again in %n second.</numerusform>
            <numerusform>Too many attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::VisitPage</name>
    <message>
        <source>This visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assessment framework of this visit is not on this computer. Synchronise with the office to get it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 norms judged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::WorkspacePage</name>
    <message>
        <source>No providers yet. They arrive with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No providers match your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching your search: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (A–Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most open signals first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::sync::AttachmentTransfer</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attachment on this computer is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) arrived damaged from the office and were discarded. They are downloaded again at the next sync.</source>
        <translation>
            <numerusform>%n attachment arrived damaged from the office and was discarded. It is downloaded again at the next sync.</numerusform>
            <numerusform>%n attachments arrived damaged from the office and were discarded. They are downloaded again at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schouw::sync::OfficeClient</name>
    <message>
        <source>the certificate was issued for another server name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has expired or is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate has been revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is not issued by a trusted authority; the office&apos;s own CA certificate may be needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate could not be verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office connection is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pin must have the form sha256//&lt;base64 of 32 bytes&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office address must be an https:// address with a server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office address may not contain a user name, a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer itself (localhost); use https:// for the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file holds no certificate in PEM form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the office with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office sent an answer Schouw does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office sent an answer Schouw does not understand; nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office sends data of a newer Schouw. Update Schouw to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s certificate does not match the pinned key. Nothing was sent: someone may be intercepting the connection, or the office changed its key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s answer is larger than Schouw accepts; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The office did not answer within %n second(s).</source>
        <translation>
            <numerusform>The office did not answer within %n second.</numerusform>
            <numerusform>The office did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No secure connection to the office could be made. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s certificate was refused: %1. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office cannot be reached. Check the network connection and the office address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The office is busy. Try again in %n second(s).</source>
        <translation>
            <numerusform>The office is busy. Try again in %n second.</numerusform>
            <numerusform>The office is busy. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The office is busy. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office uses a newer sync protocol than this Schouw. Update Schouw to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office refused the request as malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office did not accept the user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login to the office has expired. Log in again with your user name and password; no change is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office has revoked this device&apos;s access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office refused: this is outside your access. Nothing of the batch was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office ended the request: it took too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office refused the data as too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office does not know a record these changes refer to. Nothing of the batch was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address does not lead to a Schouw office service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office service ran into an error. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office sent an answer Schouw does not understand (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office does not hold this attachment&apos;s content for you (yet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office refused: attachments are outside your access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office found the uploaded attachment damaged and kept nothing of it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schouw::sync::SyncRun</name>
    <message>
        <source>No office address is known yet: give it for the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is another office address. Log in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not logged in to the office. Log in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s data has changed since the last sync, for example because it was restored from a backup. Nothing was changed here. Confirm to send all changes made on this computer again and to fetch the office&apos;s data anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change is too large to send to the office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The office&apos;s changes would delete %1 of the %2 records on this computer. They were not applied. Confirm to go ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
