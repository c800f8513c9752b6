#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace schouw {

// The user's preferences: interface language (applies after a restart, since every window is
// built in one language) and the minutes without input after which Schouw locks. Reads from and,
// when accepted, writes to AppSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace schouw
