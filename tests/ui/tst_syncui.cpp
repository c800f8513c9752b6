// Sync in the desktop client against a real schouw-server (started by the test on a loopback
// port and filled with demo-seed): connecting the first time through the dialog, the status line
// (last sync, pending changes, backoff), the sync action, automatic sync while the office is down
// and when it is back, an expired login (automatic: a status message; the user's sync: the "log
// in again" dialog, nothing pending lost), two vaults editing the same finding and the conflicts
// view, an editor open while a sync changes its text (both versions kept), and a revoked device
// (wiped, back to the start page). With SCHOUW_SCREENSHOT_DIR set, `screenshots` renders every
// new state to PNG (SCHOUW_LANG=nl; SCHOUW_EXTRA_TSV adds translations not yet in the catalogue).

#include "conflictsdialog.h"
#include "findingspanel.h"
#include "i18n/language.h"
#include "mainwindow.h"
#include "normtreemodel.h"
#include "officelogindialog.h"
#include "officeserverprocess.h"
#include "providerlistmodel.h"
#include "settingsdialog.h"
#include "sync/changeapplier.h"
#include "sync/client/syncrun.h"
#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "syncactions.h"
#include "synccontroller.h"
#include "syncdriver.h"
#include "syncstatuswidget.h"
#include "testvault.h"
#include "textautosave.h"
#include "uitestsupport.h"
#include "vault/observationrepository.h"
#include "vault/vaultsession.h"
#include "vault/visitrepository.h"
#include "visitpage.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace schouw;
using namespace schouw::test;

namespace {

const QString DemoPassword = QStringLiteral("demo-wachtwoord-synchronisatie-2026");
const QString NewPassword = QStringLiteral("nieuw-wachtwoord-na-verloop-2026");

// Translations handed over as English<TAB>Dutch lines (plural forms singular|plural) that are not
// in the catalogue yet, for looking at the Dutch screens.
class TsvTranslator : public QTranslator
{
public:
    bool loadTsv(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).chopped(1);
            const qsizetype tab = line.indexOf(u'\t');
            if (tab > 0)
                m_texts.insert(
                    line.left(tab).replace(QLatin1String("\\n"), QLatin1String("\n")),
                    line.mid(tab + 1).replace(QLatin1String("\\n"), QLatin1String("\n")));
        }
        return !m_texts.isEmpty();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char *, const char *source, const char *, int n) const override
    {
        const QString found = m_texts.value(QString::fromUtf8(source));
        if (found.isEmpty() || !found.contains(u'|'))
            return found;
        const QStringList forms = found.split(u'|');
        return n == 1 ? forms.first() : forms.last();
    }

private:
    QHash<QString, QString> m_texts;
};

