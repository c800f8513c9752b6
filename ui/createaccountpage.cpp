#include "createaccountpage.h"

#include "busycursor.h"
#include "passphrasefield.h"
#include "uilog.h"
#include "uistyle.h"
#include "vault/passphrasestrength.h"
#include "vault/vaultsession.h"

#include "ui_createaccountpage.h"

#include <QCoreApplication>

namespace schouw {

namespace {

// Words anyone guessing an inspector's passphrase would try first.
QStringList contextWords()
{
    return {QStringLiteral("schouw"), QStringLiteral("igj"), QStringLiteral("inspectie"),
            QStringLiteral("inspecteur"), QStringLiteral("zorg")};
}

QString chunkColour(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::TooWeak:
        return QStringLiteral("#c62828");
    case PassphraseStrength::Level::Weak:
        return QStringLiteral("#ef6c00");
    case PassphraseStrength::Level::Reasonable:
        return QStringLiteral("#7cb342");
    case PassphraseStrength::Level::Strong:
        return QStringLiteral("#2e7d32");
    }
    return {};
}

} // namespace

CreateAccountPage::CreateAccountPage(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CreateAccountPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(uistyle::icon(QStringLiteral("schouw"), 56, m_ui->iconLabel));
    uistyle::makeTitle(m_ui->titleLabel);
    uistyle::makeError(m_ui->errorLabel);
    uistyle::makeSecondary(m_ui->strengthLabel);
    uistyle::makeSecondary(m_ui->busyLabel);
    uistyle::setMessage(m_ui->busyLabel, {});
    m_ui->strengthBar->setAccessibleName(tr("Passphrase strength"));

    connect(m_ui->passphraseEdit, &QLineEdit::textChanged, this, [this] {
        updateStrength();
        uistyle::setMessage(m_ui->errorLabel, {});
    });
    connect(m_ui->repeatEdit, &QLineEdit::textChanged, this,
            [this] { uistyle::setMessage(m_ui->errorLabel, {}); });
    // Enter in the first field moves on to the second until that one is filled in.
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->repeatEdit->text().isEmpty())
            m_ui->repeatEdit->setFocus();
        else
            submit();
    });
    connect(m_ui->repeatEdit, &QLineEdit::returnPressed, this, &CreateAccountPage::submit);
    connect(m_ui->createButton, &QPushButton::clicked, this, &CreateAccountPage::submit);
    updateStrength();
}

CreateAccountPage::~CreateAccountPage() = default;

void CreateAccountPage::prepare()
{
    m_ui->passphraseEdit->setText(QString());
    m_ui->repeatEdit->setText(QString());
    uistyle::setMessage(m_ui->errorLabel, {});
    setBusy(false);
    m_ui->passphraseEdit->setFocus();
}

void CreateAccountPage::updateStrength()
{
    const QString text = m_ui->passphraseEdit->text();
    if (text.isEmpty()) {
        m_ui->strengthBar->setValue(0);
        m_ui->strengthLabel->setText(
            tr("Use at least %n characters.", nullptr, PassphraseStrength::MinimumLength));
        return;
    }
    const auto strength = PassphraseStrength::estimate(text, contextWords());
    const int level = static_cast<int>(strength.level) + 1;
    m_ui->strengthBar->setValue(level);
    m_ui->strengthBar->setStyleSheet(
        QStringLiteral(
            "QProgressBar { border: none; border-radius: 3px; background: palette(midlight); }"
            "QProgressBar::chunk { border-radius: 3px; background: %1; }")
            .arg(chunkColour(strength.level)));
    m_ui->strengthLabel->setText(strength.feedback);
}

void CreateAccountPage::submit()
{
    if (!m_ui->createButton->isEnabled() || !validate())
        return;

    const SecureBytes secret = takePassphrase(m_ui->passphraseEdit);
    m_ui->repeatEdit->setText(QString());
    Status created;
    {
        const BusyCursor busy;
        setBusy(true);
        created = m_session.create(secret);
    }
    setBusy(false);
    if (!created) {
        qCWarning(lcUi) << "creating the vault failed:" << created.error().detail;
        showError(created.error().message);
        m_ui->passphraseEdit->setFocus();
        return;
    }
    qCInfo(lcUi) << "account created";
}

bool CreateAccountPage::validate()
{
    const QString passphrase = m_ui->passphraseEdit->text();
    if (passphrase.isEmpty()) {
        showError(tr("Choose a passphrase first."));
        m_ui->passphraseEdit->setFocus();
        return false;
    }
    // Strength before sameness: a weak passphrase has to change anyway, so the user should not
    // retype it first.
    if (!PassphraseStrength::estimate(passphrase, contextWords()).acceptable()) {
        showError(tr("This passphrase is too weak to protect the data on this computer. "
                     "Make it longer, for instance with another word."));
        m_ui->passphraseEdit->setFocus();
        return false;
    }
    if (passphrase != m_ui->repeatEdit->text()) {
        m_ui->repeatEdit->setText(QString()); // before the message: editing clears it
        m_ui->repeatEdit->setFocus();
        showError(tr("The two passphrases are not the same. Type the passphrase again in the "
                     "second field."));
        return false;
    }
    return true;
}

void CreateAccountPage::showError(const QString &message)
{
    uistyle::setMessage(m_ui->errorLabel, message);
}

void CreateAccountPage::setBusy(bool busy)
{
    m_ui->createButton->setEnabled(!busy);
    m_ui->passphraseEdit->setEnabled(!busy);
    m_ui->repeatEdit->setEnabled(!busy);
    uistyle::setMessage(m_ui->busyLabel, busy ? tr("Creating your account…") : QString());
    // The key derivation blocks the event loop for about half a second: lay out and paint the
    // busy state first. User input stays queued, so nothing can start a second attempt.
    if (busy)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace schouw
