#include "commandline.h"

#include "commands.h"
#include "sync/client/officeclient.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QLoggingCategory>

#include <expected>
#include <optional>

namespace schouw {

namespace {

using Verb = Result<ExitCode> (*)(const Invocation &, Console &);

struct VerbSpec
{
    QString name; // one word, or two ("framework import")
    Verb run;
    QStringList options; // besides the global ones
    int arguments = 0; // positional arguments after the name
};

QList<VerbSpec> verbs()
{
    return {
        {QStringLiteral("init"), &Commands::init, {QStringLiteral("kdf")}},
        {QStringLiteral("demo"),
         &Commands::demo,
         {QStringLiteral("profile"), QStringLiteral("seed")}},
        {QStringLiteral("stats"), &Commands::stats, {}},
        {QStringLiteral("check"), &Commands::check, {}},
        {QStringLiteral("passwd"),
         &Commands::passwd,
         {QStringLiteral("new-passphrase-file"), QStringLiteral("kdf")}},
        {QStringLiteral("framework import"), &Commands::frameworkImport, {}, 1},
        {QStringLiteral("framework list"), &Commands::frameworkList, {}},
        {QStringLiteral("framework show"), &Commands::frameworkShow, {}, 1},
        {QStringLiteral("visit list"), &Commands::visitList, {QStringLiteral("provider")}},
        {QStringLiteral("providers import"),
         &Commands::providersImport,
         {QStringLiteral("dry-run"), QStringLiteral("valid-lines-only")},
         1},
        {QStringLiteral("sync"),
         &Commands::sync,
         {QStringLiteral("server"), QStringLiteral("user"), QStringLiteral("password-file"),
          QStringLiteral("pin"), QStringLiteral("ca-file"), QStringLiteral("allow-deletes"),
          QStringLiteral("accept-server-change"), QStringLiteral("timeout")}},
    };
}

const QStringList GlobalOptions = {QStringLiteral("vault"),   QStringLiteral("passphrase-file"),
                                   QStringLiteral("verbose"), QStringLiteral("help"),
                                   QStringLiteral("h"),       QStringLiteral("version")};

int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}

std::optional<KdfParams> kdfFromName(const QString &name)
{
    if (name == QStringLiteral("standard"))
        return KdfParams::standard();
    if (name == QStringLiteral("fast"))
        return KdfParams::fastForTests();
    return std::nullopt;
}

// The options schouw-cli knows. Deliberately none for a passphrase.
struct Options
{
    QCommandLineOption vault {QStringLiteral("vault"), QString(), QStringLiteral("DIR")};
    QCommandLineOption passphraseFile {QStringLiteral("passphrase-file"), QString(),
                                       QStringLiteral("FILE")};
    QCommandLineOption newPassphraseFile {QStringLiteral("new-passphrase-file"), QString(),
                                          QStringLiteral("FILE")};
    QCommandLineOption kdf {QStringLiteral("kdf"), QString(), QStringLiteral("NAME")};
    QCommandLineOption profile {QStringLiteral("profile"), QString(), QStringLiteral("NAME")};
    QCommandLineOption seed {QStringLiteral("seed"), QString(), QStringLiteral("N")};
    QCommandLineOption provider {QStringLiteral("provider"), QString(), QStringLiteral("ID")};
    QCommandLineOption server {QStringLiteral("server"), QString(), QStringLiteral("URL")};
    QCommandLineOption user {QStringLiteral("user"), QString(), QStringLiteral("NAME")};
    QCommandLineOption passwordFile {QStringLiteral("password-file"), QString(),
                                     QStringLiteral("FILE")};
    QCommandLineOption caFile {QStringLiteral("ca-file"), QString(), QStringLiteral("FILE")};
    QCommandLineOption timeout {QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS")};
    // The one option that may be given more than once (a backup pin).
    QCommandLineOption pin {QStringLiteral("pin"), QString(), QStringLiteral("PIN")};
    QCommandLineOption verbose {QStringLiteral("verbose")};
    QCommandLineOption dryRun {QStringLiteral("dry-run")};
    QCommandLineOption validLinesOnly {QStringLiteral("valid-lines-only")};
    QCommandLineOption allowDeletes {QStringLiteral("allow-deletes")};
    QCommandLineOption acceptServerChange {QStringLiteral("accept-server-change")};
    QCommandLineOption help {QStringList {QStringLiteral("h"), QStringLiteral("help")}};
    QCommandLineOption version {QStringLiteral("version")};

    [[nodiscard]] QList<QCommandLineOption> withValues() const
    {
        return {vault,  passphraseFile, newPassphraseFile, kdf,    profile, seed, provider,
                server, user,           passwordFile,      caFile, timeout};
    }
    [[nodiscard]] QList<QCommandLineOption> flags() const
    {
        return {verbose, help, version, dryRun, validLinesOnly, allowDeletes, acceptServerChange};
    }
};

// A usage error carries only its message: it is always exit code 2.
using Usage = std::unexpected<QString>;

// Positional arguments are never echoed in messages: a stray one may be a passphrase.
// The verb is the longest name that the first words match; its own arguments follow it.
std::expected<VerbSpec, QString> chooseVerb(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return Usage(CommandLine::tr("No command given."));
    const QList<VerbSpec> known = verbs();
    QStringList names;
    std::optional<VerbSpec> chosen;
    for (const VerbSpec &spec : known) {
        names << spec.name;
        const QStringList words = spec.name.split(QLatin1Char(' '));
        if (positional.mid(0, words.size()) == words &&
            (!chosen || words.size() > chosen->name.count(QLatin1Char(' ')) + 1))
            chosen = spec;
    }
    if (!chosen)
        return Usage(CommandLine::tr("Unknown command. Commands are: %1.")
                         .arg(names.join(QStringLiteral(", "))));
    const qsizetype given = positional.size() - chosen->name.count(QLatin1Char(' ')) - 1;
    if (given > chosen->arguments)
        return Usage(CommandLine::tr("Unexpected argument after the command."));
    if (given < chosen->arguments)
        return Usage(CommandLine::tr("'%1' needs an argument.").arg(chosen->name));
    return *chosen;
}

// sync's options: a login needs both the user and the password file; pins must have their form.
std::expected<void, QString> syncInvocation(const QCommandLineParser &parser,
                                            const Options &options, Invocation &invocation)
{
    invocation.serverUrl = parser.value(options.server);
    invocation.user = parser.value(options.user);
    invocation.passwordFile = parser.value(options.passwordFile);
    invocation.caFile = parser.value(options.caFile);
    invocation.allowDeletes = parser.isSet(options.allowDeletes);
    invocation.acceptServerChange = parser.isSet(options.acceptServerChange);
    if (invocation.user.isEmpty() != invocation.passwordFile.isEmpty())
        return std::unexpected(
            CommandLine::tr("--user and --password-file go together: the first sync needs both."));
    for (const QString &pin : parser.values(options.pin)) {
        if (!sync::OfficeClient::parsePin(pin))
            return std::unexpected(
                CommandLine::tr("--pin must have the form sha256//<base64 of 32 bytes>."));
        invocation.pins << pin;
    }
    if (parser.isSet(options.timeout)) {
        bool ok = false;
        invocation.timeoutSeconds = parser.value(options.timeout).toInt(&ok);
        if (!ok || invocation.timeoutSeconds < 1 || invocation.timeoutSeconds > 3600)
            return std::unexpected(
                CommandLine::tr("--timeout must be a number of seconds from 1 to 3600."));
    }
    return {};
}

std::expected<Invocation, QString> invocationFor(const QCommandLineParser &parser,
                                                 const Options &options, const VerbSpec &verb)
{
    for (const QString &name : parser.optionNames()) {
        if (!GlobalOptions.contains(name) && !verb.options.contains(name))
            return Usage(
                CommandLine::tr("The option '--%1' does not apply to '%2'.").arg(name, verb.name));
    }
    for (const QCommandLineOption &option : options.withValues()) {
        const QStringList values = parser.values(option);
        const QString name = option.names().constFirst();
        if (values.size() > 1)
            return Usage(CommandLine::tr("The option '--%1' is given more than once.").arg(name));
        if (values.size() == 1 && values.constFirst().isEmpty())
            return Usage(CommandLine::tr("The option '--%1' needs a value.").arg(name));
    }

    Invocation invocation;
    invocation.vaultDirectory = parser.value(options.vault);
    if (invocation.vaultDirectory.isEmpty())
        return Usage(CommandLine::tr("Name the vault's folder with --vault DIR."));
    invocation.passphraseFile = parser.value(options.passphraseFile);
    invocation.newPassphraseFile = parser.value(options.newPassphraseFile);
    if (parser.isSet(options.kdf)) {
        const auto params = kdfFromName(parser.value(options.kdf));
        if (!params)
            return Usage(CommandLine::tr("--kdf must be 'standard' or 'fast'."));
        invocation.kdf = *params;
    }
    if (verb.name == QStringLiteral("demo")) {
        const auto profile = DemoGenerator::profileFromName(parser.value(options.profile));
        if (!profile)
            return Usage(CommandLine::tr("demo needs --profile small or --profile large."));
        invocation.demoProfile = *profile;
    }
    invocation.arguments = parser.positionalArguments().mid(verb.name.count(QLatin1Char(' ')) + 1);
    invocation.providerId = parser.value(options.provider);
    invocation.dryRun = parser.isSet(options.dryRun);
    invocation.validLinesOnly = parser.isSet(options.validLinesOnly);
    if (!invocation.providerId.isEmpty() && idFromText(invocation.providerId).isNull())
        return Usage(CommandLine::tr("--provider must be a provider id (a UUID)."));
    if (auto syncOptions = syncInvocation(parser, options, invocation); !syncOptions)
        return Usage(syncOptions.error());
    if (parser.isSet(options.seed)) {
        bool ok = false;
        invocation.demoSeed = parser.value(options.seed).toULongLong(&ok);
        if (!ok)
            return Usage(CommandLine::tr("--seed must be a whole number from 0 upwards."));
    }
    return invocation;
}

} // namespace

CommandLine::CommandLine(QIODevice &out, QIODevice &err, PassphraseInput &input)
    : m_console(out, err, input)
{
}

QString CommandLine::version()
{
    return QStringLiteral(SCHOUW_VERSION);
}

QString CommandLine::helpText()
{
    return tr(
        "Usage: schouw-cli --vault DIR [--passphrase-file FILE] [--verbose] COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  init [--kdf standard|fast]\n"
        "      Create a new vault in DIR.\n"
        "  demo --profile small|large [--seed N]\n"
        "      Fill the vault with synthetic demo data; prints what was made as JSON.\n"
        "  stats\n"
        "      Print the number of records and of changes waiting for sync as JSON.\n"
        "  check\n"
        "      Check the vault's integrity and print a JSON report.\n"
        "  passwd [--new-passphrase-file FILE] [--kdf standard|fast]\n"
        "      Change the passphrase. Only the key file is rewritten.\n"
        "  framework import FILE\n"
        "      Check an assessment framework file and add it to the vault. Prints the\n"
        "      problems as JSON when the file is not valid; nothing is imported then.\n"
        "  framework list\n"
        "      Print the framework versions in the vault as a JSON array.\n"
        "  framework show ID\n"
        "      Print one framework version with its themes and norms as JSON.\n"
        "  visit list [--provider ID]\n"
        "      Print the visits, or one provider's visits, as a JSON array.\n"
        "  providers import FILE [--dry-run] [--valid-lines-only]\n"
        "      Import providers and locations from a CSV register (see\n"
        "      docs/provider-register.md). A file with problems is listed per line as\n"
        "      JSON and nothing is imported, unless --valid-lines-only is given.\n"
        "  sync [--server URL] [--user NAME --password-file FILE] [--pin PIN]...\n"
        "       [--ca-file FILE] [--allow-deletes] [--accept-server-change]\n"
        "       [--timeout SECONDS]\n"
        "      Send this computer's changes to the office and fetch the office's\n"
        "      (see docs/sync-client.md); prints what moved as JSON. The first sync\n"
        "      needs --server, --user and --password-file; later ones use the stored\n"
        "      address and login.\n"
        "\n"
        "Options:\n"
        "  --vault DIR                 The folder of the vault.\n"
        "  --passphrase-file FILE      Read the passphrase from the first line of FILE.\n"
        "                              Without it the passphrase is asked for on the\n"
        "                              terminal, or read as one line from standard input\n"
        "                              when that is not a terminal.\n"
        "  --new-passphrase-file FILE  passwd: read the new passphrase from FILE.\n"
        "  --kdf standard|fast         Cost of deriving the key from the passphrase.\n"
        "                              'fast' is for tests only: it makes the passphrase\n"
        "                              far easier to guess. Default: standard.\n"
        "  --profile small|large       demo: the size of the data set.\n"
        "  --seed N                    demo: the same seed gives the same data (default 1).\n"
        "  --provider ID               visit list: only this provider's visits.\n"
        "  --dry-run                   providers import: check and count, write nothing.\n"
        "  --valid-lines-only          providers import: import the valid lines and\n"
        "                              report the others.\n"
        "  --server URL                sync: the office's address (https://...; http://\n"
        "                              only to localhost).\n"
        "  --user NAME                 sync: log in as NAME.\n"
        "  --password-file FILE        sync: read the password from the first line of FILE.\n"
        "  --pin sha256//BASE64        sync: accept only an office certificate with this\n"
        "                              public key (SPKI SHA-256); repeat for a backup pin.\n"
        "  --ca-file FILE              sync: trust the office CA certificate(s) in FILE (PEM).\n"
        "  --allow-deletes             sync: go ahead when the office deletes many records.\n"
        "  --accept-server-change      sync: go ahead when the office's data changed\n"
        "                              (restored backup); all local changes are sent again.\n"
        "  --timeout SECONDS           sync: give up on a silent office after this long\n"
        "                              (default 30).\n"
        "  --verbose                   Add technical details to errors; log progress.\n"
        "  -h, --help                  Show this help.\n"
        "  --version                   Show the version.\n"
        "\n"
        "A passphrase or password is never accepted as a command-line argument.\n"
        "\n"
        "Exit codes: 0 success; 1 other error; 2 wrong usage; 3 wrong passphrase;\n"
        "4 damaged vault, invalid input or a failed check; 5 the office cannot be\n"
        "reached or is busy; 6 log in again; 7 the sync stopped to ask for\n"
        "confirmation; 8 the office revoked this device (the vault was wiped).\n");
}

int CommandLine::run(const QStringList &arguments)
{
    const Options options;
    QCommandLineParser parser;
    // "-passphrase" is then reported as the unknown option it is, not as "-p -a -s ...".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options.withValues());
    parser.addOptions(options.flags());
    parser.addOption(options.pin);

    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        // Only the option's name is shown: a value after '=' could be a passphrase typed in the
        // wrong place.
        m_console.usageError(unknown.isEmpty() ? parser.errorText()
                                               : tr("Unknown option '%1'.").arg(unknown.first()));
        return code(ExitCode::Usage);
    }

    m_console.setVerbose(parser.isSet(options.verbose));
    // The core's informational log lines belong in the desktop client's log; here they would mix
    // with what scripts read from stderr. --verbose brings them back, and QT_LOGGING_RULES still
    // overrides both.
    QLoggingCategory::setFilterRules(
        parser.isSet(options.verbose) ? QString() : QStringLiteral("schouw.*.info=false"));

    if (parser.isSet(options.help)) {
        m_console.printText(helpText());
        return code(ExitCode::Ok);
    }
    if (parser.isSet(options.version)) {
        m_console.printText(QStringLiteral("schouw-cli %1\n").arg(version()));
        return code(ExitCode::Ok);
    }

    const auto verb = chooseVerb(parser);
    if (!verb) {
        m_console.usageError(verb.error());
        return code(ExitCode::Usage);
    }
    const auto invocation = invocationFor(parser, options, *verb);
    if (!invocation) {
        m_console.usageError(invocation.error());
        return code(ExitCode::Usage);
    }
    const auto result = verb->run(*invocation, m_console);
    if (!result) {
        m_console.error(result.error());
        return code(exitCodeFor(result.error().code));
    }
    return code(*result);
}

} // namespace schouw
