#include "syncrun.h"

#include "sync/changeapplier.h"
#include "sync/outbox.h"
#include "sync/wireformat.h"
#include "vault/attachmentrepository.h"
#include "vault/vault.h"

#include <QHostInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace schouw::sync {

namespace {

Q_LOGGING_CATEGORY(lcSync, "schouw.sync", QtInfoMsg)

QUrl normalised(QUrl url)
{
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path);
    return url;
}

} // namespace

SyncRun::SyncRun(Vault &vault, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
    , m_options(std::move(options))
{
}

SyncRun::~SyncRun()
{
    m_options.password.wipe();
}

void SyncRun::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_cancelled)
                return stop({});
            if (!m_vault.isOpen())
                return stop(Vault::lockedError());

            const auto value = [this](const QString &key) {
                auto read = m_vault.metaValue(key);
                return read ? *read : QString();
            };
            const QString storedUrl = value(meta::ServerUrl);
            m_knownStoreId = value(meta::StoreId);
            m_cursor = value(meta::Cursor).toLongLong();

            OfficeSettings settings;
            settings.server = m_options.server.isEmpty() ? QUrl(storedUrl) : m_options.server;
            if (settings.server.isEmpty())
                return stop(Error {ErrorCode::InvalidInput,
                                   tr("No office address is known yet: give it for the first "
                                      "sync."),
                                   QStringLiteral("no server URL")});
            const bool serverChanged =
                !storedUrl.isEmpty() && normalised(QUrl(storedUrl)) != normalised(settings.server);
            settings.pins = m_options.pins.isEmpty()
                ? value(meta::Pins).split(QLatin1Char(' '), Qt::SkipEmptyParts)
                : m_options.pins;
            settings.caCertificatesPem = m_options.caCertificatesPem.isEmpty()
                ? value(meta::CaCertificates).toLatin1()
                : m_options.caCertificatesPem;
            settings.timeout = m_options.timeout;
            m_client = std::make_unique<OfficeClient>(settings);
            if (auto prepared = m_client->prepare(); !prepared)
                return stop(prepared.error());
            m_client->setDeviceId(m_vault.deviceId());
            m_client->setTokenHandler(
                [this](const OfficeTokens &tokens) { return storeTokens(tokens); });
            // A refresh token belongs to the office that issued it.
            if (!serverChanged)
                m_client->setRefreshToken(value(meta::RefreshToken).toLatin1());
            m_transfer = std::make_unique<AttachmentTransfer>(m_vault, *m_client);
            // Progress after each chunk, before the next is asked for (a caller may cancel).
            connect(m_transfer.get(), &AttachmentTransfer::progressed, this, [this] {
                noteTransfer();
                Q_EMIT progress(m_progress);
            });
            connect(m_client.get(), &OfficeClient::bytesTransferred, this,
                    [this](qint64 sent, qint64 received) {
                        m_progress.bytesSent = sent;
                        m_progress.bytesReceived = received;
                        Q_EMIT progress(m_progress);
                    });

            auto pending = pendingCount(m_vault);
            if (!pending)
                return stop(pending.error());
            m_progress.pendingAtStart = *pending;
            setPhase(SyncPhase::Connecting);

            if (!m_options.user.isEmpty() && !m_options.password.isEmpty()) {
                const QString deviceName = m_options.deviceName.isEmpty()
                    ? QHostInfo::localHostName()
                    : m_options.deviceName;
                m_client->login(m_options.user, m_options.password, deviceName,
                                [this](Result<OfficeTokens> tokens) {
                                    if (!tokens)
                                        return stop(tokens.error());
                                    connected(*tokens, true);
                                });
                // The request body holds the only other copy, and the client wipes it.
                m_options.password.wipe();
                return;
            }
            if (!m_client->hasRefreshToken())
                return stop(Error {ErrorCode::LoginRequired,
                                   serverChanged
                                       ? tr("This is another office address. Log in with your "
                                            "user name and password.")
                                       : tr("This computer is not logged in to the office. Log "
                                            "in with your user name and password."),
                                   QStringLiteral("no refresh token")});
            m_client->refresh([this](Result<OfficeTokens> tokens) {
                if (!tokens)
                    return stop(tokens.error());
                connected(*tokens, false);
            });
        },
        Qt::QueuedConnection);
}

void SyncRun::cancel()
{
    m_cancelled = true;
    if (m_transfer)
        m_transfer->cancel();
    if (m_client)
        m_client->abort();
}

