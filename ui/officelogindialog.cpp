#include "officelogindialog.h"

#include "passphrasefield.h"
#include "uistyle.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace schouw {

namespace {

constexpr qint64 MaxCaFileBytes = 1024 * 1024;

} // namespace

OfficeLoginDialog::OfficeLoginDialog(Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
{
    setObjectName(QStringLiteral("officeLoginDialog"));
    setWindowTitle(mode == Mode::Connect ? tr("Connect to the office") : tr("Log in again"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("loginIntro"));
    m_intro->setWordWrap(true);
    m_intro->setText(
        mode == Mode::Connect
            ? tr("Schouw exchanges your work with the office: your findings go there, and the "
                 "providers, frameworks and your team's visits come here. Enter the office's "
                 "address and your user name and password.")
            : tr("The login to the office has expired. Enter your password to log in again; "
                 "no change is lost."));
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_server = new QLineEdit(this);
    m_server->setObjectName(QStringLiteral("serverEdit"));
    m_server->setPlaceholderText(tr("https://office.example.nl"));
    m_serverShown = new QLabel(this);
    m_serverShown->setObjectName(QStringLiteral("serverLabel"));
    m_serverShown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *serverLabel = new QLabel(tr("Office &address:"), this);
    if (mode == Mode::Connect) {
        serverLabel->setBuddy(m_server);
        form->addRow(serverLabel, m_server);
        m_serverShown->hide();
    } else {
        serverLabel->setText(tr("Office:"));
        form->addRow(serverLabel, m_serverShown);
        m_server->hide();
    }
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                    Qt::ImhNoPredictiveText);
    auto *passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, m_password);
    layout->addLayout(form);

    // Certificates are always verified; an office with its own CA or pinned keys is set up here
    // once (or with schouw-cli sync --ca-file / --pin).
    m_advancedToggle = new QToolButton(this);
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setObjectName(QStringLiteral("advancedButton"));
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    m_advancedToggle->setVisible(mode == Mode::Connect);
    auto *toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_advancedToggle);
    toggleRow->addStretch(1);
    layout->addLayout(toggleRow);
    m_advanced = new QGroupBox(tr("Certificates"), this);
    m_advanced->setObjectName(QStringLiteral("advancedBox"));
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *caRow = new QHBoxLayout;
    m_caFile = new QLineEdit(m_advanced);
    m_caFile->setObjectName(QStringLiteral("caFileEdit"));
    m_caFile->setReadOnly(true);
    m_caFile->setPlaceholderText(tr("only for an office with its own CA"));
    auto *browse = new QPushButton(tr("&Choose…"), m_advanced);
    browse->setObjectName(QStringLiteral("caFileButton"));
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto *caLabel = new QLabel(tr("CA certificate:"), m_advanced);
    caLabel->setBuddy(browse);
    advancedForm->addRow(caLabel, caRow);
    m_pins = new QLineEdit(m_advanced);
    m_pins->setObjectName(QStringLiteral("pinsEdit"));
    m_pins->setPlaceholderText(tr("sha256//… (several separated by spaces)"));
    auto *pinsLabel = new QLabel(tr("&Key pins:"), m_advanced);
    pinsLabel->setBuddy(m_pins);
    advancedForm->addRow(pinsLabel, m_pins);
    auto *advancedNote =
        new QLabel(tr("The office's certificate is always checked. Your office's administrator "
                      "gives these values when they are needed."),
                   m_advanced);
    advancedNote->setWordWrap(true);
    uistyle::makeSecondary(advancedNote);
    advancedForm->addRow(advancedNote);
    m_advanced->hide();
    layout->addWidget(m_advanced);
    connect(m_advancedToggle, &QToolButton::clicked, this, [this] {
        const bool shown = !m_advanced->isVisible();
        m_advanced->setVisible(shown);
        m_advancedToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
        fitHeight();
    });
    connect(browse, &QPushButton::clicked, this, &OfficeLoginDialog::chooseCaFile);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("loginStatus"));
    m_status->setWordWrap(true);
    uistyle::makeSecondary(m_status);
    uistyle::setMessage(m_status, {});
    layout->addWidget(m_status);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginError"));
    uistyle::makeError(m_error);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Connect ? tr("C&onnect") : tr("L&og in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfficeLoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // A readable line length; the height follows from it.
    resize(44 * fontMetrics().horizontalAdvance(QLatin1Char('M')), 0);
    fitHeight();
    (mode == Mode::Connect ? m_server : m_password)->setFocus();
}

