#pragma once

#include "synccontroller.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace schouw {

// Logging in to the office. Connect: the first time, with the office address, the user name and
// the password, and under "Advanced" the office's own CA certificate and key pins. Log in again:
// after the login expired, the address and user name shown and only the password asked; the
// changes waiting to be sent are named so nobody fears for them.
//
// The dialog does not sync itself: OK emits submitted(); the owner takes the request (the
// password moves into guarded memory and the field is emptied), runs the sync and either
// accepts the dialog or shows why it failed with showError() — the dialog stays open for
// another try. Non-modal, so a lock closes it like any other window.
class OfficeLoginDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Connect, LogInAgain };

    explicit OfficeLoginDialog(Mode mode, QWidget *parent = nullptr);
    ~OfficeLoginDialog() override;

    [[nodiscard]] Mode mode() const { return m_mode; }
    void setServer(const QUrl &server);
    void setUserName(const QString &user);
    void setPendingCount(qint64 pending);

    // What was typed, as a sync request; empties the password field. Only after submitted().
    [[nodiscard]] SyncController::Request takeRequest();
    // While the sync runs: fields and OK disabled, a line saying so.
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted();

private:
    void submit();
    void chooseCaFile();
    // Wrapped texts need their height for the dialog's width; Qt's size hints do not know it.
    void fitHeight();
    [[nodiscard]] bool validate();

    Mode m_mode;
    QLabel *m_intro = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_serverShown = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_advancedToggle = nullptr;
    QGroupBox *m_advanced = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_pins = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QByteArray m_caPem;
};

} // namespace schouw
