#include "settingsdialog.h"

#include "appsettings.h"
#include "uistyle.h"

#include "ui_settingsdialog.h"

namespace schouw {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    uistyle::makeSecondary(m_ui->languageNoteLabel);

    // Each language is named in itself, so someone who cannot read the current one finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(AppSettings::language())));

    m_ui->autoLockSpin->setRange(AppSettings::MinimumAutoLockMinutes,
                                 AppSettings::MaximumAutoLockMinutes);
    m_ui->autoLockSpin->setValue(AppSettings::autoLockMinutes());

    adjustSize(); // the form's design size is only a starting point
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    AppSettings::setAutoLockMinutes(m_ui->autoLockSpin->value());
    QDialog::accept();
}

} // namespace schouw
