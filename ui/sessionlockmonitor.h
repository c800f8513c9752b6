#pragma once

#include <QObject>

namespace schouw {

// Hears the desktop say that the user walked away: the login manager locking this session
// (org.freedesktop.login1 Session "Lock") or preparing to sleep ("PrepareForSleep"), and the
// screen saver becoming active (org.freedesktop.ScreenSaver and org.gnome.ScreenSaver
// "ActiveChanged"). Listens over D-Bus where Qt was built with it; elsewhere it never signals.
//
// Created by main() rather than the main window, so tests never touch a real bus.
class SessionLockMonitor : public QObject
{
    Q_OBJECT

public:
    explicit SessionLockMonitor(QObject *parent = nullptr);
    ~SessionLockMonitor() override;

    // False when no bus could be reached: the desktop's own locking is then not followed.
    [[nodiscard]] bool isListening() const { return m_listening; }

Q_SIGNALS:
    void sessionLocked();
    void aboutToSleep();

private Q_SLOTS:
    // Connected by name over D-Bus, so they must stay slots with these signatures.
    void onLoginSessionLock();
    void onPrepareForSleep(bool sleeping);
    void onScreenSaverActiveChanged(bool active);

private:
    void listenToLoginManager();
    void listenToScreenSavers();

    bool m_listening = false;
};

} // namespace schouw
