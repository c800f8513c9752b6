#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace schouw {

// Tells when nobody has used the keyboard, mouse, touch screen or pen anywhere in the application
// for the timeout. Watches through an event filter on the application object, so every window
// and dialog counts, and only user input counts: events that Qt or the program make itself
// (repaints, timers, hover synthesised after a layout change) do not keep the vault open.
//
// Each input event only restarts an elapsed timer; the single timer fires at the earliest moment
// the timeout could have passed and re-arms itself for the rest, so a moving mouse costs nothing.
class IdleLockWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleLockWatcher(QObject *parent = nullptr);
    ~IdleLockWatcher() override;

    // Tests inject a short timeout; the window sets the user's setting. Applies at once, measured
    // from the last input.
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    [[nodiscard]] bool isRunning() const { return m_running; }

public Q_SLOTS:
    // Starts counting from now (on unlock).
    void start();
    // Stops counting (on lock): a locked application has nothing to time out.
    void stop();

Q_SIGNALS:
    // Emitted once per start(): the watcher stops itself before emitting.
    void idleTimeout();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();
    void arm(std::chrono::milliseconds in);

    std::chrono::milliseconds m_timeout;
    QElapsedTimer m_sinceInput;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace schouw
