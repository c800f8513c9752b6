#pragma once

#include <QTimer>
#include <QWidget>

#include <memory>

namespace Ui {
class UnlockPage;
}

namespace schouw {

class VaultSession;

// Asks for the passphrase of an existing vault: at start-up and whenever the session locked.
// Shows no data of the vault. After repeated wrong passphrases the session's throttle makes the
// user wait; the page counts down and keeps the button disabled meanwhile.
class UnlockPage : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockPage(VaultSession &session, QWidget *parent = nullptr);
    ~UnlockPage() override;

    // Why the vault was locked ("Locked after 5 minutes without activity."); empty for none.
    void setNotice(const QString &notice);
    // Empties the field and the error, shows the throttle's state, puts the cursor in the field.
    void prepare();

public Q_SLOTS:
    void submit();

private:
    void updateThrottle();
    void setBusy(bool busy);

    std::unique_ptr<Ui::UnlockPage> m_ui;
    VaultSession &m_session;
    QTimer m_countdown;
};

} // namespace schouw
