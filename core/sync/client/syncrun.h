#pragma once

#include "domain/error.h"
#include "sync/client/attachmenttransfer.h"
#include "sync/client/officeclient.h"
#include "vault/securebytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <qtypeinfo.h>

#include <chrono>
#include <memory>

namespace schouw {
class Vault;
}

namespace schouw::sync {

// Vault meta keys of the client's sync state (docs/sync-client.md). The vault is encrypted, so
// the refresh token may live there; it never goes anywhere else.
namespace meta {
inline const QString ServerUrl = QStringLiteral("sync.server_url");
inline const QString StoreId = QStringLiteral("sync.store_id");
inline const QString Cursor = QStringLiteral("sync.cursor");
inline const QString LastSyncAt = QStringLiteral("sync.last_sync_at");
inline const QString RefreshToken = QStringLiteral("sync.refresh_token");
inline const QString DeviceRegistered = QStringLiteral("sync.device_registered");
inline const QString Pins = QStringLiteral("sync.pins"); // space-separated
// Besides the contract's keys: the office CA certificates (PEM) given once, kept inside the
// encrypted vault so nobody can swap the file, and the backoff state of automatic sync.
inline const QString CaCertificates = QStringLiteral("sync.ca_certificates");
inline const QString RetryAfter = QStringLiteral("sync.retry_after"); // UTC, ISO 8601
inline const QString BackoffSeconds = QStringLiteral("sync.backoff_seconds");
inline const QString ScopeEpoch = QStringLiteral("sync.scope_epoch");
// The login name given at the last login, so "log in again" can show it.
inline const QString UserName = QStringLiteral("sync.user_name");
inline const QString UserId = QStringLiteral("user_id");
} // namespace meta

enum class SyncPhase { Connecting, Pushing, Pulling, Done };

struct SyncProgress
{
    SyncPhase phase = SyncPhase::Connecting;
    qint64 changesSent = 0;
    qint64 changesReceived = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 pendingAtStart = 0;
    // Attachment content (docs/sync-client.md, "Attachments"): attachments whose content the
    // office now holds or that arrived here, and their content bytes acknowledged by the office
    // or stored here. The byte counts above include these and the protocol's own bytes.
    qint64 attachmentsSent = 0;
    qint64 attachmentsReceived = 0;
    qint64 attachmentBytesSent = 0;
    qint64 attachmentBytesReceived = 0;
};

struct SyncOptions
{
    QUrl server; // empty: the stored sync.server_url
    QString user; // with password: log in (always needed the first time)
    SecureBytes password; // wiped as soon as the login request is written
    QString deviceName; // how the office lists this device; empty: the host name
    QStringList pins; // empty: the stored ones
    QByteArray caCertificatesPem; // empty: the stored ones
    std::chrono::milliseconds timeout {std::chrono::seconds(30)};
    bool allowDeletions = false; // go ahead with a mass deletion
    bool acceptServerChange = false; // go ahead when the office's data changed (restored backup)
    // A push batch is one office transaction (the embedded store's lock is held for it), so it
    // stays small; a pull page is read without a lock, and fewer, larger pages mean fewer commits
    // here (10,000 changes: 0.59 s in pages of 5,000, 0.83 s in pages of 1,000). The office also
    // ends a page at about 8 MiB.
    int pushBatchSize = 1000;
    int pullPageSize = 5000;
};

struct SyncSummary
{
    qint64 pushed = 0; // changes the office acknowledged (new and duplicates)
    qint64 duplicates = 0;
    qint64 pulled = 0; // changes received
    qint64 applied = 0;
    qint64 conflicts = 0; // new conflicts
    qint64 deletions = 0;
    qint64 pendingAfter = 0;
    qint64 cursor = 0;
    QString storeId;
    QDateTime lastSyncAt; // UTC
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    qint64 attachmentsSent = 0; // attachments whose content the office now holds
    qint64 attachmentsReceived = 0; // attachments whose content arrived here, verified
    // Attachments not transferred this time (not complete at the office yet, or outside the
    // user's access); the next sync tries again.
    qint64 attachmentsWaiting = 0;
};

// Why a run stopped with NeedsConfirmation, so a caller can ask the right question.
enum class Confirmation { None, MassDeletion, OfficeDataChanged };

// One sync with the office: log in (first time) or refresh the login, push every pending local
// change in batches, upload the content of attachments the office does not hold yet, then pull
// the office's changes in pages, apply them and download the content of attachments that is not
// here yet (AttachmentTransfer: chunked, resumed, verified before it becomes readable).
// Asynchronous on the event loop of the vault's thread; finished() comes exactly once, never from
// inside start().
//
// Nothing is lost on any failure: a change is marked sent only after the office acknowledged its
// batch (a lost acknowledgement sends it again; the office counts it as a duplicate), and the
// cursor moves only after a page is applied, so a broken run resumes where it stopped.
//
// Stops with NeedsConfirmation (confirmation() says which) before applying a page that would make
// this run delete more than max(50, 10 %) of the live records (unless allowDeletions), and when
// the office's store id differs from the known one or its last sequence number is below our cursor,
// i.e. a restored backup (unless acceptServerChange: then every local change is pending again, the
// cursor starts at 0 and the new store id is kept). DeviceRevoked: nothing further is sent; the
// caller then wipes the vault with wipeVault() (vaultwipe.h).
//
// ServerBusy and Network errors set sync.retry_after for automatic sync: the office's Retry-After,
// or else 30 s doubling per failure up to 15 min, with jitter. A successful run clears it.
class SyncRun : public QObject
{
    Q_OBJECT

public:
    static constexpr int MinBackoffSeconds = 30;
    static constexpr int MaxBackoffSeconds = 15 * 60;
    static constexpr qint64 MassDeletionFloor = 50;
    static constexpr int MassDeletionPercent = 10;

