#pragma once

#include <QLoggingCategory>

namespace schouw {

// "schouw.ui": what the windows did, never what they showed (no names, no passphrases).
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace schouw
