#pragma once

#include "domain/error.h"
#include "domain/records.h"

#include <optional>

namespace schouw {

class Vault;

// Assessment frameworks (toetsingskaders). A framework version is one immutable JSON document
// (see docs/framework-format.md); its themes and norms are unpacked for reading. There is no
// update: a changed framework is a new version, and visits keep the version they used.
class FrameworkRepository
{
public:
    explicit FrameworkRepository(Vault &vault)
        : m_vault(vault)
    {
    }

    // Stores a framework version from its document. InvalidInput if this code and version exist.
    [[nodiscard]] Status add(const Framework &framework, const QString &definitionJson);
    // Same, with the document written from the Framework's own themes and norms.
    [[nodiscard]] Status add(const Framework &framework);

    // Frameworks without their themes, ordered by code and version.
    [[nodiscard]] Result<QList<Framework>> list();
    // One framework with its themes and norms.
    [[nodiscard]] Result<std::optional<Framework>> find(const Id &id);
    [[nodiscard]] Result<QString> definition(const Id &id);
    [[nodiscard]] Result<qint64> count();

    // The id a norm gets inside a framework: the same on every device.
    [[nodiscard]] static Id normId(const Id &frameworkId, const QString &normCode);
    [[nodiscard]] static QString definitionJson(const Framework &framework);

private:
    Vault &m_vault;
};

} // namespace schouw
