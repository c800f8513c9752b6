// Locking hides everything: after idle time, on suspend, on request. Afterwards the model is
// empty, the lock page is shown, no window shows a provider and the vault is closed.

#include "appsettings.h"
#include "idlelockwatcher.h"
#include "mainwindow.h"
#include "providerlistmodel.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/vaultsession.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace schouw;
using namespace schouw::test;
using namespace std::chrono_literals;

class TestLocking : public QObject
{
    Q_OBJECT

private:
    static QString currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pages"))
            ->currentWidget()
            ->objectName();
    }

    // The state every lock must leave behind.
    void verifyLocked(MainWindow &window)
    {
        QVERIFY(!window.session().isUnlocked());
        QCOMPARE(window.providerModel().rowCount(), 0);
        QVERIFY(!window.providerModel().canFetchMore({}));
        QCOMPARE(currentPage(window), QStringLiteral("UnlockPage"));
        const QStringList leaked = leakedNames(m_providers);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
        QVERIFY(onPage<QLineEdit>(&window, "WorkspacePage", "searchEdit")->text().isEmpty());
    }

    QTemporaryDir m_dir;
    QList<Provider> m_providers;
    std::unique_ptr<MainWindow> m_window;
    QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_providers = numberedProviders(30, QStringLiteral("Woonzorg Het Baken"));
        QVERIFY(seedVault(vaultDir(), m_providers));
    }

    // Each test starts unlocked, with the list on screen and a search typed in.
    void init()
    {
        m_window = std::make_unique<MainWindow>(vaultDir(), fastOptions());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        auto *edit = onPage<QLineEdit>(m_window.get(), "UnlockPage", "passphraseEdit");
        QTest::keyClicks(edit, QString::fromUtf8(TestPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(m_window->session().isUnlocked());
        QCOMPARE(currentPage(*m_window), QStringLiteral("WorkspacePage"));
        QCOMPARE(m_window->providerModel().rowCount(), m_providers.size());
        // What the test looks for is really on screen before the lock, so a passing check
        // afterwards means something.
        QCOMPARE(leakedNames(m_providers).size(), m_providers.size());
        onPage<QLineEdit>(m_window.get(), "WorkspacePage", "searchEdit")
            ->setText(m_providers.first().name);
        QTRY_COMPARE(m_window->providerModel().rowCount(), 1);
    }

    void cleanup() { m_window.reset(); }

    void autoLockAfterIdle()
    {
        // The timeout counts from the last input.
        QTest::keyClick(m_window.get(), Qt::Key_Shift);
        QElapsedTimer clock;
        clock.start();
        m_window->idleWatcher().setTimeout(300ms);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session().isUnlocked(), 5000);
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
        verifyLocked(*m_window);
        auto *notice = onPage<QLabel>(m_window.get(), "UnlockPage", "noticeLabel");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("not used for 1 min")),
                 qPrintable(notice->text()));
        QVERIFY(!m_window->idleWatcher().isRunning());
    }

    void inputPostponesTheIdleLock()
    {
        auto *table = onPage<QTableView>(m_window.get(), "WorkspacePage", "providerTable");
        m_window->idleWatcher().setTimeout(800ms);
        QElapsedTimer busy;
        busy.start();
        // Twice the timeout of someone using the keyboard and mouse.
        for (int i = 0; busy.elapsed() < 1600; ++i) {
            if (i % 2)
                QTest::keyClick(m_window.get(), Qt::Key_Shift);
            else
                QTest::mouseMove(table->viewport(), QPoint(20 + i % 40, 20));
            QTest::qWait(100);
        }
        QVERIFY(m_window->session().isUnlocked());
        // Then nobody touches anything.
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->session().isUnlocked(), 5000);
        verifyLocked(*m_window);
    }

    void programmaticEventsAreNotActivity()
    {
        m_window->idleWatcher().setTimeout(400ms);
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 1500 && m_window->session().isUnlocked()) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Shift, Qt::NoModifier);
            QCoreApplication::sendEvent(m_window.get(), &press);
            QTest::qWait(50);
        }
        QVERIFY(!m_window->session().isUnlocked());
    }

    void lockOnApplicationSuspended()
    {
        m_window->onApplicationStateChanged(Qt::ApplicationInactive); // focus elsewhere: no lock
        QVERIFY(m_window->session().isUnlocked());
        m_window->onApplicationStateChanged(Qt::ApplicationSuspended);
        verifyLocked(*m_window);
        QVERIFY(onPage<QLabel>(m_window.get(), "UnlockPage", "noticeLabel")
                    ->text()
                    .contains(QStringLiteral("sleep")));
    }

    void lockFromTheMenuShortcut()
    {
        auto *action = m_window->findChild<QAction *>(QStringLiteral("actionLock"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_window->session().isUnlocked());
        verifyLocked(*m_window);
        QVERIFY(!action->isEnabled());
    }

    void filtersNarrowTheListAndAreResetByTheLock()
    {
        auto *search = onPage<QLineEdit>(m_window.get(), "WorkspacePage", "searchEdit");
        auto *sector = onPage<QComboBox>(m_window.get(), "WorkspacePage", "sectorCombo");
        auto *openOnly = onPage<QCheckBox>(m_window.get(), "WorkspacePage", "openSignalsCheck");
        QVERIFY(search && sector && openOnly);
        search->clear();
        QTRY_COMPARE(m_window->providerModel().rowCount(), m_providers.size());
        QCOMPARE(sector->count(), 12); // "all sectors" and the eleven sectors
        sector->setCurrentIndex(1 + static_cast<int>(m_providers.first().sector));
        QTRY_VERIFY(m_window->providerModel().rowCount() < m_providers.size());
        QVERIFY(m_window->providerModel().rowCount() > 0);
        openOnly->setChecked(true); // the seeded providers have no risk signals
        QTRY_COMPARE(m_window->providerModel().rowCount(), 0);
        m_window->lock();
        verifyLocked(*m_window);
        QCOMPARE(sector->currentIndex(), 0);
        QVERIFY(!openOnly->isChecked());
    }

    void lockClearsWhatWasCopied()
    {
        // Only a real windowing system says whose the clipboard is; ctest runs this function
        // again under Xvfb as tst_locking_x11.
        if (QGuiApplication::platformName() == QStringLiteral("offscreen"))
            QSKIP("clipboard ownership needs a windowing system: covered by tst_locking_x11");
        QClipboard *clipboard = QApplication::clipboard();
        clipboard->setText(m_providers.first().name);
        QCOMPARE(clipboard->text(), m_providers.first().name);
        m_window->lock();
        verifyLocked(*m_window);
        QVERIFY(clipboard->text().isEmpty());
    }

    void lockClosesOtherWindows()
    {
        // A window of the app that shows a provider (as a future detail dialog would) ...
        QPointer<QDialog> detail = new QDialog(m_window.get());
        detail->setAttribute(Qt::WA_DeleteOnClose);
        auto *layout = new QVBoxLayout(detail);
        layout->addWidget(new QLabel(m_providers.at(3).name, detail));
        detail->show();
        // ... a modeless settings dialog and a separate top-level window.
        m_window->findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
        QWidget other;
        other.setWindowTitle(m_providers.at(4).name);
        other.show();
        QVERIFY(QTest::qWaitForWindowExposed(detail.data()));
        QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("settingsDialog")));
        QVERIFY(m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))->isVisible());
        QVERIFY(!leakedNames(m_providers, false).isEmpty());

        m_window->lock();

        QVERIFY(!m_window->session().isUnlocked());
        QVERIFY(!other.isVisible());
        QTRY_VERIFY(detail.isNull()); // closed, and deleted since it asked for that
        QTRY_VERIFY(!m_window->findChild<QDialog *>(QStringLiteral("settingsDialog")));
        const QStringList leaked = leakedNames(m_providers, false);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(QStringLiteral(", "))));
        for (QWidget *window : QApplication::topLevelWidgets())
            QVERIFY2(window == m_window.get() || !window->isVisible(),
                     qPrintable(window->objectName()));
    }

    void unlockAgainShowsTheListAgain()
    {
        m_window->lock();
        verifyLocked(*m_window);
        auto *edit = onPage<QLineEdit>(m_window.get(), "UnlockPage", "passphraseEdit");
        QTest::keyClicks(edit, QString::fromUtf8(TestPassphrase));
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_VERIFY(m_window->session().isUnlocked());
        QCOMPARE(m_window->providerModel().rowCount(), m_providers.size());
        QVERIFY(m_window->idleWatcher().isRunning());
        QVERIFY(!onPage<QLabel>(m_window.get(), "UnlockPage", "noticeLabel")->isVisible());
    }

    void settingsChangeTheTimeout()
    {
        QCOMPARE(AppSettings::autoLockMinutes(), AppSettings::DefaultAutoLockMinutes);
        QCOMPARE(m_window->idleWatcher().timeout(), std::chrono::milliseconds(5min));
        m_window->showSettings();
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))));
        auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("autoLockSpin"));
        QVERIFY(spin);
        QCOMPARE(spin->value(), 5);
        QCOMPARE(spin->minimum(), 1); // locking cannot be switched off
        spin->setValue(2);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(AppSettings::autoLockMinutes(), 2);
        QCOMPARE(m_window->idleWatcher().timeout(), std::chrono::milliseconds(2min));
        QSettings().clear();
    }
};

QTEST_MAIN(TestLocking)
#include "tst_locking.moc"
