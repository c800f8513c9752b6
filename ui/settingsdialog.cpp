#include "settingsdialog.h"

#include "appsettings.h"
#include "uistyle.h"

#include "ui_settingsdialog.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

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

    // Sync: the office and whether Schouw syncs by itself.
    m_autoSync = new QCheckBox(tr("S&ync automatically with the office"), this);
    m_autoSync->setObjectName(QStringLiteral("autoSyncCheck"));
    m_autoSync->setToolTip(tr("Every ten minutes, soon after a change and when the network "
                              "returns. Sync now (F9) always works."));
    m_autoSync->setChecked(AppSettings::automaticSync());
    m_ui->formLayout->addRow(m_autoSync);
    m_office = new QLabel(this);
    m_office->setObjectName(QStringLiteral("officeLabel"));
    m_office->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_office->setWordWrap(true);
    m_office->setMinimumWidth(24 * fontMetrics().horizontalAdvance(QLatin1Char('M')));
    m_disconnect = new QPushButton(tr("&Disconnect…"), this);
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_disconnect->setToolTip(tr("Forget the office and the login on this computer. Changes "
                                "made here stay and are sent after connecting again."));
    auto *officeRow = new QHBoxLayout;
    officeRow->addWidget(m_office, 1);
    officeRow->addWidget(m_disconnect, 0, Qt::AlignTop);
    m_ui->formLayout->addRow(tr("Office:"), officeRow);
    m_officeError = new QLabel(this);
    uistyle::makeError(m_officeError);
    m_ui->formLayout->addRow(m_officeError);
    connect(m_disconnect, &QPushButton::clicked, this, &SettingsDialog::disconnectOffice);
    m_confirm = [](QWidget *owner, const QString &question) {
        return QMessageBox::question(owner, SettingsDialog::tr("Disconnect from the office"),
                                     question, QMessageBox::Yes | QMessageBox::No,
                                     QMessageBox::No) == QMessageBox::Yes;
    };
    setOffice({}, {}, {});

    adjustSize();
    fitHeight(); // the form's design size is only a starting point
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setOffice(const QUrl &server, const QString &user,
                               std::function<Status()> disconnect)
{
    m_disconnectOffice = std::move(disconnect);
    if (server.isEmpty())
        m_office->setText(tr("Not connected"));
    else if (user.isEmpty())
        m_office->setText(server.toDisplayString());
    else
        m_office->setText(tr("%1 (as %2)").arg(server.toDisplayString(), user));
    m_disconnect->setVisible(!server.isEmpty() && m_disconnectOffice);
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed > height())
        resize(width(), needed);
}

void SettingsDialog::setConfirm(Confirm confirm)
{
    m_confirm = std::move(confirm);
}

void SettingsDialog::disconnectOffice()
{
    if (!m_disconnectOffice ||
        !m_confirm(this,
                   tr("Disconnect from the office? Schouw stops syncing until you "
                      "connect again with your user name and password. Changes made on "
                      "this computer stay and are sent then.")))
        return;
    if (auto done = m_disconnectOffice(); !done) {
        uistyle::setMessage(m_officeError, done.error().message);
        return;
    }
    uistyle::setMessage(m_officeError, {});
    setOffice({}, {}, {});
}

void SettingsDialog::accept()
{
    AppSettings::setAutomaticSync(m_autoSync->isChecked());
    AppSettings::setLanguage(m_ui->languageCombo->currentData().toString());
    AppSettings::setAutoLockMinutes(m_ui->autoLockSpin->value());
    QDialog::accept();
}

} // namespace schouw
