#include "mainwindow.h"

#include "appsettings.h"
#include "createaccountpage.h"
#include "idlelockwatcher.h"
#include "providerlistmodel.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "startvisitdialog.h"
#include "sync/client/vaultwipe.h"
#include "syncactions.h"
#include "synccontroller.h"
#include "syncstatuswidget.h"
#include "uilog.h"
#include "uistyle.h"
#include "unlockpage.h"
#include "vault/vaultsession.h"
#include "visitpage.h"
#include "workspacepage.h"

#include "ui_mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QStatusBar>
#include <QToolTip>

namespace schouw {

MainWindow::MainWindow(QString vaultDirectory, VaultOptions options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowTitle(QStringLiteral("Schouw"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/schouw.svg")));
    resize(1100, 700);

    m_session = new VaultSession(std::move(vaultDirectory), std::move(options), this);
    m_session->setObjectName(QStringLiteral("vaultSession"));
    m_model = new ProviderListModel(*m_session, this);
    m_model->setObjectName(QStringLiteral("providerListModel"));
    m_idle = new IdleLockWatcher(this);
    m_idle->setObjectName(QStringLiteral("idleLockWatcher"));

    m_createPage = new CreateAccountPage(*m_session, m_ui->pages);
    m_unlockPage = new UnlockPage(*m_session, m_ui->pages);
    m_workspacePage = new WorkspacePage(*m_model, m_ui->pages);
    m_ui->pages->addWidget(m_createPage);
    m_ui->pages->addWidget(m_unlockPage);
    m_ui->pages->addWidget(m_workspacePage);
    m_visitPage = new VisitPage(*m_session, m_ui->pages);
    m_ui->pages->addWidget(m_visitPage);
    connect(m_workspacePage, &WorkspacePage::startVisitRequested, this,
            [this](const Id &providerId) { startVisit(providerId); });
    connect(m_workspacePage, &WorkspacePage::openVisitRequested, this, &MainWindow::openVisit);
    connect(m_visitPage, &VisitPage::backRequested, this, [this] {
        m_ui->pages->setCurrentWidget(m_workspacePage);
        m_workspacePage->focusSearch();
    });

    m_ui->actionLock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_ui->actionLock->setShortcutContext(Qt::ApplicationShortcut);
    m_ui->actionLock->setIcon(QIcon(QStringLiteral(":/icons/locked.svg")));
    m_ui->actionLock->setEnabled(false);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_workspacePage->setLockAction(m_ui->actionLock);
    connect(m_ui->actionLock, &QAction::triggered, this, [this] { lock(LockReason::Requested); });
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    m_ui->actionShortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_ui->actionShortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);

    // Sync: the controller (no widgets), the user's actions and dialogs, the status line.
    m_sync = new SyncController(*m_session, this);
    m_sync->setObjectName(QStringLiteral("syncController"));
    m_sync->setAutomatic(AppSettings::automaticSync());
    m_sync->watchNetwork();
    m_syncActions = new SyncActions(*m_sync, *m_session, this);
    m_syncActions->setObjectName(QStringLiteral("syncActions"));
    auto *syncMenu = new QMenu(tr("S&ync"), this);
    syncMenu->setObjectName(QStringLiteral("syncMenu"));
    syncMenu->addAction(m_syncActions->syncAction());
    syncMenu->addAction(m_syncActions->conflictsAction());
    syncMenu->addSeparator();
    syncMenu->addAction(m_syncActions->connectAction());
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), syncMenu);
    m_workspacePage->setSyncAction(m_syncActions->syncAction());
    m_syncStatus = new SyncStatusWidget(*m_sync, this);
    statusBar()->addWidget(m_syncStatus, 1);
    statusBar()->setSizeGripEnabled(false);
    statusBar()->hide();
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, m_syncActions,
            &SyncActions::syncFromUser);
    connect(m_syncStatus, &SyncStatusWidget::loginRequested, m_syncActions,
            &SyncActions::openLogin);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, m_syncActions,
            &SyncActions::openConflicts);
    connect(m_sync, &SyncController::recordsChanged, this, &MainWindow::onRecordsChanged);
    connect(m_syncActions, &SyncActions::recordsChanged, this, &MainWindow::onRecordsChanged);
    connect(m_sync, &SyncController::deviceRevoked, this, &MainWindow::onDeviceRevoked);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("windowNotice"));
    m_notice->setWordWrap(true);
    m_notice->setContentsMargins(16, 10, 16, 10);
    uistyle::makeError(m_notice);
    uistyle::setMessage(m_notice, {});
    m_ui->centralLayout->insertWidget(0, m_notice);

    connect(m_session, &VaultSession::unlocked, this, &MainWindow::onUnlocked);
    connect(m_session, &VaultSession::locked, this, &MainWindow::onLocked);
    // The quick check of a large vault runs after the window is usable; damage found then locks
    // the vault again and says why.
    connect(m_session, &VaultSession::integrityFailed, this, [this](const Error &error) {
        qCWarning(lcUi) << "background integrity check failed:" << error.detail;
        m_damageMessage = error.message;
        m_lockReason = LockReason::Damaged;
    });
    connect(m_idle, &IdleLockWatcher::idleTimeout, this, [this] { lock(LockReason::Idle); });
    connect(qApp, &QGuiApplication::applicationStateChanged, this,
            &MainWindow::onApplicationStateChanged);

    if (m_session->exists()) {
        m_unlockPage->prepare();
        m_ui->pages->setCurrentWidget(m_unlockPage);
    } else {
        m_createPage->prepare();
        m_ui->pages->setCurrentWidget(m_createPage);
    }
}