SyncController::Timing quietTiming()
{
    // Nothing automatic unless a test asks for it.
    SyncController::Timing timing;
    timing.periodic = std::chrono::hours(1);
    timing.afterLocalChange = std::chrono::hours(1);
    timing.afterUnlock = std::chrono::hours(1);
    timing.poll = std::chrono::milliseconds(100);
    timing.timeout = std::chrono::seconds(10);
    return timing;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private:
    // A client window on a fresh vault, unlocked, automatic sync quiet.
    std::unique_ptr<MainWindow> newWindow(const QString &name)
    {
        auto window = std::make_unique<MainWindow>(m_dir.filePath(name), fastOptions());
        window->resize(1280, 800);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            qWarning("window not exposed");
        window->syncController().setTiming(quietTiming());
        if (auto created = window->session().create(passphrase()); !created)
            qWarning() << "creating the vault failed:" << created.error().detail;
        window->syncActions().setAsk(
            [](QWidget *, sync::Confirmation, const Error &) { return false; });
        return window;
    }

    static SyncStatusWidget &status(MainWindow &window) { return window.syncStatus(); }

    // Fills and submits the open login dialog; waits until the sync it starts has ended.
    bool submitLogin(MainWindow &window, const QString &server, const QString &user,
                     const QString &password)
    {
        OfficeLoginDialog *dialog = window.syncActions().loginDialog();
        if (!dialog)
            return false;
        if (!server.isEmpty())
            dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"))->setText(server);
        dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(user);
        auto *password_ = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(password_, password);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        return true;
    }

    // Connects a window's vault to the office as `user` through the connect dialog.
    bool connectWindow(MainWindow &window, const QString &user, const QString &password)
    {
        window.syncActions().openConnect();
        if (!submitLogin(window, m_server->url().toString(), user, password))
            return false;
        return QTest::qWaitFor([&] { return !window.syncActions().loginDialog(); }, 60'000) &&
            window.syncController().problem() == SyncController::Problem::None;
    }

    bool syncWindow(MainWindow &window)
    {
        QAction *action = window.syncActions().syncAction();
        if (!action->isEnabled())
            return false;
        action->trigger();
        return QTest::qWaitFor([&] { return !window.syncController().isRunning(); }, 60'000) &&
            window.syncController().problem() == SyncController::Problem::None;
    }

    // A visit of team 1 on the first provider and framework this vault has.
    Id createVisit(Vault &vault)
    {
        Visit visit;
        visit.id = newId();
        visit.providerId = Id::fromString(firstValue(
            vault,
            QStringLiteral(
                "SELECT id FROM provider WHERE deleted = 0 ORDER BY sort_name LIMIT 1")));
        visit.frameworkId = Id::fromString(
            firstValue(vault, QStringLiteral("SELECT id FROM framework ORDER BY code LIMIT 1")));
        visit.startedAt = QDateTime::currentDateTimeUtc();
        visit.memberIds = {vault.currentUserId()};
        if (visit.providerId.isNull() || visit.frameworkId.isNull() ||
            !VisitRepository(vault).add(visit))
            return {};
        return visit.id;
    }

    Id addFinding(Vault &vault, const Id &visitId, const QString &text)
    {
        Observation finding;
        finding.id = newId();
        finding.visitId = visitId;
        finding.text = text;
        finding.authorId = vault.currentUserId();
        finding.observedAt = QDateTime::currentDateTimeUtc();
        return ObservationRepository(vault).add(finding) ? finding.id : Id();
    }

    QString storedText(Vault &vault, const Id &id)
    {
        auto found = ObservationRepository(vault).find(id);
        return found && *found ? (*found)->text : QString();
    }

    // The versions of the open text conflict of one record, sorted.
    QStringList conflictTexts(Vault &vault, const Id &record)
    {
        QStringList texts;
        auto conflicts = sync::ConflictRepository(vault).textConflicts();
        for (const auto &conflict : conflicts.value_or(QList<sync::TextConflict> {}))
            if (conflict.entityId == record)
                for (const TextHead &head : conflict.heads)
                    texts << head.text;
        texts.sort();
        return texts;
    }

    static QStringList sorted(QStringList texts)
    {
        texts.sort();
        return texts;
    }

    // Serves again on the port the vaults know (the data directory is kept).
    bool restartServer()
    {
        const quint16 port = m_server->port();
        m_server->stop();
        QFile config(m_server->configFile());
        if (!config.open(QIODevice::ReadOnly))
            return false;
        QByteArray text = config.readAll();
        config.close();
        text.replace(QByteArray("port = 0"), QByteArray("port = " + QByteArray::number(port)));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        config.write(text);
        config.close();
        return m_server->start() && m_server->port() == port;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<OfficeServerProcess> m_server;
    std::unique_ptr<MainWindow> m_window; // inspecteur's laptop, used by the tests in turn
    Id m_visit;
    QString m_password = DemoPassword;

private Q_SLOTS:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<OfficeServerProcess>();
        QVERIFY(m_server->isValid());
        QVERIFY2(!m_server->seed(DemoPassword).isEmpty(), qPrintable(m_server->lastError()));
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    }

    void connectAndFirstSync()
    {
        m_window = newWindow(QStringLiteral("inspecteur"));
        MainWindow &window = *m_window;
        QVERIFY(window.session().isUnlocked());
        QVERIFY(window.statusBar()->isVisible());
        QCOMPARE(status(window).stateText(), QStringLiteral("Not connected to the office"));

        // F9 without an office opens the connect dialog.
        window.syncActions().syncAction()->trigger();
        QVERIFY(window.syncActions().loginDialog());
        QCOMPARE(window.syncActions().loginDialog()->mode(), OfficeLoginDialog::Mode::Connect);
        // A wrong password keeps the dialog open with the office's reason, nothing stored.
        QVERIFY(submitLogin(window, m_server->url().toString(), QStringLiteral("inspecteur"),
                            QStringLiteral("niet-het-goede-wachtwoord")));
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncController().isRunning(), 30'000);
        QVERIFY(window.syncActions().loginDialog());
        auto *error =
            window.syncActions().loginDialog()->findChild<QLabel *>(QStringLiteral("loginError"));
        QVERIFY(error->isVisible() && !error->text().isEmpty());
        QVERIFY(!window.syncController().isConnected());
        QVERIFY(window.syncActions()
                    .loginDialog()
                    ->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))
                    ->text()
                    .isEmpty());

        QVERIFY(submitLogin(window, {}, QStringLiteral("inspecteur"), m_password));
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncActions().loginDialog(), 60'000);
        QCOMPARE(window.syncController().problem(), SyncController::Problem::None);
        QVERIFY(window.syncController().isConnected());
        QCOMPARE(window.syncController().userName(), QStringLiteral("inspecteur"));
        QVERIFY2(status(window).stateText().startsWith(QStringLiteral("Last synchronised at ")),
                 qPrintable(status(window).stateText()));
        QCOMPARE(window.syncController().pendingCount(), 0);
        QCOMPARE(status(window).pendingText(), QStringLiteral("All changes sent"));
        // The providers arrived and the list shows them.
        QVERIFY(window.providerModel().rowCount() > 0);
    }

    void recordedFindingIsPendingUntilSynced()
    {
        QVERIFY(m_window);
        MainWindow &window = *m_window;
        Vault &vault = window.session().vault();
        m_visit = createVisit(vault);
        QVERIFY(!m_visit.isNull());
        QVERIFY(syncWindow(window));
        QVERIFY2(window.syncController().pendingCount() == 0,
                 qPrintable(firstValue(vault,
                                       QStringLiteral("SELECT entity || ' ' || op || ' ' "
                                                      "|| fields FROM change_log WHERE "
                                                      "origin = 'local' AND sent = 0"))));

        QVERIFY(
            !addFinding(vault, m_visit, QStringLiteral("Deur medicijnkamer stond open.")).isNull());
        QTRY_COMPARE(window.syncController().pendingCount(), 1);
        QCOMPARE(status(window).pendingText(), QStringLiteral("1 change(s) not sent yet"));

        // The action is off while a sync runs, and on again after it.
        window.syncActions().syncAction()->trigger();
        QVERIFY(window.syncController().isRunning());
        QVERIFY(!window.syncActions().syncAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncController().isRunning(), 30'000);
        QVERIFY(window.syncActions().syncAction()->isEnabled());
        QCOMPARE(window.syncController().pendingCount(), 0);
        QCOMPARE(status(window).pendingText(), QStringLiteral("All changes sent"));
    }

    void officeDownThenBack()
    {
        QVERIFY(m_window);
        MainWindow &window = *m_window;
        Vault &vault = window.session().vault();
        SyncController &controller = window.syncController();
        SyncController::Timing timing = quietTiming();
        timing.afterLocalChange = std::chrono::milliseconds(300);
        timing.timeout = std::chrono::seconds(3);
        controller.setTiming(timing);

        m_server->stop();
        // A local change: automatic sync tries soon after it, fails, and says when it tries again.
        QVERIFY(!addFinding(vault, m_visit, QStringLiteral("Geen aftekenlijst.")).isNull());
        QTRY_COMPARE_WITH_TIMEOUT(controller.problem(), SyncController::Problem::Offline, 20'000);
        const QDateTime retry = *sync::SyncRun::retryAfter(vault);
        QVERIFY(retry > QDateTime::currentDateTimeUtc());
        QCOMPARE(controller.nextAttempt(), retry);
        QCOMPARE(status(window).stateText(),
                 QStringLiteral("Office not reachable; next attempt at %1").arg(syncMoment(retry)));
        QVERIFY(window.findChildren<QDialog *>().isEmpty() ||
                std::none_of(window.findChildren<QDialog *>().cbegin(),
                             window.findChildren<QDialog *>().cend(),
                             [](QDialog *dialog) { return dialog->isVisible(); }));

        // Still usable offline: recording works and waits.
        QVERIFY(!addFinding(vault, m_visit, QStringLiteral("Noodverlichting defect.")).isNull());
        QTRY_COMPARE(controller.pendingCount(), 2);
        // The network coming back does not jump the office's backoff.
        controller.networkReachable();
        QCOMPARE(controller.nextAttempt(), retry);
        QTest::qWait(500);
        QVERIFY(!controller.isRunning());

        // The office is back and the backoff time has passed: automatic sync goes ahead.
        QVERIFY2(restartServer(), qPrintable(m_server->lastError()));
        QVERIFY(vault.setMetaValue(sync::meta::RetryAfter, QString()));
        controller.networkReachable();
        QTRY_VERIFY_WITH_TIMEOUT(controller.isRunning() || controller.pendingCount() == 0, 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(controller.pendingCount(), 0, 30'000);
        QCOMPARE(controller.problem(), SyncController::Problem::None);
        QVERIFY(status(window).stateText().startsWith(QStringLiteral("Last synchronised at ")));
        controller.setTiming(quietTiming());
    }

    void expiredLoginAsksAgainAndKeepsPending()
    {
        QVERIFY(m_window);
        MainWindow &window = *m_window;
        Vault &vault = window.session().vault();
        SyncController &controller = window.syncController();
        // A new password at the office ends every login of the user.
        QCOMPARE(m_server->admin({QStringLiteral("user"), QStringLiteral("password"),
                                  QStringLiteral("inspecteur"), QStringLiteral("--password-file"),
                                  m_server->passwordFile(NewPassword)}),
                 0);
        m_password = NewPassword;
        QVERIFY(
            !addFinding(vault, m_visit, QStringLiteral("Cliëntdossier niet bijgewerkt.")).isNull());
        QTRY_COMPARE(controller.pendingCount(), 1);

        // Automatic: a message in the status line, no dialog.
        controller.networkReachable();
        QTRY_COMPARE_WITH_TIMEOUT(controller.problem(), SyncController::Problem::LoginRequired,
                                  30'000);
        QVERIFY(!window.syncActions().loginDialog());
        QCOMPARE(status(window).stateText(), QStringLiteral("The login to the office has expired"));
        QCOMPARE(controller.pendingCount(), 1);
        QVERIFY(!controller.nextAttempt().isValid()); // it waits for the user

        // The user's sync: the log-in-again dialog, the user name shown.
        window.syncActions().syncAction()->trigger();
        OfficeLoginDialog *dialog = window.syncActions().loginDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), OfficeLoginDialog::Mode::LogInAgain);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->text(),
                 QStringLiteral("inspecteur"));
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("loginIntro"))
                    ->text()
                    .contains(QStringLiteral("1 change(s) on this computer will be sent")));
        QVERIFY(submitLogin(window, {}, QStringLiteral("inspecteur"), m_password));
        QTRY_VERIFY_WITH_TIMEOUT(!window.syncActions().loginDialog(), 60'000);
        QCOMPARE(controller.problem(), SyncController::Problem::None);
        QCOMPARE(controller.pendingCount(), 0);
        QCOMPARE(status(window).pendingText(), QStringLiteral("All changes sent"));
    }

    void concurrentEditsShowInTheConflictsView()
    {
        QVERIFY(m_window);
        MainWindow &window = *m_window;
        Vault &vault = window.session().vault();
        // The team lead's laptop, synced in process.
        TempVault other;
        QVERIFY(other.isValid());
        QVERIFY(
            syncAndWait(other.vault(),
                        loginOptions(m_server->url(), QStringLiteral("teamleider"), DemoPassword)));
        const Id finding = addFinding(vault, m_visit, QStringLiteral("Medicatielijst open."));
        QVERIFY(syncWindow(window));
        QVERIFY(syncAndWait(other.vault(), {}));
        QCOMPARE(storedText(other.vault(), finding), QStringLiteral("Medicatielijst open."));

        const QString mine = QStringLiteral("Medicatielijst lag open op de balie.");
        const QString theirs = QStringLiteral("Medicatielijst open; teamleider gezien.");
        QVERIFY(ObservationRepository(vault).updateText(finding, mine));
        QVERIFY(ObservationRepository(other.vault()).updateText(finding, theirs));
        QVERIFY(syncAndWait(other.vault(), {}));
        QVERIFY(syncWindow(window));

        // Both texts, and the count as a button in the status line.
        QCOMPARE(conflictTexts(vault, finding), sorted({theirs, mine}));
        QCOMPARE(window.syncController().conflictCount(), 1);
        auto *button =
            status(window).findChild<QPushButton *>(QStringLiteral("syncConflictsButton"));
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("1 conflict(s) to resolve…"));
        button->click();
        ConflictsDialog *dialog = window.syncActions().conflictsDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->conflictCount(), 1);
        QStringList shown;
        int theirsIndex = -1;
        for (int i = 0; i < 2; ++i) {
            auto *text =
                dialog->findChild<QPlainTextEdit *>(QStringLiteral("versionText%1").arg(i));
            QVERIFY(text);
            shown << text->toPlainText();
            if (text->toPlainText() == theirs)
                theirsIndex = i;
        }
        shown.sort();
        QCOMPARE(shown, sorted({theirs, mine}));
        auto *keep = dialog->findChild<QPushButton *>(
            QStringLiteral("keepVersionButton%1").arg(theirsIndex));
        keep->click();
        QCOMPARE(dialog->conflictCount(), 0);
        QCOMPARE(window.syncController().conflictCount(), 0);
        QVERIFY(!button->isVisible());
        dialog->close();

        // After syncing, both laptops hold the chosen text and no conflict.
        QVERIFY(syncWindow(window));
        QVERIFY(syncAndWait(other.vault(), {}));
        QCOMPARE(storedText(vault, finding), theirs);
        QCOMPARE(storedText(other.vault(), finding), theirs);
        QVERIFY(conflictTexts(vault, finding).isEmpty());
        QVERIFY(conflictTexts(other.vault(), finding).isEmpty());
    }

    void editorOpenDuringSyncKeepsBothTexts()
    {
        QVERIFY(m_window);
        MainWindow &window = *m_window;
        Vault &vault = window.session().vault();
        TempVault other;
        QVERIFY(other.isValid());
        QVERIFY(
            syncAndWait(other.vault(),
                        loginOptions(m_server->url(), QStringLiteral("teamleider"), DemoPassword)));
        const QString original = QStringLiteral("Sleutelkast niet afgesloten.");
        const Id finding = addFinding(vault, m_visit, original);
        QVERIFY(syncWindow(window));
        QVERIFY(syncAndWait(other.vault(), {}));

        // The finding open in the visit page, among the unassigned findings.
        window.openVisit(m_visit);
        auto *page = window.findChild<VisitPage *>();
        QVERIFY(page);
        auto *tree = page->findChild<QTreeView *>(QStringLiteral("normTree"));
        tree->setCurrentIndex(page->normModel().unassignedIndex());
        auto *panel = page->findChild<FindingsPanel *>(QStringLiteral("unassignedFindingsPanel"));
        QVERIFY(panel);
        panel->selectFinding(finding);
        QCOMPARE(panel->currentFindingId(), finding);
        auto *editor = panel->findChild<QPlainTextEdit *>(QStringLiteral("findingText"));
        QCOMPARE(editor->toPlainText(), original);

        // The inspector types; meanwhile the team lead's edit of the same text arrives, before
        // the autosave has written the typing.
        editor->setFocus();
        editor->moveCursor(QTextCursor::End);
        QTest::keyClicks(editor, QStringLiteral(" Sleutels op het bureau."));
        QVERIFY(panel->textAutosave().hasUnsavedText());
        const QString mine = original + QStringLiteral(" Sleutels op het bureau.");
        const QString theirs = QStringLiteral("Sleutelkast open; sleutels lagen op het bureau.");
        QVERIFY(ObservationRepository(other.vault()).updateText(finding, theirs));
        auto batch = sync::pendingBatch(other.vault(), 1000);
        QVERIFY(batch);
        QVERIFY(sync::applyRemoteBatch(vault, *batch));
        QCOMPARE(storedText(vault, finding), theirs);
        // The autosave names the version the editor loaded: both texts stay, as a conflict.
        QVERIFY(panel->flush());
        QCOMPARE(conflictTexts(vault, finding), sorted({mine, theirs}));
        // The page reloading after the sync keeps the inspector's text in the editor.
        SyncedRecords records;
        records.entities.insert(QStringLiteral("observation"));
        records.records.insert(finding);
        page->refreshAfterSync(records);
        QCOMPARE(editor->toPlainText(), mine);
        QCOMPARE(panel->currentFindingId(), finding);

        // Through the office both laptops end with the same two versions.
        QVERIFY(syncAndWait(other.vault(), {}));
        QVERIFY(syncWindow(window));
        QVERIFY(syncAndWait(other.vault(), {}));
        QCOMPARE(conflictTexts(vault, finding), sorted({mine, theirs}));
        QCOMPARE(conflictTexts(other.vault(), finding), sorted({mine, theirs}));
        QCOMPARE(editor->toPlainText(), mine);

        // Without typing, a text changed elsewhere simply shows.
        QVERIFY(sync::ConflictRepository(vault).resolveText(QStringLiteral("observation"), finding,
                                                            QStringLiteral("text"), mine));
        QVERIFY(syncWindow(window));
        QVERIFY(syncAndWait(other.vault(), {}));
        const QString later = QStringLiteral("Sleutelkast open aangetroffen (twee keer).");
        QVERIFY(ObservationRepository(other.vault()).updateText(finding, later));
        QVERIFY(syncAndWait(other.vault(), {}));
        QVERIFY(syncWindow(window));
        QCOMPARE(editor->toPlainText(), later);
        QVERIFY(conflictTexts(vault, finding).isEmpty());
    }

    void revokedDeviceIsWipedAndStartsOver()
    {
        // The same user's other laptop, which must keep working.
        TempVault other;
        QVERIFY(other.isValid());
        QVERIFY(
            syncAndWait(other.vault(),
                        loginOptions(m_server->url(), QStringLiteral("inspecteur"), m_password)));
        // One main window at a time, as in the client: a revoked window closes every other.
        m_window.reset();
        auto window = newWindow(QStringLiteral("revoked"));
        QVERIFY(connectWindow(*window, QStringLiteral("inspecteur"), m_password));
        const QString directory = window->session().directory();
        const QString deviceId = window->session().vault().deviceId();
        QCOMPARE(m_server->admin({QStringLiteral("device"), QStringLiteral("revoke"), deviceId}),
                 0);
        window->syncActions().syncAction()->trigger();
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QTRY_COMPARE_WITH_TIMEOUT(pages->currentWidget()->objectName(),
                                  QStringLiteral("CreateAccountPage"), 30'000);
        QVERIFY(!window->session().isUnlocked());
        QVERIFY(!QFile::exists(Vault::databasePath(directory)));
        QVERIFY(!QFile::exists(Vault::keyFilePath(directory)));
        auto *notice = window->findChild<QLabel *>(QStringLiteral("windowNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("wiped")));
        QVERIFY(!window->statusBar()->isVisible());
        QVERIFY(syncAndWait(other.vault(), {}));
    }

    void screenshots();

    void cleanupTestCase()
    {
        m_window.reset();
        m_server.reset();
    }
};

void TestSyncUi::screenshots()
{
    const QString directory = qEnvironmentVariable("SCHOUW_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set SCHOUW_SCREENSHOT_DIR to render the sync screens to PNG");
    QVERIFY(QDir().mkpath(directory));
    installTranslations(commandLineLanguage());
    TsvTranslator extra;
    if (const QString tsv = qEnvironmentVariable("SCHOUW_EXTRA_TSV"); !tsv.isEmpty())
        if (extra.loadTsv(tsv))
            QCoreApplication::installTranslator(&extra);
    const QDir out(directory);
    const auto shoot = [&out](QWidget *widget, const QString &name) {
        QTest::qWait(30);
        if (!widget->grab().save(out.filePath(name + QStringLiteral(".png"))))
            qWarning() << "cannot write" << name;
    };

    auto window = newWindow(QStringLiteral("screens"));
    shoot(window.get(), QStringLiteral("sync-01-not-connected"));
    window->syncActions().openConnect();
    OfficeLoginDialog *dialog = window->syncActions().loginDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    shoot(dialog, QStringLiteral("sync-02-connect-dialog"));
    dialog->findChild<QAbstractButton *>(QStringLiteral("advancedButton"))->click();
    QVERIFY(submitLogin(*window, m_server->url().toString(), QStringLiteral("inspecteur"),
                        QStringLiteral("niet-het-goede-wachtwoord")));
    QTRY_VERIFY_WITH_TIMEOUT(!window->syncController().isRunning(), 30'000);
    shoot(dialog, QStringLiteral("sync-03-connect-advanced-error"));
    QVERIFY(submitLogin(*window, {}, QStringLiteral("inspecteur"), m_password));
    QTRY_VERIFY_WITH_TIMEOUT(!window->syncActions().loginDialog(), 60'000);
    shoot(window.get(), QStringLiteral("sync-04-synchronised"));

    Vault &vault = window->session().vault();
    const Id visit = createVisit(vault);
    QVERIFY(!addFinding(vault, visit, QStringLiteral("Deur medicijnkamer stond open.")).isNull());
    QTRY_VERIFY(window->syncController().pendingCount() > 1);
    shoot(window.get(), QStringLiteral("sync-05-pending"));

    // Running: caught while connecting, then the status as it shows progress.
    window->syncActions().syncAction()->trigger();
    shoot(window.get(), QStringLiteral("sync-06-running"));
    QTRY_VERIFY_WITH_TIMEOUT(!window->syncController().isRunning(), 30'000);

    // Office down: the backoff line.
    SyncController::Timing timing = quietTiming();
    timing.timeout = std::chrono::seconds(2);
    window->syncController().setTiming(timing);
    m_server->stop();
    QVERIFY(!addFinding(vault, visit, QStringLiteral("Geen aftekenlijst.")).isNull());
    window->syncController().networkReachable();
    QTRY_COMPARE_WITH_TIMEOUT(window->syncController().problem(), SyncController::Problem::Offline,
                              20'000);
    shoot(window.get(), QStringLiteral("sync-07-offline-backoff"));
    QVERIFY(restartServer());
    QVERIFY(vault.setMetaValue(sync::meta::RetryAfter, QString()));
    QVERIFY(syncWindow(*window));

    // A conflict: the same finding edited on another laptop.
    TempVault other;
    QVERIFY(syncAndWait(other.vault(),
                        loginOptions(m_server->url(), QStringLiteral("teamleider"), DemoPassword)));
    const Id finding = addFinding(vault, visit, QStringLiteral("Medicatielijst open."));
    QVERIFY(syncWindow(*window));
    QVERIFY(syncAndWait(other.vault(), {}));
    QVERIFY(ObservationRepository(vault).updateText(
        finding,
        QStringLiteral("Medicatielijst lag open op de balie in de gang, onbeheerd, "
                       "tussen 10.05 en 10.20 uur.")));
    QVERIFY(ObservationRepository(other.vault())
                .updateText(finding,
                            QStringLiteral("Medicatielijst open op de balie; de "
                                           "teamleider heeft dit ook gezien en "
                                           "besproken met de locatiemanager.")));
    const Id gone = addFinding(other.vault(), visit, QStringLiteral("Wordt verwijderd."));
    QVERIFY(syncAndWait(other.vault(), {}));
    QVERIFY(syncWindow(*window));
    QVERIFY(ObservationRepository(vault).updateText(
        gone, QStringLiteral("Brandblusser in de gang is in 2024 voor het laatst gekeurd.")));
    QVERIFY(ObservationRepository(other.vault()).remove(gone));
    QVERIFY(syncAndWait(other.vault(), {}));
    QVERIFY(syncWindow(*window));
    shoot(window.get(), QStringLiteral("sync-08-conflicts-in-status"));
    window->syncActions().openConflicts();
    ConflictsDialog *conflicts = window->syncActions().conflictsDialog();
    QVERIFY(conflicts);
    conflicts->resize(1000, 640);
    QVERIFY(QTest::qWaitForWindowExposed(conflicts));
    conflicts->selectConflict(0);
    shoot(conflicts, QStringLiteral("sync-09-conflicts-text"));
    if (conflicts->conflictCount() > 1) {
        conflicts->selectConflict(1);
        shoot(conflicts, QStringLiteral("sync-10-conflicts-deletion"));
    }
    conflicts->close();

    // Settings with the office.
    window->showSettings();
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()));
    QVERIFY(QTest::qWaitForWindowExposed(settings));
    shoot(settings, QStringLiteral("sync-11-settings"));
    settings->reject();

    // The login expired: the status line, then the dialog.
    QCOMPARE(m_server->admin({QStringLiteral("user"), QStringLiteral("password"),
                              QStringLiteral("inspecteur"), QStringLiteral("--password-file"),
                              m_server->passwordFile(m_password)}),
             0);
    window->syncController().networkReachable();
    QTRY_COMPARE_WITH_TIMEOUT(window->syncController().problem(),
                              SyncController::Problem::LoginRequired, 30'000);
    shoot(window.get(), QStringLiteral("sync-12-login-expired"));
    window->syncActions().syncAction()->trigger();
    QVERIFY(window->syncActions().loginDialog());
    QVERIFY(QTest::qWaitForWindowExposed(window->syncActions().loginDialog()));
    shoot(window->syncActions().loginDialog(), QStringLiteral("sync-13-log-in-again"));
    QVERIFY(submitLogin(*window, {}, QStringLiteral("inspecteur"), m_password));
    QTRY_VERIFY_WITH_TIMEOUT(!window->syncActions().loginDialog(), 60'000);

    // Revoked: wiped, back to the start.
    QCOMPARE(m_server->admin({QStringLiteral("device"), QStringLiteral("revoke"),
                              window->session().vault().deviceId()}),
             0);
    window->syncActions().syncAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window->session().isUnlocked(), 30'000);
    shoot(window.get(), QStringLiteral("sync-14-revoked"));
    QCoreApplication::removeTranslator(&extra);
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
