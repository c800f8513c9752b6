#include "frameworkimport.h"

#include "vault/frameworkrepository.h"

#include <QJsonDocument>

namespace schouw {

namespace {

// "Identical" means the same JSON value: a file re-saved with other indentation or key order is
// still the same framework version.
bool sameDocument(const QString &stored, const QString &incoming)
{
    return QJsonDocument::fromJson(stored.toUtf8()) == QJsonDocument::fromJson(incoming.toUtf8());
}

} // namespace

Result<FrameworkImport::Outcome> FrameworkImport::add(Vault &vault, const LoadedFramework &loaded)
{
    const Framework &framework = loaded.framework;
    FrameworkRepository repository(vault);
    auto existing = repository.list();
    if (!existing)
        return std::unexpected(existing.error());
    for (const Framework &other : std::as_const(*existing)) {
        const bool sameVersion = other.code == framework.code && other.version == framework.version;
        if (!sameVersion && other.id != framework.id)
            continue;
        auto definition = repository.definition(other.id);
        if (!definition)
            return std::unexpected(definition.error());
        if (sameVersion && other.id == framework.id &&
            sameDocument(*definition, loaded.definitionJson))
            return Outcome::AlreadyPresent;
        if (sameVersion)
            return fail(ErrorCode::InvalidInput,
                        tr("Framework %1 version %2 is already in the vault with different "
                           "content. An imported version never changes: give the changed "
                           "framework a new version and a new id.")
                            .arg(framework.code, framework.version),
                        QStringLiteral("framework code and version exist with another document"));
        return fail(ErrorCode::InvalidInput,
                    tr("The id of this framework is already used by framework %1 version %2. "
                       "Each version needs its own id.")
                        .arg(other.code, other.version),
                    QStringLiteral("framework id exists under another code or version"));
    }
    if (auto added = repository.add(framework, loaded.definitionJson); !added)
        return std::unexpected(added.error());
    return Outcome::Imported;
}

} // namespace schouw
