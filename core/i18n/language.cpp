#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace schouw {

QStringList availableLanguages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString defaultLanguage()
{
    return QStringLiteral("nl");
}

bool installTranslations(const QString &language)
{
    static std::unique_ptr<QTranslator> ours;
    static std::unique_ptr<QTranslator> qt;
    for (auto *translator : {ours.get(), qt.get()})
        if (translator)
            QCoreApplication::removeTranslator(translator);
    ours = std::make_unique<QTranslator>();
    qt = std::make_unique<QTranslator>();
    const bool loaded = ours->load(QStringLiteral(":/i18n/schouw_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours.get());
    // Qt's catalogue translates standard buttons ("Cancel", "OK") and dialogs.
    if (qt->load(QStringLiteral("qtbase_") + language,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt.get());
    QLocale::setDefault(QLocale(language == QStringLiteral("nl") ? QStringLiteral("nl_NL")
                                                                 : QStringLiteral("en_GB")));
    return loaded;
}

QString commandLineLanguage()
{
    const QString requested = qEnvironmentVariable("SCHOUW_LANG");
    if (availableLanguages().contains(requested))
        return requested;
    const QString system = QLocale::system().name().left(2);
    if (availableLanguages().contains(system))
        return system;
    return QStringLiteral("en");
}

} // namespace schouw