Status SyncRun::storeTokens(const OfficeTokens &tokens)
{
    // Rotated on every refresh: the old one is dead once the office answered.
    return m_vault.setMetaValue(meta::RefreshToken, QString::fromLatin1(tokens.refreshToken));
}

void SyncRun::connected(const OfficeTokens &tokens, bool loggedIn)
{
    if (m_cancelled)
        return stop({});
    bool reset = false;
    if (auto checked = checkStore(tokens.storeId, -1, &reset); !checked)
        return stop(checked.error());
    // Kept only now that the office answered: a mistyped address is not remembered.
    if (!m_options.server.isEmpty())
        if (auto stored =
                m_vault.setMetaValue(meta::ServerUrl, normalised(m_options.server).toString());
            !stored)
            return stop(stored.error());
    if (!m_options.pins.isEmpty())
        if (auto stored = m_vault.setMetaValue(meta::Pins, m_options.pins.join(QLatin1Char(' ')));
            !stored)
            return stop(stored.error());
    if (!m_options.caCertificatesPem.isEmpty())
        if (auto stored = m_vault.setMetaValue(meta::CaCertificates,
                                               QString::fromLatin1(m_options.caCertificatesPem));
            !stored)
            return stop(stored.error());
    if (loggedIn) {
        if (auto stored = m_vault.setMetaValue(meta::UserId, tokens.userId); !stored)
            return stop(stored.error());
        if (auto stored = m_vault.setMetaValue(meta::DeviceRegistered, QStringLiteral("1"));
            !stored)
            return stop(stored.error());
    }
    qCInfo(lcSync) << "connected to the office; role" << tokens.role;
    m_batchSize = std::max(1, m_options.pushBatchSize);
    setPhase(SyncPhase::Pushing);
    pushNext();
}

Status SyncRun::checkStore(const QString &storeId, qint64 lastSeq, bool *reset)
{
    *reset = false;
    if (m_knownStoreId.isEmpty()) {
        // First contact: this office's store is the one we know from now on.
        if (auto stored = m_vault.setMetaValue(meta::StoreId, storeId); !stored)
            return stored;
        m_knownStoreId = storeId;
        return {};
    }
    const bool otherStore = storeId != m_knownStoreId;
    const bool restored = lastSeq >= 0 && lastSeq < m_cursor;
    if (!otherStore && !restored)
        return {};
    const QString detail = otherStore
        ? QStringLiteral("store id changed")
        : QStringLiteral("office last seq %1 below cursor %2").arg(lastSeq).arg(m_cursor);
    if (!m_options.acceptServerChange) {
        m_confirmation = Confirmation::OfficeDataChanged;
        return fail(ErrorCode::NeedsConfirmation,
                    tr("The office's data has changed since the last sync, for example because "
                       "it was restored from a backup. Nothing was changed here. Confirm to send "
                       "all changes made on this computer again and to fetch the office's data "
                       "anew."),
                    detail);
    }
    qCWarning(lcSync) << "office data changed (" << detail << "); starting over as confirmed";
    if (auto done = resetForNewStore(storeId); !done)
        return done;
    *reset = true;
    return {};
}

Status SyncRun::resetForNewStore(const QString &storeId)
{
    if (auto done = markAllUnsent(m_vault); !done)
        return done;
    // The other store holds none of our attachments' content either.
    if (auto done = AttachmentRepository(m_vault).markAllNotUploaded(); !done)
        return done;
    if (auto done = m_vault.setMetaValue(meta::Cursor, QStringLiteral("0")); !done)
        return done;
    if (auto done = m_vault.setMetaValue(meta::StoreId, storeId); !done)
        return done;
    m_cursor = 0;
    m_knownStoreId = storeId;
    return {};
}