MainWindow::~MainWindow()
{
    // Lock while the pages and the model still exist: the session would otherwise lock from its
    // own destructor and signal into a half-destroyed window.
    m_session->lock();
}

void MainWindow::lock(LockReason reason)
{
    if (!m_session->isUnlocked())
        return;
    qCInfo(lcUi) << "locking:" << reason;
    m_lockReason = reason;
    // aboutToLock lets editors save and empties the model; then the vault closes and its key is
    // wiped; locked brings us to onLocked().
    m_session->lock();
}

void MainWindow::onApplicationStateChanged(Qt::ApplicationState state)
{
    if (state == Qt::ApplicationSuspended)
        lock(LockReason::Suspended);
}

void MainWindow::onUnlocked()
{
    qCInfo(lcUi) << "unlocked";
    m_model->reload();
    m_workspacePage->reset();
    m_ui->pages->setCurrentWidget(m_workspacePage);
    m_ui->actionLock->setEnabled(true);
    m_unlockPage->setNotice({});
    showNotice({});
    statusBar()->show();
    m_idle->start();
    m_workspacePage->focusSearch();
}

void MainWindow::onLocked()
{
    m_idle->stop();
    m_ui->actionLock->setEnabled(false);
    statusBar()->hide();
    if (m_model->rowCount() > 0) // the model empties itself on aboutToLock; never rely on it alone
        m_model->clear();
    m_workspacePage->reset();
    m_visitPage->clear(); // it saved its typing on aboutToLock, before the vault closed
    closeOtherWindows();
    const QString notice = lockNotice(m_lockReason);
    m_lockReason = LockReason::Requested;
    if (m_revoked || !m_session->exists()) {
        // Wiped: a new vault (and, from the office, a new device) is the only way on.
        m_revoked = false;
        m_createPage->prepare();
        m_ui->pages->setCurrentWidget(m_createPage);
        return;
    }
    m_unlockPage->setNotice(notice);
    m_unlockPage->prepare();
    m_ui->pages->setCurrentWidget(m_unlockPage);
}

void MainWindow::onRecordsChanged(const SyncedRecords &records)
{
    if (!m_session->isUnlocked())
        return;
    m_visitPage->refreshAfterSync(records);
    m_workspacePage->refreshAfterSync(records);
}

