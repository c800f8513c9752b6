#include "testdata.h"

namespace schouw::test {

Framework sampleFramework(int themes, int normsPerTheme)
{
    Framework framework;
    framework.id = newId();
    framework.code = QStringLiteral("VV");
    framework.version = QStringLiteral("2026.1");
    framework.title = QStringLiteral("Toetsingskader verpleeghuiszorg");
    framework.sectors = {Sector::NursingAndCare};
    for (int t = 1; t <= themes; ++t) {
        Theme theme;
        theme.code = QString::number(t);
        theme.title = QStringLiteral("Thema %1").arg(t);
        theme.position = t - 1;
        for (int n = 1; n <= normsPerTheme; ++n) {
            Norm norm;
            norm.code = QStringLiteral("%1.%2").arg(t).arg(n);
            norm.title = QStringLiteral("Norm %1").arg(norm.code);
            norm.text = QStringLiteral("Tekst van norm %1").arg(norm.code);
            norm.guidance = QStringLiteral("Let op");
            norm.position = n;
            theme.norms << norm;
        }
        framework.themes << theme;
    }
    return framework;
}

} // namespace schouw::test
