#pragma once

#include "conflictsdialog.h"
#include "officelogindialog.h"
#include "synccontroller.h"
#include "syncedrecords.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace schouw {

class VaultSession;

// The user's side of sync: the actions (sync now, F9; conflicts; connect to the office) and the
// dialogs and questions that follow a sync the user started. A sync the user starts may ask:
// the login the first time and when it expired, a mass deletion or changed office data (with
// "not now" as the safe default), and then runs again with the answer. Automatic sync never
// asks: its state is in the status area, and the same action resolves it when the user wants.
class SyncActions : public QObject
{
    Q_OBJECT

public:
    // Asked before a sync goes ahead against a guard; true goes ahead. Replaceable so tests
    // never block on a message box.
    using Ask = std::function<bool(QWidget *parent, sync::Confirmation kind, const Error &error)>;

    SyncActions(SyncController &controller, VaultSession &session, QWidget *window);
    ~SyncActions() override;

    [[nodiscard]] QAction *syncAction() const { return m_sync; }
    [[nodiscard]] QAction *conflictsAction() const { return m_conflicts; }
    [[nodiscard]] QAction *connectAction() const { return m_connect; }
    void setAsk(Ask ask);

    // The open dialogs, for tests and for closing on lock.
    [[nodiscard]] OfficeLoginDialog *loginDialog() const { return m_login; }
    [[nodiscard]] ConflictsDialog *conflictsDialog() const { return m_conflictsDialog; }

public Q_SLOTS:
    // Sync now: opens the connect dialog when no office is set up, otherwise syncs.
    void syncFromUser();
    void openConnect();
    // Log in again (after the login expired).
    void openLogin();
    void openConflicts();

Q_SIGNALS:
    // Resolving conflicts changed these records here.
    void recordsChanged(const schouw::SyncedRecords &records);

private:
    void updateActions();
    void openLoginDialog(bool connect);
    void onSubmitted();
    void onFinished(SyncController::Trigger trigger, const Result<sync::SyncSummary> &result);
    void askAndRerun(sync::Confirmation kind, const Error &error);
    bool start(SyncController::Request request);

    SyncController &m_controller;
    VaultSession &m_session;
    QWidget *m_window;
    Ask m_ask;
    QAction *m_sync = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_connect = nullptr;
    QPointer<OfficeLoginDialog> m_login;
    QPointer<ConflictsDialog> m_conflictsDialog;
    // A user's sync waiting for the automatic one it cancelled to end.
    std::optional<SyncController::Request> m_queued;
    bool m_loginRunning = false;
};

} // namespace schouw
