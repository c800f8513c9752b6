#pragma once

#include "domain/error.h"
#include "sync/client/syncrun.h"
#include "syncedrecords.h"
#include "vault/securebytes.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>

namespace schouw {

class VaultSession;

// Sync with the office for the desktop client, without widgets: owns the running SyncRun and
// the timers of automatic sync, and keeps what the status area shows (last sync, pending and
// conflict counts, progress, the problem that stopped the last run, the next automatic attempt).
// Widgets ask questions and show dialogs; this class never does (docs/client.md, "Synchroniseren").
//
// Automatic sync runs only while the vault is unlocked, automatic sync is on and a login is
// stored: a few seconds after unlocking, then every `periodic`, sooner (`afterLocalChange` after
// the last local change) while changes are pending, and promptly when the network becomes
// reachable again — never before SyncRun::retryAfter(). It stops trying after a run that needs
// the user (an expired login, a question) until the user syncs. Locking cancels a running sync
// and deletes it before the vault closes; SyncRun guarantees nothing is lost.
//
// GUI thread only, like the vault session.
class SyncController : public QObject
{
    Q_OBJECT

public:
    enum class Trigger { User, Automatic };
    Q_ENUM(Trigger)

    // Why the last run stopped, for the status area.
    enum class Problem {
        None,
        Offline, // Network: unreachable, broken off, timed out, certificate refused
        Busy, // ServerBusy
        Cancelled, // the user cancelled
        LoginRequired,
        NeedsConfirmation,
        Revoked,
        Failed, // anything else: refused, malformed, newer protocol, ...
    };
    Q_ENUM(Problem)

    struct Timing
    {
        std::chrono::milliseconds periodic {std::chrono::minutes(10)};
        std::chrono::milliseconds afterLocalChange {std::chrono::seconds(30)};
        std::chrono::milliseconds afterUnlock {std::chrono::seconds(5)};
        // How often the pending and conflict counts are read (an indexed count each).
        std::chrono::milliseconds poll {std::chrono::seconds(5)};
        // SyncOptions::timeout: how long a silent office is waited for.
        std::chrono::milliseconds timeout {std::chrono::seconds(30)};
    };

    // A sync the user started: the login (first time or again) and answers to earlier questions.
    struct Request
    {
        QUrl server; // empty: the stored one
        QString user; // with a password: log in
        SecureBytes password; // wiped as soon as the login request is written
        QStringList pins; // empty: the stored ones
        QByteArray caCertificatesPem; // empty: the stored ones
        bool allowDeletions = false;
        bool acceptServerChange = false;
    };

    explicit SyncController(VaultSession &session, QObject *parent = nullptr);
    ~SyncController() override;

    void setTiming(const Timing &timing);
    [[nodiscard]] const Timing &timing() const { return m_timing; }
    // Automatic sync on or off; a sync the user starts always runs.
    void setAutomatic(bool enabled);
    [[nodiscard]] bool isAutomatic() const { return m_automatic; }
    // Follows QNetworkInformation's reachability when a backend loads; false when none does
    // (then the timers alone drive automatic sync).
    bool watchNetwork();

    // Read from the vault (empty or false while it is locked).
    [[nodiscard]] bool isConnected() const; // an office address and a login are stored
    [[nodiscard]] QUrl serverUrl() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QDateTime lastSyncAt() const; // UTC; invalid: never
    [[nodiscard]] qint64 pendingCount() const { return m_pending; }
    [[nodiscard]] qint64 conflictCount() const { return m_conflicts; }
    // When automatic sync tries next; invalid when none is planned.
    [[nodiscard]] QDateTime nextAttempt() const { return m_nextAttempt; }

    // Until the result is handled (status read, views told): a run that just ended still counts.
    [[nodiscard]] bool isRunning() const { return m_run != nullptr || m_finishing; }
    [[nodiscard]] Trigger trigger() const { return m_trigger; }
    [[nodiscard]] const sync::SyncProgress &progress() const { return m_progress; }
    [[nodiscard]] Problem problem() const { return m_problem; }
    // The error of the last run (meaningful while problem() is not None).
    [[nodiscard]] const Error &lastError() const { return m_lastError; }
    [[nodiscard]] sync::Confirmation confirmation() const { return m_confirmation; }

    // Starts a sync now. False when one is running or the vault is locked.
    bool syncNow(Request request);
    bool syncNow();
    // Forgets the office: its address and the login (the refresh token). Changes made here stay
    // and are sent after connecting again.
    Status disconnectFromOffice();

public Q_SLOTS:
    // Ends the running sync; it finishes with problem() Cancelled. Nothing is lost.
    void cancel();
    // Reads the pending and conflict counts again (after a conflict was resolved, say).
    void refreshStatus();
    // As if the network had just become reachable: automatic sync tries promptly (not before
    // the office's retry time).
    void networkReachable();

Q_SIGNALS:
    // Anything the status area shows changed.
    void statusChanged();
    void started(schouw::SyncController::Trigger trigger);
    void progressChanged(const schouw::sync::SyncProgress &progress);
    // After every run. Comes after recordsChanged() when the run applied changes.
    void finished(schouw::SyncController::Trigger trigger,
                  const schouw::Result<schouw::sync::SyncSummary> &result);
    // The run applied changes from the office (also a run that stopped half-way): open views
    // reload what they show of these records.
    void recordsChanged(const schouw::SyncedRecords &records);
    // The office revoked this device. Nothing more is sent; the owner closes its windows on the
    // vault and wipes it (sync::wipeVault).
    void deviceRevoked();

private:
    void onUnlocked();
    void onAboutToLock();
    void startRun(Trigger trigger, Request request);
    void onRunFinished(const Result<sync::SyncSummary> &result);
    void handleResult(Trigger trigger, Result<sync::SyncSummary> result,
                      sync::Confirmation confirmation, qint64 seqBefore, const QString &user);
    void poll();
    void plan();
    void onAutoTimer();
    [[nodiscard]] bool automaticAllowed() const;
    [[nodiscard]] QString metaText(const QString &key) const;
    [[nodiscard]] qint64 lastChangeSeq() const;
    [[nodiscard]] SyncedRecords changesAfter(qint64 seq) const;

    VaultSession &m_session;
    Timing m_timing;
    bool m_automatic = true;
    QPointer<sync::SyncRun> m_run;
    bool m_finishing = false; // the run ended; its result is about to be handled
    Trigger m_trigger = Trigger::Automatic;
    qint64 m_seqBefore = 0;
    QString m_loginUser; // the user name of the running login, stored after it succeeded
    sync::SyncProgress m_progress;
    Problem m_problem = Problem::None;
    Error m_lastError;
    sync::Confirmation m_confirmation = sync::Confirmation::None;
    qint64 m_pending = 0;
    qint64 m_conflicts = 0;
    QDateTime m_lastAttempt; // UTC, this session
    QDateTime m_lastLocalChange; // UTC: when the pending count last grew
    QDateTime m_nextAttempt;
    bool m_networkCameBack = false;
    QTimer m_pollTimer;
    QTimer m_autoTimer;
};

} // namespace schouw
