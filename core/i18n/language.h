#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace schouw {

// User-interface languages. Dutch is the default; English is complete. The setting lives in
// QSettings under "ui/language".
[[nodiscard]] QStringList availableLanguages(); // {"nl", "en"}
[[nodiscard]] QString defaultLanguage(); // "nl"

// Installs Schouw's and Qt's own translations for language ("nl" or "en") on the application,
// replacing earlier ones. Returns false if Schouw's catalogue for it is missing.
bool installTranslations(const QString &language);

// The language for a command-line process: from SCHOUW_LANG, else the system locale if it is one
// of ours, else English (terminals and scripts read English more often than not).
[[nodiscard]] QString commandLineLanguage();

} // namespace schouw
