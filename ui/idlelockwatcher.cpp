#include "idlelockwatcher.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QEvent>

namespace schouw {

namespace {

bool isUserInput(const QEvent *event)
{
    // Synthetic events (sent by the program rather than the window system) are not a person at
    // the keyboard; Qt's test functions deliver theirs as spontaneous, like real input.
    if (!event->spontaneous())
        return false;
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

IdleLockWatcher::IdleLockWatcher(QObject *parent)
    : QObject(parent)
    , m_timeout(AppSettings::autoLockTimeout())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockWatcher::check);
    m_sinceInput.start();
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLockWatcher::~IdleLockWatcher()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLockWatcher::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = std::max(timeout, std::chrono::milliseconds(1));
    if (m_running)
        check();
}

void IdleLockWatcher::start()
{
    m_running = true;
    m_sinceInput.restart();
    arm(m_timeout);
}

void IdleLockWatcher::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleLockWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (isUserInput(event))
        m_sinceInput.restart();
    return QObject::eventFilter(watched, event);
}

void IdleLockWatcher::check()
{
    if (!m_running)
        return;
    const std::chrono::milliseconds idle(m_sinceInput.elapsed());
    if (idle < m_timeout) {
        arm(m_timeout - idle);
        return;
    }
    stop();
    Q_EMIT idleTimeout();
}

void IdleLockWatcher::arm(std::chrono::milliseconds in)
{
    m_timer.start(in);
}

} // namespace schouw
