#pragma once

#include "domain/error.h"
#include "frameworkdocument.h"

#include <QCoreApplication>

namespace schouw {

class Vault;

// Puts a validated framework version into the vault, keeping versions immutable: a code and
// version once imported never change. Importing the identical document again is a success that
// writes nothing; a different document under the same code and version, or a document reusing
// another version's id, is refused (InvalidInput) and writes nothing.
class FrameworkImport
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkImport)

public:
    enum class Outcome { Imported, AlreadyPresent };

    // The vault must be open. Database errors pass through.
    [[nodiscard]] static Result<Outcome> add(Vault &vault, const LoadedFramework &loaded);
};

} // namespace schouw
