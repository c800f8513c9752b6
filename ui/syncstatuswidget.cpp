#include "syncstatuswidget.h"

#include "synccontroller.h"
#include "uistyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>

namespace schouw {

namespace {

// A status line is one line: long messages are cut with an ellipsis and shown whole in the
// tooltip.
constexpr int MaxStateWidthEm = 48;

QPushButton *linkButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QLatin1String(name));
    button->setFlat(true);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

} // namespace

QString syncMoment(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return time;
    return SyncStatusWidget::tr("%1 at %2", "date, time")
        .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

SyncStatusWidget::SyncStatusWidget(SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 0, 4, 0);
    layout->setSpacing(12);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("syncStateLabel"));
    m_state->setTextFormat(Qt::PlainText);
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPendingLabel"));
    m_pending->setTextFormat(Qt::PlainText);
    uistyle::makeSecondary(m_pending);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 10);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_cancel = linkButton(tr("Cancel"), "syncCancelButton", this);
    m_cancel->setToolTip(tr("Stop this sync; nothing is lost"));
    m_conflicts = linkButton(QString(), "syncConflictsButton", this);
    m_conflicts->setToolTip(tr("Texts edited on two computers at once, and records deleted "
                               "elsewhere: choose what to keep"));
    m_login = linkButton(QString(), "syncLoginButton", this);
    m_sync = linkButton(tr("Sync now"), "syncNowButton", this);

    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_pending);
    layout->addStretch(1);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_login);
    layout->addWidget(m_sync);

    connect(m_cancel, &QPushButton::clicked, &m_controller, &SyncController::cancel);
    connect(m_conflicts, &QPushButton::clicked, this, &SyncStatusWidget::conflictsRequested);
    connect(m_login, &QPushButton::clicked, this, &SyncStatusWidget::loginRequested);
    connect(m_sync, &QPushButton::clicked, this, &SyncStatusWidget::syncRequested);
    connect(&m_controller, &SyncController::statusChanged, this, &SyncStatusWidget::updateStatus);
    connect(&m_controller, &SyncController::progressChanged, this,
            &SyncStatusWidget::updateProgress);
    updateStatus();
}

SyncStatusWidget::~SyncStatusWidget() = default;

QString SyncStatusWidget::stateText() const
{
    return m_state->text();
}

QString SyncStatusWidget::pendingText() const
{
    return m_pending->isVisible() || !m_pending->text().isEmpty() ? m_pending->text() : QString();
}

QString SyncStatusWidget::idleText() const
{
    if (!m_controller.isConnected())
        return tr("Not connected to the office");
    const QDateTime last = m_controller.lastSyncAt();
    if (!last.isValid())
        return tr("Never synchronised");
    if (last.toLocalTime().date() == QDate::currentDate())
        return tr("Last synchronised at %1").arg(syncMoment(last));
    return tr("Last synchronised on %1").arg(syncMoment(last));
}

QString SyncStatusWidget::problemText() const
{
    const QDateTime next = m_controller.nextAttempt();
    const QString retry = next.isValid() ? syncMoment(next) : QString();
    switch (m_controller.problem()) {
    case SyncController::Problem::None:
    case SyncController::Problem::Revoked:
        return {};
    case SyncController::Problem::Offline:
        return retry.isEmpty() ? tr("Office not reachable")
                               : tr("Office not reachable; next attempt at %1").arg(retry);
    case SyncController::Problem::Busy:
        return retry.isEmpty() ? tr("The office is busy")
                               : tr("The office is busy; next attempt at %1").arg(retry);
    case SyncController::Problem::Cancelled:
        return retry.isEmpty() ? tr("Sync cancelled")
                               : tr("Sync cancelled; next attempt at %1").arg(retry);
    case SyncController::Problem::LoginRequired:
        return m_controller.isConnected() ? tr("The login to the office has expired") : QString();
    case SyncController::Problem::NeedsConfirmation:
        return tr("Sync is waiting for your confirmation");
    case SyncController::Problem::Failed:
        return tr("Sync failed: %1").arg(m_controller.lastError().message);
    }
    return {};
}

void SyncStatusWidget::updateStatus()
{
    const bool running = m_controller.isRunning();
    const SyncController::Problem problem = m_controller.problem();
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_sync->setVisible(!running && m_controller.isConnected());
    m_sync->setText(problem == SyncController::Problem::NeedsConfirmation ? tr("Sync and decide…")
                                                                          : tr("Sync now"));

    if (running) {
        updateProgress();
    } else {
        QString text = problemText();
        if (text.isEmpty())
            text = idleText();
        const int width = fontMetrics().horizontalAdvance(QLatin1Char('M')) * MaxStateWidthEm;
        m_state->setText(fontMetrics().elidedText(text, Qt::ElideRight, width));
        m_state->setToolTip(problem == SyncController::Problem::None
                                ? QString()
                                : m_controller.lastError().message);
    }

    const qint64 pending = m_controller.pendingCount();
    m_pending->setText(pending > 0 ? tr("%n change(s) not sent yet", nullptr, int(pending))
                                   : tr("All changes sent"));
    m_pending->setVisible(pending > 0 || m_controller.isConnected());

    const qint64 conflicts = m_controller.conflictCount();
    m_conflicts->setText(tr("%n conflict(s) to resolve…", nullptr, int(conflicts)));
    m_conflicts->setVisible(conflicts > 0);

    if (!m_controller.isConnected()) {
        m_login->setText(tr("Connect to the office…"));
        m_login->setVisible(!running);
    } else if (problem == SyncController::Problem::LoginRequired) {
        m_login->setText(tr("Log in again…"));
        m_login->setVisible(!running);
    } else {
        m_login->setVisible(false);
    }
}

void SyncStatusWidget::updateProgress()
{
    if (!m_controller.isRunning())
        return;
    const sync::SyncProgress &progress = m_controller.progress();
    const QLocale locale;
    const auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
    };
    QString text;
    switch (progress.phase) {
    case sync::SyncPhase::Connecting:
        text = tr("Connecting to the office…");
        m_progress->setRange(0, 0);
        break;
    case sync::SyncPhase::Pushing:
        text = tr("Sending changes: %1 of %2 (%3)")
                   .arg(locale.toString(progress.changesSent),
                        locale.toString(std::max(progress.pendingAtStart, progress.changesSent)),
                        size(progress.bytesSent));
        if (progress.pendingAtStart > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(
                int(std::min<qint64>(1000, progress.changesSent * 1000 / progress.pendingAtStart)));
        } else {
            m_progress->setRange(0, 0);
        }
        break;
    case sync::SyncPhase::Pulling:
        text = tr("Receiving changes: %1 (%2)")
                   .arg(locale.toString(progress.changesReceived), size(progress.bytesReceived));
        m_progress->setRange(0, 0);
        break;
    case sync::SyncPhase::Done:
        text = tr("Finishing the sync…");
        m_progress->setRange(0, 0);
        break;
    }
    m_state->setText(text);
    m_state->setToolTip({});
}

} // namespace schouw
