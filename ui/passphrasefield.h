#pragma once

#include "vault/securebytes.h"

class QLineEdit;

namespace schouw {

// Moves what was typed into a passphrase field into guarded memory and empties the field, so
// the passphrase stays in ordinary memory for as short a time as Qt allows.
[[nodiscard]] SecureBytes takePassphrase(QLineEdit *field);

} // namespace schouw
