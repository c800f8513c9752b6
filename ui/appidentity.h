#pragma once

namespace schouw {

// Sets the organisation and application names ("Schouw", "Schouw"), the version and the desktop
// file name. QSettings and QStandardPaths derive their places from these, so main() calls this
// before reading any setting.
void setApplicationIdentity();

} // namespace schouw
