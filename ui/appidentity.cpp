#include "appidentity.h"

#include <QGuiApplication>

namespace schouw {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Schouw"));
    QCoreApplication::setApplicationName(QStringLiteral("Schouw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHOUW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.schouw.Schouw"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Schouw"));
}

} // namespace schouw
