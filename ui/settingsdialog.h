#pragma once

#include "domain/error.h"

#include <QDialog>
#include <QUrl>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;

namespace Ui {
class SettingsDialog;
}

namespace schouw {

// The user's preferences: interface language (applies after a restart, since every window is
// built in one language), the minutes without input after which Schouw locks, and automatic sync.
// Reads from and, when accepted, writes to AppSettings. Shows the office this computer syncs
// with; changing it means disconnecting (forgetting the login) and connecting again.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The office this vault syncs with (empty: none) and how to disconnect from it (asked first;
    // replaceable in tests with setConfirm).
    void setOffice(const QUrl &server, const QString &user, std::function<Status()> disconnect);
    using Confirm = std::function<bool(QWidget *parent, const QString &question)>;
    void setConfirm(Confirm confirm);

    void accept() override;

private:
    void disconnectOffice();
    // Wrapped notes need their height for the dialog's width; Qt's size hints do not know it.
    void fitHeight();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QCheckBox *m_autoSync = nullptr;
    QLabel *m_office = nullptr;
    QPushButton *m_disconnect = nullptr;
    QLabel *m_officeError = nullptr;
    std::function<Status()> m_disconnectOffice;
    Confirm m_confirm;
};

} // namespace schouw
