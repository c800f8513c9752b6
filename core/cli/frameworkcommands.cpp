#include "commands.h"

#include "console.h"
#include "frameworks/frameworkimport.h"
#include "frameworks/frameworkloader.h"
#include "vault/frameworkrepository.h"
#include "vault/vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace schouw {

namespace {

// Lists are printed as one JSON array on one line; Console only knows objects.
void printArray(Console &console, const QJsonArray &array)
{
    console.printText(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) +
                      QLatin1Char('\n'));
}

QJsonObject problemJson(const FrameworkIssue &issue)
{
    return {{QStringLiteral("kind"), FrameworkIssue::kindKey(issue.kind)},
            {QStringLiteral("path"), issue.path},
            {QStringLiteral("line"), issue.line},
            {QStringLiteral("column"), issue.column},
            {QStringLiteral("message"), issue.message}};
}

int normCount(const Framework &framework)
{
    int count = 0;
    for (const Theme &theme : framework.themes)
        count += static_cast<int>(theme.norms.size());
    return count;
}

QJsonArray sectorKeys(const QList<Sector> &sectors)
{
    QJsonArray keys;
    for (Sector sector : sectors)
        keys.append(keyOf(sector));
    return keys;
}

QJsonArray guidesJson(const QList<InterviewGuide> &guides)
{
    QJsonArray result;
    for (const InterviewGuide &guide : guides) {
        QJsonArray questions;
        for (const InterviewQuestion &question : guide.questions)
            questions.append(QJsonObject {
                {QStringLiteral("text"), question.text},
                {QStringLiteral("norms"), QJsonArray::fromStringList(question.normCodes)}});
        result.append(QJsonObject {{QStringLiteral("group"), keyOf(guide.group)},
                                   {QStringLiteral("questions"), questions}});
    }
    return result;
}

} // namespace

Result<ExitCode> Commands::frameworkImport(const Invocation &invocation, Console &console)
{
    const QString file = invocation.arguments.value(0);
    // The file is checked before the vault is opened: a bad file costs no passphrase and can
    // never leave half a framework behind.
    FrameworkParse parse = FrameworkLoader::readFile(file);
    if (!parse.framework) {
        if (parse.issues.constFirst().kind == FrameworkIssue::Kind::Unreadable)
            return std::unexpected(FrameworkLoader::errorFor(parse.issues, file));
        QJsonArray problems;
        for (const FrameworkIssue &issue : std::as_const(parse.issues))
            problems.append(problemJson(issue));
        console.printJson({{QStringLiteral("file"), file},
                           {QStringLiteral("status"), QStringLiteral("invalid")},
                           {QStringLiteral("problems"), problems}});
        return fail(ErrorCode::InvalidInput,
                    tr("%n problem(s) in %1; nothing was imported.", nullptr,
                       static_cast<int>(parse.issues.size()))
                        .arg(file),
                    FrameworkLoader::errorFor(parse.issues, file).detail);
    }

    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    const LoadedFramework &loaded = *parse.framework;
    auto outcome = FrameworkImport::add(**opened, loaded);
    if (!outcome)
        return std::unexpected(outcome.error());
    console.printJson(
        {{QStringLiteral("status"),
          *outcome == FrameworkImport::Outcome::Imported ? QStringLiteral("imported")
                                                         : QStringLiteral("already_present")},
         {QStringLiteral("id"), idText(loaded.framework.id)},
         {QStringLiteral("code"), loaded.framework.code},
         {QStringLiteral("version"), loaded.framework.version},
         {QStringLiteral("title"), loaded.framework.title},
         {QStringLiteral("themes"), loaded.framework.themes.size()},
         {QStringLiteral("norms"), loaded.normCount()}});
    return ExitCode::Ok;
}

Result<ExitCode> Commands::frameworkList(const Invocation &invocation, Console &console)
{
    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    FrameworkRepository repository(**opened);
    auto frameworks = repository.list();
    if (!frameworks)
        return std::unexpected(frameworks.error());
    QJsonArray result;
    for (const Framework &summary : std::as_const(*frameworks)) {
        // list() leaves the themes out; the counts need them.
        auto found = repository.find(summary.id);
        if (!found)
            return std::unexpected(found.error());
        const Framework &framework = found->value_or(summary);
        result.append(QJsonObject {{QStringLiteral("id"), idText(framework.id)},
                                   {QStringLiteral("code"), framework.code},
                                   {QStringLiteral("version"), framework.version},
                                   {QStringLiteral("title"), framework.title},
                                   {QStringLiteral("sectors"), sectorKeys(framework.sectors)},
                                   {QStringLiteral("themes"), framework.themes.size()},
                                   {QStringLiteral("norms"), normCount(framework)}});
    }
    printArray(console, result);
    return ExitCode::Ok;
}

Result<ExitCode> Commands::frameworkShow(const Invocation &invocation, Console &console)
{
    const Id id = idFromText(invocation.arguments.value(0));
    if (id.isNull())
        return fail(ErrorCode::InvalidInput, tr("A framework id is a UUID."),
                    QStringLiteral("framework show: argument is not a UUID"));
    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    FrameworkRepository repository(**opened);
    auto found = repository.find(id);
    if (!found)
        return std::unexpected(found.error());
    if (!found->has_value())
        return fail(ErrorCode::NotFound, tr("There is no framework with this id in the vault."),
                    QStringLiteral("framework show: no such id"));
    const Framework &framework = **found;
    // Evidence hints and interview guides live only in the stored document.
    auto definition = repository.definition(id);
    if (!definition)
        return std::unexpected(definition.error());
    const FrameworkParse document = FrameworkValidator::parse(definition->toUtf8());
    const LoadedFramework extra = document.framework.value_or(LoadedFramework {});

    QJsonArray themes;
    for (const Theme &theme : framework.themes) {
        QJsonArray norms;
        for (const Norm &norm : theme.norms)
            norms.append(
                QJsonObject {{QStringLiteral("id"), idText(norm.id)},
                             {QStringLiteral("code"), norm.code},
                             {QStringLiteral("title"), norm.title},
                             {QStringLiteral("text"), norm.text},
                             {QStringLiteral("guidance"), norm.guidance},
                             {QStringLiteral("evidence"),
                              QJsonArray::fromStringList(extra.evidence.value(norm.code))}});
        themes.append(QJsonObject {{QStringLiteral("code"), theme.code},
                                   {QStringLiteral("title"), theme.title},
                                   {QStringLiteral("norms"), norms}});
    }
    console.printJson({{QStringLiteral("id"), idText(framework.id)},
                       {QStringLiteral("code"), framework.code},
                       {QStringLiteral("version"), framework.version},
                       {QStringLiteral("title"), framework.title},
                       {QStringLiteral("sectors"), sectorKeys(framework.sectors)},
                       {QStringLiteral("themes"), themes},
                       {QStringLiteral("interviewGuides"), guidesJson(extra.interviewGuides)}});
    return ExitCode::Ok;
}

} // namespace schouw