void SyncRun::pushNext()
{
    if (m_cancelled)
        return stop({});
    auto batch = pendingBatch(m_vault, m_batchSize);
    if (!batch)
        return stop(batch.error());
    if (batch->changes.empty())
        return uploadAttachments();
    const QByteArray encoded = wire::encodeBatch(*batch);
    if (encoded.isEmpty()) {
        // Over a wire limit (32 MiB in all): send fewer changes at a time.
        if (m_batchSize > 1) {
            m_batchSize = std::max(1, m_batchSize / 2);
            return pushNext();
        }
        return stop(Error {ErrorCode::InvalidInput,
                           tr("A change is too large to send to the office."),
                           QStringLiteral("single change over the wire limits")});
    }
    std::vector<wire::WireUuid> ids;
    ids.reserve(batch->changes.size());
    for (const wire::WireChange &change : batch->changes)
        ids.push_back(change.changeId);
    m_client->push(encoded, [this, ids = std::move(ids)](Result<PushReply> reply) {
        if (!reply)
            return stop(reply.error());
        // Only now, with the office's acknowledgement: a lost answer sends these again.
        if (auto marked = markSent(m_vault, ids); !marked)
            return stop(marked.error());
        const auto count = static_cast<qint64>(ids.size());
        m_summary.pushed += count;
        m_summary.duplicates += reply->duplicates;
        m_progress.changesSent += count;
        Q_EMIT progress(m_progress);
        // The office's last seq before this batch was at most lastSeq - accepted; below our
        // cursor means it lost changes we had already pulled.
        bool reset = false;
        if (auto checked = checkStore(reply->storeId, reply->lastSeq - reply->accepted, &reset);
            !checked)
            return stop(checked.error());
        pushNext();
    });
}

void SyncRun::pullNext()
{
    if (m_cancelled)
        return stop({});
    m_client->pull(m_cursor, std::max(1, m_options.pullPageSize), [this](Result<PullPage> page) {
        if (!page)
            return stop(page.error());
        bool reset = false;
        if (auto checked = checkStore(page->storeId, page->lastSeq, &reset); !checked)
            return stop(checked.error());
        if (reset) {
            // Everything is pending again and the cursor is back at 0: push, then pull anew.
            setPhase(SyncPhase::Pushing);
            return pushNext();
        }
        auto restart = restartForWiderScope(page->scopeEpoch);
        if (!restart)
            return stop(restart.error());
        if (*restart)
            return pullNext(); // known changes are skipped by id, the new ones arrive
        const wire::ChangeBatch &batch = page->batch;
        if (!batch.changes.empty()) {
            auto preview = previewDeletions(m_vault, batch);
            if (!preview)
                return stop(preview.error());
            if (m_liveAtStart < 0)
                m_liveAtStart = preview->liveRecordsTotal;
            const qint64 limit =
                std::max(MassDeletionFloor, m_liveAtStart * MassDeletionPercent / 100);
            const qint64 wouldDelete = m_deletedThisRun + preview->liveRecordsDeleted;
            if (!m_options.allowDeletions && wouldDelete > limit) {
                m_confirmation = Confirmation::MassDeletion;
                return stop(Error {
                    ErrorCode::NeedsConfirmation,
                    tr("The office's changes would delete %1 of the %2 records on this computer. "
                       "They were not applied. Confirm to go ahead.")
                        .arg(wouldDelete)
                        .arg(m_liveAtStart),
                    QStringLiteral("mass deletion: %1 of %2, %3 with unsent local work")
                        .arg(wouldDelete)
                        .arg(m_liveAtStart)
                        .arg(preview->withUnsentLocalWork)});
            }
            auto report = applyRemoteBatch(m_vault, batch);
            if (!report)
                return stop(report.error());
            m_deletedThisRun = wouldDelete;
            m_summary.applied += report->applied;
            m_summary.conflicts += report->newConflicts;
            m_summary.deletions += report->deletions;
        }
        m_summary.pulled += static_cast<qint64>(batch.changes.size());
        m_progress.changesReceived += static_cast<qint64>(batch.changes.size());
        // After the page is in: a broken run resumes at the next page.
        m_cursor = page->nextCursor;
        if (auto stored = m_vault.setMetaValue(meta::Cursor, QString::number(m_cursor)); !stored)
            return stop(stored.error());
        Q_EMIT progress(m_progress);
        if (page->more)
            return pullNext();
        downloadAttachments();
    });
}

// Every change is sent, so the office knows the attachments whose content goes up now.
void SyncRun::uploadAttachments()
{
    if (m_cancelled)
        return stop({});
    m_transfer->upload([this](Status done) {
        noteTransfer();
        if (!done)
            return stop(done.error());
        setPhase(SyncPhase::Pulling);
        pullNext();
    });
}

void SyncRun::downloadAttachments()
{
    if (m_cancelled)
        return stop({});
    m_transfer->download([this](Status done) {
        noteTransfer();
        if (!done)
            return stop(done.error());
        complete();
    });
}

