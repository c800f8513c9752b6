// Renders each page to PNG for a person to look at: create account, unlock with an error, the
// workspace with a list and with a search, the lock page and the settings dialog. Runs only
// when SCHOUW_SCREENSHOT_DIR names a directory; otherwise every function skips.

#include "i18n/language.h"
#include "idlelockwatcher.h"
#include "mainwindow.h"
#include "providerlistmodel.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;
using namespace std::chrono_literals;

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    static QList<Provider> demoProviders()
    {
        struct Row
        {
            const char *name;
            Sector sector;
            const char *city;
        };
        static const Row rows[] = {
            {"Zorggroep Noorderbreedte", Sector::NursingAndCare, "Leeuwarden"},
            {"Amstelring", Sector::NursingAndCare, "Amsterdam"},
            {"GGZ Centraal", Sector::MentalHealthCare, "Amersfoort"},
            {"'s Heeren Loo", Sector::DisabilityCare, "Amersfoort"},
            {"Jeugdhulp Friesland", Sector::YouthCare, "Leeuwarden"},
            {"Huisartsenpraktijk De Linde", Sector::PrimaryCare, "Utrecht"},
            {"Apotheek Het Zuiden", Sector::PharmaceuticalProducts, "Maastricht"},
            {"Ziekenhuis Rivierenland", Sector::MedicalSpecialistCare, "Tiel"},
            {"Thuiszorg West-Brabant", Sector::HomeCare, "Roosendaal"},
            {"Zorgcentrum De Bolder", Sector::NursingAndCare, "Zwolle"},
            {"Woonzorg Het Baken", Sector::NursingAndCare, "Groningen"},
            {"Parnassia Groep", Sector::MentalHealthCare, "Den Haag"},
            {"Ipse de Bruggen", Sector::DisabilityCare, "Zoetermeer"},
            {"Jeugdformaat", Sector::YouthCare, "Den Haag"},
            {"GGD Hollands Midden", Sector::Prevention, "Leiden"},
            {"Medisch Centrum Oost", Sector::MedicalSpecialistCare, "Enschede"},
            {"Buurtzorg Utrecht-Noord", Sector::HomeCare, "Utrecht"},
            {"Penitentiair Psychiatrisch Centrum Vught", Sector::JusticeAndAsylumCare, "Vught"},
            {"Laverhof", Sector::NursingAndCare, "Schijndel"},
            {"Zorgspectrum Het Zand", Sector::NursingAndCare, "Nieuwegein"},
            {"Dental Lab Noord", Sector::MedicalTechnology, "Assen"},
            {"Cordaan", Sector::NursingAndCare, "Amsterdam"},
            {"Pluryn", Sector::DisabilityCare, "Nijmegen"},
            {"Altrecht", Sector::MentalHealthCare, "Utrecht"},
            {"Gezondheidscentrum Overvecht", Sector::PrimaryCare, "Utrecht"},
            {"Vivium Zorggroep", Sector::NursingAndCare, "Huizen"},
            {"Zuidzorg", Sector::HomeCare, "Veldhoven"},
            {"COA Zorglocatie Ter Apel", Sector::JusticeAndAsylumCare, "Ter Apel"},
            {"Tante Louise", Sector::NursingAndCare, "Bergen op Zoom"},
            {"Kinderdagcentrum De Regenboog", Sector::YouthCare, "Utrecht"},
        };
        QList<Provider> providers;
        int n = 0;
        for (const Row &row : rows) {
            Provider provider;
            provider.id = newId();
            provider.name = QString::fromUtf8(row.name);
            provider.sector = row.sector;
            provider.city = QString::fromUtf8(row.city);
            provider.kvkNumber = QString::number(41000000 + 7919 * n++);
            providers.append(provider);
        }
        return providers;
    }

    bool enabled() const { return !m_outDir.isEmpty(); }

    void shoot(QWidget *widget, const char *name)
    {
        QApplication::processEvents();
        const QString path =
            QDir(m_outDir).filePath(QString::fromLatin1(name) + QStringLiteral(".png"));
        QVERIFY2(widget->grab().save(path), qPrintable(path));
        qInfo("wrote %s", qPrintable(path));
    }

    static void unlock(MainWindow &window)
    {
        auto *edit = onPage<QLineEdit>(&window, "UnlockPage", "passphraseEdit");
        edit->setText(QString());
        QTest::keyClicks(edit, QString::fromUtf8(TestPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QString m_outDir;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        m_outDir = qEnvironmentVariable("SCHOUW_SCREENSHOT_DIR");
        if (!enabled())
            QSKIP("set SCHOUW_SCREENSHOT_DIR to render the pages");
        QVERIFY(QDir().mkpath(m_outDir));
        // SCHOUW_LANG=nl renders the Dutch interface the inspector sees by default.
        schouw::installTranslations(schouw::commandLineLanguage());
    }

    void createAccount()
    {
        MainWindow window(m_dir.filePath(QStringLiteral("new")), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *pass = onPage<QLineEdit>(&window, "CreateAccountPage", "passphraseEdit");
        auto *repeat = onPage<QLineEdit>(&window, "CreateAccountPage", "repeatEdit");
        shoot(&window, "01-create-account-empty");
        QTest::keyClicks(pass, QStringLiteral("lindeboom gracht"));
        shoot(&window, "02-create-account-typing");
        QTest::keyClicks(pass, QStringLiteral(" zeventien"));
        QTest::keyClicks(repeat, QStringLiteral("lindeboom gracht achttien"));
        QTest::keyClick(repeat, Qt::Key_Return);
        shoot(&window, "03-create-account-mismatch");
        pass->setText(QStringLiteral("welkom1234"));
        repeat->setText(QStringLiteral("welkom1234"));
        QTest::keyClick(repeat, Qt::Key_Return);
        shoot(&window, "04-create-account-weak");
    }

    void unlockAndWorkspace()
    {
        const QString dir = m_dir.filePath(QStringLiteral("demo"));
        const QList<Provider> providers = demoProviders();
        {
            auto vault = Vault::create(dir, passphrase(), fastOptions());
            QVERIFY(vault);
            QVERIFY(insertProviders(**vault, providers));
            ProviderRepository repository(**vault);
            for (int i : {0, 0, 2, 4, 4, 4, 7, 17}) {
                RiskSignal signal;
                signal.id = newId();
                signal.providerId = providers.at(i).id;
                signal.date = QDate(2025, 2, 1);
                signal.text = QStringLiteral("Melding");
                QVERIFY(repository.addRiskSignal(signal));
            }
        }
        MainWindow window(dir, fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        shoot(&window, "05-unlock");
        auto *edit = onPage<QLineEdit>(&window, "UnlockPage", "passphraseEdit");
        QTest::keyClicks(edit, QStringLiteral("verkeerd wachtwoord"));
        QTest::keyClick(edit, Qt::Key_Return);
        shoot(&window, "06-unlock-wrong");
        for (int i = 0; i < 2; ++i) {
            QTest::keyClicks(edit, QStringLiteral("nog eens fout"));
            QTest::keyClick(edit, Qt::Key_Return);
        }
        shoot(&window, "07-unlock-throttled");
        QTRY_VERIFY_WITH_TIMEOUT(
            onPage<QPushButton>(&window, "UnlockPage", "unlockButton")->isEnabled(), 5000);

        unlock(window);
        QTRY_VERIFY(window.session().isUnlocked());
        shoot(&window, "08-workspace");
        onPage<QLineEdit>(&window, "WorkspacePage", "searchEdit")
            ->setText(QStringLiteral("utrecht"));
        QTRY_COMPARE(window.providerModel().filter(), QStringLiteral("utrecht"));
        shoot(&window, "09-workspace-search");

        window.idleWatcher().setTimeout(5min);
        window.lock(MainWindow::LockReason::Idle);
        shoot(&window, "10-locked-after-idle");

        unlock(window);
        QTRY_VERIFY(window.session().isUnlocked());
        window.showSettings();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("settingsDialog"))));
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        shoot(dialog, "11-settings");
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
