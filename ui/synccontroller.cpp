#include "synccontroller.h"

#include "sync/conflictrepository.h"
#include "sync/outbox.h"
#include "uilog.h"
#include "vault/vault.h"
#include "vault/vaultsession.h"

#include <QNetworkInformation>
#include <QTimeZone>

#include <algorithm>
#include <utility>

namespace schouw {

namespace {

// More applied changes than this and a view reloads as a whole rather than per record.
constexpr int MaxListedChanges = 5000;
// The automatic timer wakes at least this often, so a changed system clock or a laptop that
// slept is noticed.
constexpr qint64 MaxTimerStepMs = 60'000;

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

SyncController::Problem problemOf(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Network:
        return error.detail == QLatin1String("cancelled") ? SyncController::Problem::Cancelled
                                                          : SyncController::Problem::Offline;
    case ErrorCode::ServerBusy:
        return SyncController::Problem::Busy;
    case ErrorCode::LoginRequired:
        return SyncController::Problem::LoginRequired;
    case ErrorCode::NeedsConfirmation:
        return SyncController::Problem::NeedsConfirmation;
    case ErrorCode::DeviceRevoked:
        return SyncController::Problem::Revoked;
    default:
        return SyncController::Problem::Failed;
    }
}

} // namespace

SyncController::SyncController(VaultSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_pollTimer.setInterval(m_timing.poll);
    connect(&m_pollTimer, &QTimer::timeout, this, &SyncController::poll);
    m_autoTimer.setSingleShot(true);
    connect(&m_autoTimer, &QTimer::timeout, this, &SyncController::onAutoTimer);
    connect(&session, &VaultSession::unlocked, this, &SyncController::onUnlocked);
    // Direct: the run must be gone before the vault it holds closes.
    connect(&session, &VaultSession::aboutToLock, this, &SyncController::onAboutToLock,
            Qt::DirectConnection);
    connect(&session, &VaultSession::locked, this, [this] {
        m_pollTimer.stop();
        m_autoTimer.stop();
        m_nextAttempt = {};
        m_pending = 0;
        m_conflicts = 0;
        Q_EMIT statusChanged();
    });
    if (session.isUnlocked())
        onUnlocked();
}

SyncController::~SyncController()
{
    if (m_run) {
        m_run->disconnect(this);
        m_run->cancel();
        delete m_run.data();
    }
}

void SyncController::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_pollTimer.setInterval(m_timing.poll);
    plan();
}

void SyncController::setAutomatic(bool enabled)
{
    m_automatic = enabled;
    plan();
}

bool SyncController::watchNetwork()
{
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        qCInfo(lcUi) << "no network information backend; automatic sync follows its timer";
        return false;
    }
    QNetworkInformation *information = QNetworkInformation::instance();
    connect(information, &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability != QNetworkInformation::Reachability::Disconnected &&
                    reachability != QNetworkInformation::Reachability::Unknown)
                    networkReachable();
            });
    qCInfo(lcUi) << "network reachability from" << information->backendName();
    return true;
}

QString SyncController::metaText(const QString &key) const
{
    if (!m_session.isUnlocked())
        return {};
    auto value = m_session.vault().metaValue(key);
    return value ? *value : QString();
}

bool SyncController::isConnected() const
{
    return !metaText(sync::meta::ServerUrl).isEmpty() &&
        !metaText(sync::meta::RefreshToken).isEmpty();
}

QUrl SyncController::serverUrl() const
{
    return QUrl(metaText(sync::meta::ServerUrl));
}

QString SyncController::userName() const
{
    return metaText(sync::meta::UserName);
}

