#pragma once

#include <QString>

#include <chrono>

namespace schouw {

// The client's settings in QSettings (organisation and application "Schouw"): one place for the
// keys, their defaults and their bounds, so the settings dialog and the windows agree.
class AppSettings
{
public:
    static constexpr int DefaultAutoLockMinutes = 5;
    static constexpr int MinimumAutoLockMinutes = 1;
    static constexpr int MaximumAutoLockMinutes = 60;

    // "ui/language": "nl" or "en"; anything else reads as the default language.
    [[nodiscard]] static QString language();
    static void setLanguage(const QString &language);

    // "security/autoLockMinutes", clamped to the bounds above: locking cannot be switched off.
    [[nodiscard]] static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);
    [[nodiscard]] static std::chrono::milliseconds autoLockTimeout();

    // "sync/automatic": whether Schouw syncs by itself while unlocked (default on).
    [[nodiscard]] static bool automaticSync();
    static void setAutomaticSync(bool enabled);
};

} // namespace schouw
