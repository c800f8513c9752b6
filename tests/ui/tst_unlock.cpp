// Later starts: unlocking with a right and a wrong passphrase, and the wait after several wrong
// ones.

#include "mainwindow.h"
#include "providerlistmodel.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/vaultsession.h"

#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;

class TestUnlock : public QObject
{
    Q_OBJECT

private:
    static QString currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pages"))
            ->currentWidget()
            ->objectName();
    }

    static void submit(MainWindow &window, const QString &passphrase)
    {
        auto *edit = onPage<QLineEdit>(&window, "UnlockPage", "passphraseEdit");
        edit->setFocus();
        edit->setText(QString()); // a refused submit may have left text behind
        QTest::keyClicks(edit, passphrase);
        QTest::keyClick(edit, Qt::Key_Return);
    }

    QTemporaryDir m_dir;
    QList<Provider> m_providers;
    QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_providers = numberedProviders(30, QStringLiteral("Zorghuis Kastanjelaan"));
        QVERIFY(seedVault(vaultDir(), m_providers));
    }

    void wrongPassphraseIsRefused()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(currentPage(window), QStringLiteral("UnlockPage"));
        auto *error = onPage<QLabel>(&window, "UnlockPage", "errorLabel");
        auto *edit = onPage<QLineEdit>(&window, "UnlockPage", "passphraseEdit");
        QVERIFY(error && edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!error->isVisible());

        submit(window, QStringLiteral("lindeboom-gracht-achttien"));

        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("That passphrase is not correct."));
        QVERIFY(edit->text().isEmpty());
        QVERIFY(!window.session().isUnlocked());
        QCOMPARE(currentPage(window), QStringLiteral("UnlockPage"));
        QCOMPARE(window.providerModel().rowCount(), 0);
        // No vault is open: an open one holds its lock file.
        QVERIFY(!QFile::exists(vaultDir() + QStringLiteral("/schouw.lock")));
        QVERIFY(leakedNames(m_providers).isEmpty());
        // One wrong try costs no waiting yet.
        QVERIFY(onPage<QPushButton>(&window, "UnlockPage", "unlockButton")->isEnabled());
    }

    void rightPassphraseShowsTheWorkspace()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // While the key is derived the page says so, with a wait cursor.
        auto *busy = onPage<QLabel>(&window, "UnlockPage", "busyLabel");
        QVERIFY(busy && !busy->isVisible());
        bool busyShown = false;
        connect(&window.session(), &VaultSession::unlocked, this, [&] {
            // The window has already switched pages by now; was the label shown on its own page?
            busyShown = busy->isVisibleTo(pageOf(&window, "UnlockPage")) &&
                QGuiApplication::overrideCursor() &&
                QGuiApplication::overrideCursor()->shape() == Qt::WaitCursor;
        });
        submit(window, QString::fromUtf8(TestPassphrase));

        QTRY_VERIFY(window.session().isUnlocked());
        QVERIFY(busyShown);
        QVERIFY(!busy->isVisible());
        QVERIFY(!QGuiApplication::overrideCursor());
        QCOMPARE(currentPage(window), QStringLiteral("WorkspacePage"));
        QCOMPARE(window.providerModel().rowCount(), m_providers.size());
        auto *table = onPage<QTableView>(&window, "WorkspacePage", "providerTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->index(0, ProviderListModel::NameColumn).data().toString(),
                 m_providers.first().name);
        auto *count = onPage<QLabel>(&window, "WorkspacePage", "providerCountLabel");
        QCOMPARE(count->text(), QStringLiteral("Providers: 30"));
        QVERIFY(onPage<QLineEdit>(&window, "UnlockPage", "passphraseEdit")->text().isEmpty());
    }

    void wrongThenRight()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        submit(window, QStringLiteral("not-the-passphrase"));
        QVERIFY(!window.session().isUnlocked());
        submit(window, QString::fromUtf8(TestPassphrase));
        QTRY_VERIFY(window.session().isUnlocked());
        QVERIFY(!onPage<QLabel>(&window, "UnlockPage", "errorLabel")->isVisible());
    }

    // The client opens a vault before its quick check has read every page; damage found then
    // locks the window again, with the reason on the lock page.
    void damageFoundAfterUnlockLocksAgain()
    {
        QTemporaryDir dir;
        const QString damaged = dir.filePath(QStringLiteral("vault"));
        QVERIFY(seedVault(damaged, numberedProviders(3, QStringLiteral("Zorghuis Berkenlaan"))));
        {
            auto vault = Vault::open(damaged, test::passphrase(), fastOptions());
            QVERIFY(vault);
            QVERIFY(test::damagePageOnlyAFullCheckReads(**vault));
        }

        VaultOptions options = fastOptions();
        options.deferQuickCheck = true;
        MainWindow window(damaged, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        submit(window, QString::fromUtf8(test::TestPassphrase));
        QTRY_COMPARE(currentPage(window), QStringLiteral("UnlockPage"));
        QTRY_VERIFY(!window.session().isUnlocked());
        QCOMPARE(window.providerModel().rowCount(), 0);
        auto *notice = onPage<QLabel>(&window, "UnlockPage", "noticeLabel");
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QStringLiteral("damaged")), qPrintable(notice->text()));
    }

    void repeatedFailuresCountDown()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *button = onPage<QPushButton>(&window, "UnlockPage", "unlockButton");
        auto *throttle = onPage<QLabel>(&window, "UnlockPage", "throttleLabel");
        QVERIFY(button && throttle);
        for (int i = 0; i < 3; ++i)
            submit(window, QStringLiteral("wrong-guess-%1").arg(i));

        // The fourth try must wait: the button is off and the page counts down.
        QVERIFY(window.session().throttle().remaining().count() > 0);
        QVERIFY(!button->isEnabled());
        QVERIFY(throttle->isVisible());
        QVERIFY2(throttle->text().contains(QStringLiteral("try again in 2 s")),
                 qPrintable(throttle->text()));
        const QString before = throttle->text();
        // Enter does not get around the disabled button.
        submit(window, QString::fromUtf8(TestPassphrase));
        QVERIFY(!window.session().isUnlocked());
        QTRY_VERIFY_WITH_TIMEOUT(throttle->text() != before || !throttle->isVisible(), 2500);

        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 4000);
        QVERIFY(!throttle->isVisible());
        submit(window, QString::fromUtf8(TestPassphrase));
        QTRY_VERIFY(window.session().isUnlocked());
    }
};

QTEST_MAIN(TestUnlock)
#include "tst_unlock.moc"
