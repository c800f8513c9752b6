#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace schouw {

class SyncController;

// The calm line at the bottom of the window about sync: when the vault last synchronised (or
// that it never did), how many local changes wait to be sent, during a sync the phase with
// changes and bytes, what stopped the last sync and when automatic sync tries again, and the
// number of open conflicts as a button. It shows state only; it never opens a dialog by itself
// (its buttons ask the owner through signals).
class SyncStatusWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatusWidget(SyncController &controller, QWidget *parent = nullptr);
    ~SyncStatusWidget() override;

    // The main line, for tests and screenshots.
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString pendingText() const;

public Q_SLOTS:
    void updateStatus();

Q_SIGNALS:
    void syncRequested();
    void conflictsRequested();
    // Not connected yet, or the login expired.
    void loginRequested();

private:
    void updateProgress();
    [[nodiscard]] QString idleText() const;
    [[nodiscard]] QString problemText() const;

    SyncController &m_controller;
    QLabel *m_state = nullptr;
    QLabel *m_pending = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_conflicts = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_sync = nullptr;
};

// "14:32" today, "3 nov. 14:32" on another day: the moment in the user's locale.
[[nodiscard]] QString syncMoment(const QDateTime &utc);

} // namespace schouw
