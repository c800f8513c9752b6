// First start: creating the account through the real window.

#include "mainwindow.h"
#include "providerlistmodel.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/vaultsession.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;

class TestCreateAccount : public QObject
{
    Q_OBJECT

private:
    struct Form
    {
        QLineEdit *passphrase = nullptr;
        QLineEdit *repeat = nullptr;
        QPushButton *create = nullptr;
        QLabel *error = nullptr;
        QLabel *strength = nullptr;
    };

    static Form form(MainWindow &window)
    {
        return {onPage<QLineEdit>(&window, "CreateAccountPage", "passphraseEdit"),
                onPage<QLineEdit>(&window, "CreateAccountPage", "repeatEdit"),
                onPage<QPushButton>(&window, "CreateAccountPage", "createButton"),
                onPage<QLabel>(&window, "CreateAccountPage", "errorLabel"),
                onPage<QLabel>(&window, "CreateAccountPage", "strengthLabel")};
    }

    static QString currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pages"))
            ->currentWidget()
            ->objectName();
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

    QTemporaryDir m_dir;
    QString vaultDir() const { return m_dir.filePath(QStringLiteral("vault")); }

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QDir(vaultDir()).removeRecursively(); }

    void firstStartShowsCreateAccount()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(currentPage(window), QStringLiteral("CreateAccountPage"));
        const Form f = form(window);
        QVERIFY(f.passphrase && f.repeat && f.create && f.error && f.strength);
        QCOMPARE(f.passphrase->echoMode(), QLineEdit::Password);
        QCOMPARE(f.repeat->echoMode(), QLineEdit::Password);
        QVERIFY(!f.error->isVisible());
    }

    void mismatchIsRefused()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Form f = form(window);
        type(f.passphrase, QStringLiteral("lindeboom-gracht-zeventien"));
        type(f.repeat, QStringLiteral("lindeboom-gracht-achttien"));
        QTest::mouseClick(f.create, Qt::LeftButton);

        QVERIFY(f.error->isVisible());
        QVERIFY2(f.error->text().contains(QStringLiteral("not the same")),
                 qPrintable(f.error->text()));
        QVERIFY(!window.session().isUnlocked());
        QVERIFY(!window.session().exists());
        QCOMPARE(currentPage(window), QStringLiteral("CreateAccountPage"));
        QVERIFY(f.repeat->text().isEmpty()); // to be typed again
        QCOMPARE(f.passphrase->text(), QStringLiteral("lindeboom-gracht-zeventien"));
    }

    void weakIsRefused_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("common") << QStringLiteral("password123");
        QTest::newRow("short") << QStringLiteral("Zq8!");
        QTest::newRow("repeats") << QStringLiteral("aaaaaaaaaaaaaa");
    }

    void weakIsRefused()
    {
        QFETCH(QString, passphrase);
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Form f = form(window);
        type(f.passphrase, passphrase);
        QVERIFY(!f.strength->text().isEmpty()); // feedback while typing
        type(f.repeat, passphrase);
        QTest::keyClick(f.repeat, Qt::Key_Return); // Enter submits

        QVERIFY(f.error->isVisible());
        QVERIFY2(f.error->text().contains(QStringLiteral("too weak")), qPrintable(f.error->text()));
        QVERIFY(!window.session().isUnlocked());
        QVERIFY(!window.session().exists());
        QCOMPARE(currentPage(window), QStringLiteral("CreateAccountPage"));
    }

    void goodPassphraseCreatesTheAccount()
    {
        MainWindow window(vaultDir(), fastOptions());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const Form f = form(window);
        type(f.passphrase, QString::fromUtf8(TestPassphrase));
        QVERIFY(!f.strength->text().isEmpty());
        // Enter in the first field moves on to the second while that one is empty.
        QTest::keyClick(f.passphrase, Qt::Key_Return);
        QVERIFY(!window.session().exists());
        QVERIFY(f.repeat->hasFocus());
        QTest::keyClicks(f.repeat, QString::fromUtf8(TestPassphrase));
        QTest::keyClick(f.repeat, Qt::Key_Return);

        QTRY_VERIFY(window.session().isUnlocked());
        QVERIFY(window.session().exists());
        QCOMPARE(currentPage(window), QStringLiteral("WorkspacePage"));
        // The fields do not keep the passphrase.
        QVERIFY(f.passphrase->text().isEmpty());
        QVERIFY(f.repeat->text().isEmpty());

        auto *table = onPage<QTableView>(&window, "WorkspacePage", "providerTable");
        QVERIFY(table);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model(), &window.providerModel());
        QCOMPARE(table->model()->columnCount(), 4);
        QCOMPARE(table->model()->rowCount(), 0);
        auto *count = onPage<QLabel>(&window, "WorkspacePage", "providerCountLabel");
        QVERIFY(count->text().contains(QStringLiteral("No providers yet")));

        // The next start asks to unlock instead.
        window.session().lock();
        MainWindow second(vaultDir(), fastOptions());
        QCOMPARE(currentPage(second), QStringLiteral("UnlockPage"));
    }
};

QTEST_MAIN(TestCreateAccount)
#include "tst_createaccount.moc"