QDateTime SyncController::lastSyncAt() const
{
    const QString text = metaText(sync::meta::LastSyncAt);
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

void SyncController::onUnlocked()
{
    m_problem = Problem::None;
    m_lastError = {};
    m_confirmation = sync::Confirmation::None;
    m_lastAttempt = {};
    m_lastLocalChange = {};
    m_networkCameBack = false;
    m_pending = -1; // the first poll only reads; it is no local change
    poll();
    m_pollTimer.start();
    plan();
}

void SyncController::onAboutToLock()
{
    m_pollTimer.stop();
    m_autoTimer.stop();
    if (!m_run)
        return;
    qCInfo(lcUi) << "locking: the running sync is cancelled";
    sync::SyncRun *run = m_run.data();
    m_run = nullptr;
    run->disconnect(this);
    run->cancel();
    delete run; // before the vault it refers to closes
    m_problem = Problem::Cancelled;
    m_lastError = {};
    Q_EMIT statusChanged();
}

bool SyncController::syncNow()
{
    return syncNow(Request {});
}

bool SyncController::syncNow(Request request)
{
    if (isRunning() || !m_session.isUnlocked())
        return false;
    startRun(Trigger::User, std::move(request));
    return true;
}

void SyncController::startRun(Trigger trigger, Request request)
{
    sync::SyncOptions options;
    options.server = request.server;
    options.user = request.user;
    options.password = std::move(request.password);
    options.pins = request.pins;
    options.caCertificatesPem = request.caCertificatesPem;
    options.allowDeletions = request.allowDeletions;
    options.acceptServerChange = request.acceptServerChange;
    options.timeout = m_timing.timeout;

    m_autoTimer.stop();
    m_nextAttempt = {};
    m_networkCameBack = false;
    m_trigger = trigger;
    m_loginUser = options.password.isEmpty() ? QString() : request.user;
    m_seqBefore = lastChangeSeq();
    m_progress = {};
    auto *run = new sync::SyncRun(m_session.vault(), std::move(options), this);
    m_run = run;
    connect(run, &sync::SyncRun::progress, this, [this](const sync::SyncProgress &progress) {
        m_progress = progress;
        Q_EMIT progressChanged(m_progress);
    });
    connect(run, &sync::SyncRun::phaseChanged, this, [this](sync::SyncPhase phase) {
        m_progress.phase = phase;
        Q_EMIT progressChanged(m_progress);
    });
    connect(run, &sync::SyncRun::finished, this, &SyncController::onRunFinished);
    qCInfo(lcUi) << "sync started:" << trigger;
    run->start();
    Q_EMIT started(trigger);
    Q_EMIT statusChanged();
}

void SyncController::cancel()
{
    if (m_run)
        m_run->cancel();
}

void SyncController::onRunFinished(const Result<sync::SyncSummary> &result)
{
    sync::SyncRun *run = m_run.data();
    if (!run)
        return;
    m_run = nullptr;
    m_finishing = true;
    run->disconnect(this);
    // Handled outside the run's own signal: what follows may lock or wipe the vault the run
    // refers to, and the run is deleted first.
    QMetaObject::invokeMethod(
        this,
        [this, run, result, confirmation = run->confirmation(), trigger = m_trigger,
         seq = m_seqBefore, user = m_loginUser] {
            delete run;
            handleResult(trigger, result, confirmation, seq, user);
        },
        Qt::QueuedConnection);
}

void SyncController::handleResult(Trigger trigger, Result<sync::SyncSummary> result,
                                  sync::Confirmation confirmation, qint64 seqBefore,
                                  const QString &user)
{
    m_finishing = false;
    m_lastAttempt = nowUtc();
    m_confirmation = sync::Confirmation::None;
    if (result) {
        m_problem = Problem::None;
        m_lastError = {};
        if (!user.isEmpty() && m_session.isUnlocked())
            if (auto stored = m_session.vault().setMetaValue(sync::meta::UserName, user); !stored)
                qCWarning(lcUi) << "storing the login name failed:" << stored.error().detail;
        qCInfo(lcUi) << "sync done: pushed" << result->pushed << "pulled" << result->pulled
                     << "applied" << result->applied << "conflicts" << result->conflicts;
    } else {
        m_lastError = result.error();
        m_problem = problemOf(m_lastError);
        if (m_problem == Problem::NeedsConfirmation)
            m_confirmation = confirmation;
        qCInfo(lcUi) << "sync stopped:" << m_problem << m_lastError.detail;
    }

    if (m_problem == Problem::Revoked) {
        Q_EMIT statusChanged();
        Q_EMIT finished(trigger, result);
        Q_EMIT deviceRevoked();
        return;
    }
    // Pages applied before a run stopped count too.
    if (m_session.isUnlocked()) {
        const SyncedRecords records = changesAfter(seqBefore);
        if (!records.isEmpty())
            Q_EMIT recordsChanged(records);
    }
    poll();
    plan();
    Q_EMIT finished(trigger, result);
    Q_EMIT statusChanged();
}

Status SyncController::disconnectFromOffice()
{
    if (!m_session.isUnlocked())
        return std::unexpected(Vault::lockedError());
    if (isRunning())
        return fail(ErrorCode::InvalidInput, tr("Wait until the sync has finished."),
                    QStringLiteral("sync running"));
    Vault &vault = m_session.vault();
    for (const QString &key : {sync::meta::RefreshToken, sync::meta::ServerUrl})
        if (auto done = vault.setMetaValue(key, QString()); !done)
            return done;
    m_problem = Problem::None;
    m_lastError = {};
    plan();
    Q_EMIT statusChanged();
    return {};
}

void SyncController::refreshStatus()
{
    poll();
    plan();
}

void SyncController::networkReachable()
{
    m_networkCameBack = true;
    plan();
}

void SyncController::poll()
{
    if (!m_session.isUnlocked())
        return;
    Vault &vault = m_session.vault();
    const qint64 before = m_pending;
    const qint64 conflictsBefore = m_conflicts;
    if (auto pending = sync::pendingCount(vault))
        m_pending = *pending;
    if (auto conflicts = sync::ConflictRepository(vault).count())
        m_conflicts = *conflicts;
    if (before >= 0 && m_pending > before && !isRunning()) {
        m_lastLocalChange = nowUtc();
        plan();
    }
    if (m_pending != before || m_conflicts != conflictsBefore)
        Q_EMIT statusChanged();
}

bool SyncController::automaticAllowed() const
{
    return m_automatic && m_session.isUnlocked() && !isRunning() &&
        m_problem != Problem::LoginRequired && m_problem != Problem::NeedsConfirmation &&
        m_problem != Problem::Revoked && isConnected();
}

void SyncController::plan()
{
    m_autoTimer.stop();
    const QDateTime before = m_nextAttempt;
    m_nextAttempt = {};
    if (automaticAllowed()) {
        const QDateTime now = nowUtc();
        QDateTime due = m_lastAttempt.isValid() ? m_lastAttempt.addMSecs(m_timing.periodic.count())
                                                : now.addMSecs(m_timing.afterUnlock.count());
        if (m_pending > 0 && m_lastLocalChange.isValid())
            due = std::min(due, m_lastLocalChange.addMSecs(m_timing.afterLocalChange.count()));
        if (m_networkCameBack)
            due = now;
        if (auto retry = sync::SyncRun::retryAfter(m_session.vault()); retry && retry->isValid())
            due = std::max(due, *retry);
        m_nextAttempt = due;
        m_autoTimer.start(
            static_cast<int>(std::clamp<qint64>(now.msecsTo(due), 0, MaxTimerStepMs)));
    }
    if (before != m_nextAttempt)
        Q_EMIT statusChanged();
}

void SyncController::onAutoTimer()
{
    if (!automaticAllowed())
        return plan();
    if (m_nextAttempt.isValid() && nowUtc().msecsTo(m_nextAttempt) > 0)
        return plan(); // woke early to look at the clock again
    startRun(Trigger::Automatic, {});
}

qint64 SyncController::lastChangeSeq() const
{
    if (!m_session.isUnlocked())
        return 0;
    auto statement = m_session.vault().database().prepare(
        QStringLiteral("SELECT coalesce(max(seq), 0) FROM change_log"));
    return statement && statement->next() ? statement->integer(0) : 0;
}

SyncedRecords SyncController::changesAfter(qint64 seq) const
{
    SyncedRecords records;
    auto statement = m_session.vault().database().prepare(
        QStringLiteral("SELECT entity, entity_id FROM change_log WHERE seq > ? AND "
                       "origin = 'remote' ORDER BY seq LIMIT %1")
            .arg(MaxListedChanges + 1));
    if (!statement) {
        records.everything = true;
        return records;
    }
    statement->bind(1, seq);
    int rows = 0;
    while (statement->next()) {
        if (++rows > MaxListedChanges) {
            records.everything = true;
            break;
        }
        records.entities.insert(statement->text(0));
        records.records.insert(idFromText(statement->text(1)));
    }
    if (statement->error())
        records.everything = true;
    return records;
}

} // namespace schouw
