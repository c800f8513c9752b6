#include "uilog.h"

namespace schouw {

Q_LOGGING_CATEGORY(lcUi, "schouw.ui", QtInfoMsg)

} // namespace schouw
