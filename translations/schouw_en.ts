<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
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
  --verbose                   Add technical details to errors; log progress.
  -h, --help                  Show this help.
  --version                   Show the version.

A passphrase is never accepted as a command-line argument.

Exit codes: 0 success; 1 other error; 2 wrong usage; 3 wrong passphrase;
4 damaged vault, invalid input or a failed check.
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
    <name>Schema</name>
    <message>
        <source>This vault was made by a newer version of Schouw. Update Schouw to open it; the vault has not been changed.</source>
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
</context>
<context>
    <name>schouw::ProviderListModel</name>
    <message>
        <source>Risk signals that have not been checked or closed yet</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
</TS>