OfficeLoginDialog::~OfficeLoginDialog()
{
    // Whatever is left in the field goes with the dialog; setText drops the buffer.
    m_password->setText(QString());
}

void OfficeLoginDialog::fitHeight()
{
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                     : layout()->totalSizeHint().height();
    if (needed != height())
        resize(width(), std::max(needed, layout()->totalMinimumSize().height()));
}

void OfficeLoginDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toString());
    m_serverShown->setText(server.toDisplayString());
}

void OfficeLoginDialog::setUserName(const QString &user)
{
    m_user->setText(user);
    if (m_mode == Mode::LogInAgain && !user.isEmpty())
        m_password->setFocus();
    else if (m_mode == Mode::LogInAgain)
        m_user->setFocus();
}

void OfficeLoginDialog::setPendingCount(qint64 pending)
{
    if (m_mode != Mode::LogInAgain)
        return;
    QString text = tr("The login to the office has expired. Enter your password to log in "
                      "again; no change is lost.");
    if (pending > 0)
        text += u' ' +
            tr("%n change(s) on this computer will be sent after logging in.", nullptr,
               int(pending));
    m_intro->setText(text);
    fitHeight();
}

void OfficeLoginDialog::chooseCaFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("The office's CA certificate"), QString(),
                                     tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > MaxCaFileBytes) {
        showError(tr("The file %1 cannot be used as a certificate file.").arg(path));
        return;
    }
    const QByteArray pem = file.read(MaxCaFileBytes);
    if (!pem.contains("-----BEGIN CERTIFICATE-----")) {
        showError(tr("The file %1 holds no certificate in PEM form.").arg(path));
        return;
    }
    m_caPem = pem;
    m_caFile->setText(path);
    showError({});
}

bool OfficeLoginDialog::validate()
{
    if (m_mode == Mode::Connect) {
        QString address = m_server->text().trimmed();
        if (!address.isEmpty() && !address.contains(QLatin1String("://")))
            address.prepend(QLatin1String("https://"));
        const QUrl url(address, QUrl::StrictMode);
        if (address.isEmpty() || !url.isValid() || url.host().isEmpty() ||
            (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
            showError(tr("Enter the office's address, for example https://office.example.nl."));
            m_server->setFocus();
            return false;
        }
        m_server->setText(address);
    }
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_user->setFocus();
        return false;
    }
    if (m_password->text().isEmpty()) {
        showError(tr("Enter your password."));
        m_password->setFocus();
        return false;
    }
    static const QRegularExpression pin(QStringLiteral("^sha256//[A-Za-z0-9+/]{43}=$"));
    for (const QString &given :
         m_pins->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts))
        if (!pin.match(given).hasMatch()) {
            showError(tr("A key pin has the form sha256// followed by 44 characters."));
            m_pins->setFocus();
            return false;
        }
    return true;
}

void OfficeLoginDialog::submit()
{
    if (!validate())
        return;
    showError({});
    Q_EMIT submitted();
}

SyncController::Request OfficeLoginDialog::takeRequest()
{
    SyncController::Request request;
    if (m_mode == Mode::Connect) {
        request.server = QUrl(m_server->text().trimmed(), QUrl::StrictMode);
        request.pins =
            m_pins->text().split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
        request.caCertificatesPem = m_caPem;
    }
    request.user = m_user->text().trimmed();
    request.password = takePassphrase(m_password);
    return request;
}

void OfficeLoginDialog::setBusy(bool busy)
{
    for (QWidget *field : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_user),
                           static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_advanced)})
        field->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    uistyle::setMessage(
        m_status,
        busy ? (m_mode == Mode::Connect ? tr("Connecting to the office…") : tr("Logging in…"))
             : QString());
    fitHeight();
    if (!busy)
        m_password->setFocus();
}

void OfficeLoginDialog::showError(const QString &message)
{
    uistyle::setMessage(m_error, message);
    fitHeight();
}

} // namespace schouw
