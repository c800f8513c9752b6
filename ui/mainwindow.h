#pragma once

#include "vault/vault.h"

#include <QMainWindow>

class QLabel;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace schouw {

class CreateAccountPage;
class IdleLockWatcher;
class SyncActions;
class SyncController;
class SyncStatusWidget;
struct SyncedRecords;
class ProviderListModel;
class UnlockPage;
class VaultSession;
class VisitPage;
class WorkspacePage;

// The client's one main window. A stack of pages: create account (no vault yet), unlock (also
// the lock screen), the workspace (providers) and the visit page; below them the sync status
// (SyncStatusWidget) and in the menu the sync actions (SyncActions, SyncController). Owns the vault
// session and locks it after idle time, when the application is suspended, when asked (Ctrl+L) and
// when main() relays that the desktop locked. A locked window shows no data and every other window
// of the application is closed.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class LockReason { Requested, Idle, Suspended, SessionLocked, Damaged };
    Q_ENUM(LockReason)

    // vaultDirectory: where the account's vault lives (created on first start). options: the
    // vault's key-derivation settings; production passes the defaults, tests cheap ones.
    explicit MainWindow(QString vaultDirectory, VaultOptions options = {},
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] VaultSession &session() { return *m_session; }
    [[nodiscard]] ProviderListModel &providerModel() { return *m_model; }
    [[nodiscard]] IdleLockWatcher &idleWatcher() { return *m_idle; }
    [[nodiscard]] SyncController &syncController() { return *m_sync; }
    [[nodiscard]] SyncActions &syncActions() { return *m_syncActions; }
    [[nodiscard]] SyncStatusWidget &syncStatus() { return *m_syncStatus; }

public Q_SLOTS:
    void lock(schouw::MainWindow::LockReason reason = LockReason::Requested);
    void onApplicationStateChanged(Qt::ApplicationState state);
    // Non-modal, so a lock can close it like any other window.
    void showSettings();
    // The start-visit dialog for a provider (window-modal); OK opens the new visit. Returns the
    // dialog, which deletes itself when closed, so tests can drive it.
    QWidget *startVisit(const schouw::Id &providerId);
    // Shows a visit's workspace page.
    void openVisit(const schouw::Id &visitId);
    void showShortcuts();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onUnlocked();
    void onLocked();
    void closeOtherWindows();
    void showAbout();
    void onRecordsChanged(const schouw::SyncedRecords &records);
    // The office revoked this device: close everything on the vault, wipe it, and go back to
    // the start page with a plain notice.
    void onDeviceRevoked();
    void showNotice(const QString &text);
    [[nodiscard]] QString lockNotice(LockReason reason) const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    VaultSession *m_session = nullptr;
    ProviderListModel *m_model = nullptr;
    IdleLockWatcher *m_idle = nullptr;
    CreateAccountPage *m_createPage = nullptr;
    UnlockPage *m_unlockPage = nullptr;
    WorkspacePage *m_workspacePage = nullptr;
    VisitPage *m_visitPage = nullptr;
    SyncController *m_sync = nullptr;
    SyncActions *m_syncActions = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QLabel *m_notice = nullptr; // above the pages: what the user must know (a wiped vault)
    bool m_revoked = false;
    LockReason m_lockReason = LockReason::Requested;
    QString m_damageMessage; // from the background integrity check, shown on the lock page
};

} // namespace schouw