    // The vault must stay open and outlive the run.
    SyncRun(Vault &vault, SyncOptions options, QObject *parent = nullptr);
    ~SyncRun() override;

    void start();
    // Ends the run; finished() reports a Network error. Nothing is lost.
    void cancel();

    [[nodiscard]] Confirmation confirmation() const { return m_confirmation; }
    [[nodiscard]] const SyncProgress &currentProgress() const { return m_progress; }

    // When automatic sync may try again (sync.retry_after); an invalid QDateTime: any time.
    [[nodiscard]] static Result<QDateTime> retryAfter(Vault &vault);

Q_SIGNALS:
    void phaseChanged(schouw::sync::SyncPhase phase);
    void progress(const schouw::sync::SyncProgress &progress);
    void finished(const schouw::Result<schouw::sync::SyncSummary> &result);

private:
    void connected(const OfficeTokens &tokens, bool loggedIn);
    void pushNext();
    void uploadAttachments();
    void pullNext();
    void downloadAttachments();
    void noteTransfer();
    void complete();
    void stop(Error error);
    [[nodiscard]] Status checkStore(const QString &storeId, qint64 lastSeq, bool *reset);
    [[nodiscard]] Status resetForNewStore(const QString &storeId);
    // True when the office widened our scope since the last pull: the cursor is then back at 0.
    [[nodiscard]] Result<bool> restartForWiderScope(qint64 scopeEpoch);
    [[nodiscard]] Status storeTokens(const OfficeTokens &tokens);
    void setPhase(SyncPhase phase);
    void noteBackoff(const Error &error);

    Vault &m_vault;
    SyncOptions m_options;
    std::unique_ptr<OfficeClient> m_client;
    std::unique_ptr<AttachmentTransfer> m_transfer;
    SyncProgress m_progress;
    SyncSummary m_summary;
    Confirmation m_confirmation = Confirmation::None;
    QString m_knownStoreId;
    qint64 m_cursor = 0;
    int m_batchSize = 0;
    qint64 m_liveAtStart = -1;
    qint64 m_deletedThisRun = 0;
    bool m_loggingIn = false;
    bool m_cancelled = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace schouw::sync

// GCC 12's std::expected declares operator== without constraints, so Qt's meta-type system (which
// moc asks about every signal argument) believes a Result can be compared, and the comparison it
// then instantiates fails for Error, which has no operator==. Tell it the truth.
template<>
struct QTypeTraits::has_operator_equal<schouw::Result<schouw::sync::SyncSummary>> : std::false_type
{
};
