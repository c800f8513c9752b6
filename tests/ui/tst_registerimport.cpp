// Importing the provider register from the workspace: the dialog checks the file first (a dry
// run through RegisterImport), imports a clean file on "Import", imports nothing from a file with
// bad lines until "Import only the valid lines" is chosen and then exactly the valid ones, and
// refuses a file that is not a register (not UTF-8, empty, a required column missing).

#include "providerlistmodel.h"
#include "registerimportdialog.h"
#include "testvault.h"
#include "uitestsupport.h"
#include "vault/providerrepository.h"
#include "vault/vaultsession.h"
#include "workspacepage.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace schouw;
using namespace schouw::test;

class TestRegisterImport : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const char *name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(name));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", name);
        return path;
    }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }

    qint64 providerCount() { return ProviderRepository(m_session->vault()).count().value_or(-1); }

    bool hasKvk(const QString &kvk)
    {
        auto rows = ProviderRepository(m_session->vault()).page(std::nullopt, 10, kvk);
        return rows && rows->size() == 1;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<VaultSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_session =
            std::make_unique<VaultSession>(m_dir.filePath(QStringLiteral("vault")), fastOptions());
        QVERIFY(m_session->create(passphrase()));
        QVERIFY(insertProviders(m_session->vault(),
                                numberedProviders(3, QStringLiteral("Bestaande aanbieder"))));
    }

    void init()
    {
        if (!m_session->isUnlocked())
            QVERIFY(m_session->unlock(passphrase()));
    }

    void validFileImportsAndTheListRefreshes()
    {
        const QString path = writeFile(
            "valid.csv",
            "kvk_number,name,sector,location_name,street,house_number,postcode,city\n"
            "12345678,Zorggroep De Linde,nursing_care,Huize De Linde,Lindelaan,12,1234ab,Utrecht\n"
            "12345678,Zorggroep De Linde,verpleging en verzorging,De Eik,Eikstraat,3,3511 AB,"
            "Utrecht\n"
            "87654321,\"Jeugdhulp \"\"Het Anker\"\"\",jeugdhulp,,Havenweg,1a,9711 CD,Groningen\n");
        ProviderListModel model(*m_session);
        WorkspacePage page(model);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        model.reload();
        QCOMPARE(model.rowCount(), 3);

        QPointer<QWidget> opened = page.openRegisterImport();
        auto *dialog = qobject_cast<RegisterImportDialog *>(opened.data());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        auto *importButton = child<QPushButton>(dialog, "importButton");
        auto *validButton = child<QPushButton>(dialog, "importValidButton");
        QVERIFY(!importButton->isEnabled()); // nothing chosen yet
        dialog->setFilePath(path);
        QCOMPARE(dialog->plan().validLines, 3);
        QVERIFY(importButton->isVisible());
        QVERIFY(importButton->isEnabled());
        QVERIFY(validButton->isHidden());
        QVERIFY(child<QTableWidget>(dialog, "problemTable")->isHidden());
        const QString summary = child<QLabel>(dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("All 3 lines are valid")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("New providers: 2")), qPrintable(summary));
        QCOMPARE(providerCount(), 3); // the check wrote nothing

        QSignalSpy imported(dialog, &RegisterImportDialog::imported);
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(providerCount(), 5);
        QCOMPARE(model.rowCount(), 5); // the list reloaded
        QCOMPARE(model.totalCount(), 5);
        QVERIFY(hasKvk(QStringLiteral("12345678")));
        auto linde = ProviderRepository(m_session->vault())
                         .page(std::nullopt, 10, QStringLiteral("12345678"))
                         .value();
        QCOMPARE(ProviderRepository(m_session->vault()).locations(linde.at(0).id)->size(), 2);
        QVERIFY(importButton->isHidden());
        QCOMPARE(child<QPushButton>(dialog, "closeButton")->text(), QStringLiteral("Close"));
        QTest::mouseClick(child<QPushButton>(dialog, "closeButton"), Qt::LeftButton);
        QTRY_VERIFY(opened.isNull()); // deletes itself on close
    }

    void badLineImportsNothingUntilValidLinesOnlyIsChosen()
    {
        const QString path = writeFile("problems.csv",
                                       "kvk_number,name,sector,city,postcode\n"
                                       "23456789,Goed Een,home_care,Zwolle,8011 AA\n"
                                       "3456789,Te kort,home_care,Zwolle,8011 AA\n"
                                       "45678901,Goed Twee,ggz,Deventer,7411 AB\n");
        const qint64 before = providerCount();
        RegisterImportDialog dialog(*m_session);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy imported(&dialog, &RegisterImportDialog::imported);
        dialog.setFilePath(path);
        QCOMPARE(dialog.plan().lines, 3);
        QCOMPARE(dialog.plan().validLines, 2);

        auto *table = child<QTableWidget>(&dialog, "problemTable");
        QVERIFY(table->isVisible());
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("3")); // line 1 is the header
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("kvk_number"));
        QCOMPARE(table->item(0, 2)->text(), dialog.plan().problems.at(0).message);
        QVERIFY(!table->item(0, 2)->text().isEmpty());
        const QString summary = child<QLabel>(&dialog, "summaryLabel")->text();
        QVERIFY2(summary.contains(QStringLiteral("Valid lines: 2 of 3")), qPrintable(summary));

        // "Import" is not offered; a click on it anyway, or Enter, imports nothing.
        auto *importButton = child<QPushButton>(&dialog, "importButton");
        auto *validButton = child<QPushButton>(&dialog, "importValidButton");
        QVERIFY(importButton->isHidden());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QCOMPARE(QApplication::focusWidget(), table); // so Enter cannot import (or pick a file)
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(imported.count(), 0);
        QCOMPARE(providerCount(), before);
        QVERIFY(validButton->isVisible());
        QVERIFY(!validButton->isDefault());

        QTest::mouseClick(validButton, Qt::LeftButton);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(providerCount(), before + 2);
        QVERIFY(hasKvk(QStringLiteral("23456789")));
        QVERIFY(hasKvk(QStringLiteral("45678901")));
        QVERIFY(!hasKvk(QStringLiteral("3456789")));
        QCOMPARE(imported.at(0).at(0).value<RegisterStats>().providersNew, 2);
    }

    void unreadableFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not UTF-8") << QByteArray("kvk_number,name,sector,city\n"
                                                 "56789012,Zorg \xe9\xe9n,home_care,Ede\n")
                                   << QStringLiteral("UTF-8");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("missing column") << QByteArray("kvk_number,name,sector\n"
                                                      "56789012,Zorg,home_care\n")
                                        << QStringLiteral("required column");
    }

    void unreadableFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const QString path = writeFile("unreadable.csv", bytes);
        const qint64 before = providerCount();
        RegisterImportDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFilePath(path);
        QVERIFY(dialog.plan().unusable);
        auto *message = child<QLabel>(&dialog, "resultLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("cannot be read as a provider register")),
                 qPrintable(message->text()));
        auto *table = child<QTableWidget>(&dialog, "problemTable");
        QVERIFY(table->rowCount() >= 1);
        QVERIFY2(table->item(0, 2)->text().contains(problem),
                 qPrintable(table->item(0, 2)->text()));
        auto *importButton = child<QPushButton>(&dialog, "importButton");
        auto *validButton = child<QPushButton>(&dialog, "importValidButton");
        QVERIFY(!importButton->isEnabled());
        QVERIFY(validButton->isHidden());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTest::mouseClick(validButton, Qt::LeftButton);
        QCOMPARE(providerCount(), before);
    }

    void missingFileSaysSo()
    {
        RegisterImportDialog dialog(*m_session);
        dialog.setFilePath(m_dir.filePath(QStringLiteral("does-not-exist.csv")));
        QVERIFY(!child<QLabel>(&dialog, "resultLabel")->isHidden());
        QVERIFY(!child<QLabel>(&dialog, "resultLabel")->text().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "importButton")->isEnabled());
    }

    void lockClosesTheDialog()
    {
        const QString path = writeFile("lock.csv",
                                       "kvk_number,name,sector,city\n"
                                       "67890123,Zorg Bij Lock,home_care,Ede\n");
        RegisterImportDialog dialog(*m_session);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFilePath(path);
        QCOMPARE(dialog.plan().providers.size(), 1);
        QSignalSpy rejected(&dialog, &QDialog::rejected);
        m_session->lock();
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!dialog.isVisible());
        QVERIFY(dialog.plan().providers.isEmpty());
        QVERIFY(!shownTexts().join(u'\n').contains(QStringLiteral("Zorg Bij Lock")));
    }
};

QTEST_MAIN(TestRegisterImport)
#include "tst_registerimport.moc"
