#include "sessionlockmonitor.h"

#include "uilog.h"

#if QT_CONFIG(dbus) && defined(SCHOUW_HAVE_QTDBUS)
#define SCHOUW_SESSION_DBUS 1
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

#include <QCoreApplication>

namespace schouw {

#ifdef SCHOUW_SESSION_DBUS
namespace {

const QString Login1Service = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString Login1Session = QStringLiteral("org.freedesktop.login1.Session");

} // namespace
#endif

SessionLockMonitor::SessionLockMonitor(QObject *parent)
    : QObject(parent)
{
    listenToLoginManager();
    listenToScreenSavers();
}

SessionLockMonitor::~SessionLockMonitor() = default;

void SessionLockMonitor::listenToLoginManager()
{
#ifdef SCHOUW_SESSION_DBUS
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        qCInfo(lcUi) << "no system bus: session locks and sleep are not followed";
        return;
    }
    m_listening |=
        bus.connect(Login1Service, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"),
                    this, SLOT(onPrepareForSleep(bool)));

    // Lock is sent to every session's object; only our own session's counts. Ask logind which
    // one that is, without blocking start-up on the answer.
    auto request = QDBusMessage::createMethodCall(Login1Service, Login1Path, Login1Manager,
                                                  QStringLiteral("GetSessionByPID"));
    request << static_cast<quint32>(QCoreApplication::applicationPid());
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(request), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *call) {
            call->deleteLater();
            const QDBusPendingReply<QDBusObjectPath> reply = *call;
            if (reply.isError()) {
                qCInfo(lcUi) << "login manager did not name our session:" << reply.error().name();
                return;
            }
            const bool connected = QDBusConnection::systemBus().connect(
                Login1Service, reply.value().path(), Login1Session, QStringLiteral("Lock"), this,
                SLOT(onLoginSessionLock()));
            m_listening |= connected;
            if (!connected)
                qCInfo(lcUi) << "could not follow the session's Lock signal";
        });
#endif
}

void SessionLockMonitor::listenToScreenSavers()
{
#ifdef SCHOUW_SESSION_DBUS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        qCInfo(lcUi) << "no session bus: the screen saver is not followed";
        return;
    }
    // An empty path matches the signal from any object: KDE sends it from /ScreenSaver and
    // /org/freedesktop/ScreenSaver, GNOME from /org/gnome/ScreenSaver.
    for (const QString &interface :
         {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")})
        m_listening |= bus.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"),
                                   this, SLOT(onScreenSaverActiveChanged(bool)));
#endif
}

void SessionLockMonitor::onLoginSessionLock()
{
    qCInfo(lcUi) << "desktop session locked";
    Q_EMIT sessionLocked();
}

void SessionLockMonitor::onPrepareForSleep(bool sleeping)
{
    if (!sleeping)
        return;
    qCInfo(lcUi) << "system is going to sleep";
    Q_EMIT aboutToSleep();
}

void SessionLockMonitor::onScreenSaverActiveChanged(bool active)
{
    if (!active)
        return;
    qCInfo(lcUi) << "screen saver active";
    Q_EMIT sessionLocked();
}

} // namespace schouw
