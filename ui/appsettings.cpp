#include "appsettings.h"

#include "i18n/language.h"

#include <QSettings>

#include <algorithm>

namespace schouw {

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString AutomaticSyncKey = QStringLiteral("sync/automatic");

int clampMinutes(int minutes)
{
    return std::clamp(minutes, AppSettings::MinimumAutoLockMinutes,
                      AppSettings::MaximumAutoLockMinutes);
}

} // namespace

QString AppSettings::language()
{
    const QString stored = QSettings().value(LanguageKey).toString();
    return availableLanguages().contains(stored) ? stored : defaultLanguage();
}

void AppSettings::setLanguage(const QString &language)
{
    if (availableLanguages().contains(language))
        QSettings().setValue(LanguageKey, language);
}

int AppSettings::autoLockMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(AutoLockKey, DefaultAutoLockMinutes).toInt(&ok);
    return ok ? clampMinutes(minutes) : DefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    QSettings().setValue(AutoLockKey, clampMinutes(minutes));
}

std::chrono::milliseconds AppSettings::autoLockTimeout()
{
    return std::chrono::minutes(autoLockMinutes());
}

bool AppSettings::automaticSync()
{
    return QSettings().value(AutomaticSyncKey, true).toBool();
}

void AppSettings::setAutomaticSync(bool enabled)
{
    QSettings().setValue(AutomaticSyncKey, enabled);
}

} // namespace schouw