void MainWindow::onDeviceRevoked()
{
    if (!m_session->isUnlocked())
        return;
    qCWarning(lcUi) << "the office revoked this device: wiping the vault";
    m_revoked = true;
    // Nothing is saved any more: the vault goes. The pages forget what they show first.
    m_visitPage->clear();
    closeOtherWindows();
    if (!m_session->isUnlocked()) {
        // Closing a window locked the vault already; the next sync meets the revocation again
        // and wipes then.
        m_revoked = false;
        return;
    }
    const Status wiped = sync::wipeVault(m_session->vault());
    showNotice(wiped ? tr("The office has revoked this computer's access. The vault on this "
                          "computer has been wiped, with any changes that had not been sent. "
                          "Ask the office for access again before you create a new vault.")
                     : tr("The office has revoked this computer's access. Wiping the vault "
                          "failed: %1")
                           .arg(wiped.error().message));
    m_session->lock(); // the session lets go of the wiped vault; onLocked shows the start page
}

void MainWindow::showNotice(const QString &text)
{
    uistyle::setMessage(m_notice, text);
}

void MainWindow::closeOtherWindows()
{
    QToolTip::hideText();
    // Whatever was copied from Schouw (a provider name, a finding) must not outlive the lock.
    QClipboard *clipboard = QApplication::clipboard();
    for (auto mode : {QClipboard::Clipboard, QClipboard::Selection})
        if ((mode == QClipboard::Clipboard && clipboard->ownsClipboard()) ||
            (mode == QClipboard::Selection && clipboard->ownsSelection()))
            clipboard->clear(mode);
    // Popups (menus, completers) first, each closing may reveal the one beneath; bounded so a
    // popup that refuses to close cannot hang the lock.
    for (int i = 0; i < 16 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();

    QList<QPointer<QWidget>> others;
    for (QWidget *window : QApplication::topLevelWidgets())
        if (window != this && window->isVisible())
            others.append(window);
    for (const QPointer<QWidget> &window : std::as_const(others)) {
        if (!window)
            continue; // closing an earlier one deleted it
        // reject() also ends a dialog's exec() loop, so code waiting on it resumes and sees the
        // session locked.
        if (auto *dialog = qobject_cast<QDialog *>(window.data()))
            dialog->reject();
        else
            window->close();
        if (window && window->isVisible())
            window->hide();
    }
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(this);
    dialog->setObjectName(QStringLiteral("settingsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_session->isUnlocked())
        dialog->setOffice(m_sync->serverUrl(), m_sync->userName(),
                          [this] { return m_sync->disconnectFromOffice(); });
    connect(dialog, &QDialog::accepted, this, [this] {
        m_idle->setTimeout(AppSettings::autoLockTimeout());
        m_sync->setAutomatic(AppSettings::automaticSync());
    });
    dialog->open();
}

QWidget *MainWindow::startVisit(const Id &providerId)
{
    if (!m_session->isUnlocked())
        return nullptr;
    auto *dialog = new StartVisitDialog(*m_session, providerId, this);
    dialog->setObjectName(QStringLiteral("startVisitDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openVisit(dialog->visitId()); });
    dialog->open();
    return dialog;
}

void MainWindow::openVisit(const Id &visitId)
{
    if (!m_session->isUnlocked() || visitId.isNull())
        return;
    m_ui->pages->setCurrentWidget(m_visitPage);
    m_visitPage->openVisit(visitId);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Schouw"),
        tr("<p><b>Schouw %1</b></p>"
           "<p>The field client for inspections of health-care providers: risk profiles, "
           "assessment frameworks, findings and reports.</p>"
           "<p>Everything is stored encrypted on this computer and synchronised with the "
           "office.</p>")
            .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Locking on the way out closes the vault cleanly, so the next start needs no recovery. The
    // visit page saves first (it would on aboutToLock too; this also covers a failed lock).
    if (m_session->isUnlocked())
        m_visitPage->flush();
    lock(LockReason::Requested);
    event->accept();
}

QString MainWindow::lockNotice(LockReason reason) const
{
    switch (reason) {
    case LockReason::Idle: {
        const auto ms = m_idle->timeout().count();
        const auto minutes = std::max<qint64>(1, (ms + 59'999) / 60'000);
        return tr("Locked because Schouw was not used for %1 min.").arg(minutes);
    }
    case LockReason::Suspended:
        return tr("Locked because the computer went to sleep.");
    case LockReason::SessionLocked:
        return tr("Locked because the computer's screen was locked.");
    case LockReason::Damaged:
        return m_damageMessage;
    case LockReason::Requested:
        break;
    }
    return {};
}

} // namespace schouw