void SyncRun::noteTransfer()
{
    const TransferCounts &counts = m_transfer->counts();
    m_progress.attachmentsSent = counts.sent;
    m_progress.attachmentsReceived = counts.received;
    m_progress.attachmentBytesSent = counts.bytesSent;
    m_progress.attachmentBytesReceived = counts.bytesReceived;
    m_summary.attachmentsSent = counts.sent;
    m_summary.attachmentsReceived = counts.received;
    m_summary.attachmentsWaiting = counts.waiting;
}

Result<bool> SyncRun::restartForWiderScope(qint64 scopeEpoch)
{
    auto known = m_vault.metaValue(meta::ScopeEpoch);
    if (!known)
        return std::unexpected(known.error());
    const QString epoch = QString::number(scopeEpoch);
    if (*known == epoch)
        return false;
    if (auto stored = m_vault.setMetaValue(meta::ScopeEpoch, epoch); !stored)
        return std::unexpected(stored.error());
    // A first pull (no epoch known yet) or one from 0 already sees everything in scope.
    if (known->isEmpty() || m_cursor == 0)
        return false;
    m_cursor = 0;
    if (auto stored = m_vault.setMetaValue(meta::Cursor, QStringLiteral("0")); !stored)
        return std::unexpected(stored.error());
    return true;
}

void SyncRun::complete()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[key, value] :
         {std::pair {meta::LastSyncAt, now.toString(Qt::ISODateWithMs)},
          std::pair {meta::RetryAfter, QString()}, std::pair {meta::BackoffSeconds, QString()}}) {
        if (auto stored = m_vault.setMetaValue(key, value); !stored)
            return stop(stored.error());
    }
    auto pending = pendingCount(m_vault);
    if (!pending)
        return stop(pending.error());
    m_summary.pendingAfter = *pending;
    m_summary.cursor = m_cursor;
    m_summary.storeId = m_knownStoreId;
    m_summary.lastSyncAt = now;
    m_summary.bytesSent = m_progress.bytesSent;
    m_summary.bytesReceived = m_progress.bytesReceived;
    setPhase(SyncPhase::Done);
    m_done = true;
    qCInfo(lcSync) << "sync done:" << m_summary.pushed << "sent," << m_summary.pulled << "received,"
                   << m_summary.conflicts << "new conflicts;" << m_summary.attachmentsSent
                   << "attachments sent," << m_summary.attachmentsReceived << "received,"
                   << m_summary.attachmentsWaiting << "waiting";
    Q_EMIT finished(m_summary);
}

void SyncRun::stop(Error error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_cancelled)
        error = Error {ErrorCode::Network, tr("The sync was cancelled. Nothing is lost."),
                       QStringLiteral("cancelled")};
    else if (error.code == ErrorCode::ServerBusy || error.code == ErrorCode::Network)
        noteBackoff(error);
    qCInfo(lcSync) << "sync stopped:" << error.detail;
    Q_EMIT finished(std::unexpected(error));
}

void SyncRun::noteBackoff(const Error &error)
{
    if (!m_vault.isOpen())
        return;
    int delay = 0;
    int base = 0;
    if (error.code == ErrorCode::ServerBusy && m_client && m_client->retryAfter()) {
        delay = std::max(1, *m_client->retryAfter());
    } else {
        auto previous = m_vault.metaValue(meta::BackoffSeconds);
        const int last = previous ? previous->toInt() : 0;
        base = last <= 0 ? MinBackoffSeconds : std::min(last * 2, MaxBackoffSeconds);
        // Jitter of up to a fifth either way, so many clients do not come back at once.
        const int spread = base / 5;
        delay =
            base - spread + static_cast<int>(QRandomGenerator::global()->bounded(2 * spread + 1));
    }
    const QDateTime when = QDateTime::currentDateTimeUtc().addSecs(delay);
    (void)m_vault.setMetaValue(meta::RetryAfter, when.toString(Qt::ISODate));
    (void)m_vault.setMetaValue(meta::BackoffSeconds, base > 0 ? QString::number(base) : QString());
}

void SyncRun::setPhase(SyncPhase phase)
{
    m_progress.phase = phase;
    Q_EMIT phaseChanged(phase);
    Q_EMIT progress(m_progress);
}

Result<QDateTime> SyncRun::retryAfter(Vault &vault)
{
    auto value = vault.metaValue(meta::RetryAfter);
    if (!value)
        return std::unexpected(value.error());
    if (value->isEmpty())
        return QDateTime();
    QDateTime when = QDateTime::fromString(*value, Qt::ISODate);
    when.setTimeZone(QTimeZone::utc());
    return when;
}

} // namespace schouw::sync
