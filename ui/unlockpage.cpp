#include "unlockpage.h"

#include "busycursor.h"
#include "passphrasefield.h"
#include "uilog.h"
#include "uistyle.h"
#include "vault/vaultsession.h"

#include "ui_unlockpage.h"

#include <QCoreApplication>

namespace schouw {

UnlockPage::UnlockPage(VaultSession &session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UnlockPage>())
    , m_session(session)
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(uistyle::icon(QStringLiteral("locked"), 56, m_ui->iconLabel));
    uistyle::makeTitle(m_ui->titleLabel);
    uistyle::makeError(m_ui->errorLabel);
    uistyle::makeSecondary(m_ui->throttleLabel);
    uistyle::makeSecondary(m_ui->busyLabel);
    uistyle::setMessage(m_ui->noticeLabel, {});
    uistyle::setMessage(m_ui->throttleLabel, {});
    uistyle::setMessage(m_ui->busyLabel, {});

    m_countdown.setSingleShot(true);
    connect(&m_countdown, &QTimer::timeout, this, &UnlockPage::updateThrottle);
    connect(m_ui->passphraseEdit, &QLineEdit::returnPressed, this, &UnlockPage::submit);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UnlockPage::submit);
    connect(m_ui->passphraseEdit, &QLineEdit::textEdited, this,
            [this] { uistyle::setMessage(m_ui->errorLabel, {}); });
}

UnlockPage::~UnlockPage() = default;

void UnlockPage::setNotice(const QString &notice)
{
    uistyle::setMessage(m_ui->noticeLabel, notice);
}

void UnlockPage::prepare()
{
    m_ui->passphraseEdit->setText(QString());
    uistyle::setMessage(m_ui->errorLabel, {});
    setBusy(false);
    updateThrottle();
    m_ui->passphraseEdit->setFocus();
}

void UnlockPage::submit()
{
    if (!m_ui->unlockButton->isEnabled())
        return;
    if (m_ui->passphraseEdit->text().isEmpty()) {
        uistyle::setMessage(m_ui->errorLabel, tr("Enter your passphrase."));
        m_ui->passphraseEdit->setFocus();
        return;
    }
    const SecureBytes secret = takePassphrase(m_ui->passphraseEdit);
    Status opened;
    {
        const BusyCursor busy;
        setBusy(true);
        opened = m_session.unlock(secret);
    }
    setBusy(false);
    if (opened) {
        uistyle::setMessage(m_ui->errorLabel, {});
        return;
    }
    const Error &error = opened.error();
    qCInfo(lcUi) << "unlock refused, code" << static_cast<int>(error.code) << error.detail;
    uistyle::setMessage(m_ui->errorLabel,
                        error.code == ErrorCode::PassphraseIncorrect
                            ? tr("That passphrase is not correct.")
                            : error.message);
    updateThrottle();
    m_ui->passphraseEdit->setFocus();
}

void UnlockPage::updateThrottle()
{
    const qint64 remainingMs = m_session.throttle().remaining().count();
    const bool waiting = remainingMs > 0;
    m_ui->unlockButton->setEnabled(!waiting);
    if (!waiting) {
        m_countdown.stop();
        uistyle::setMessage(m_ui->throttleLabel, {});
        return;
    }
    const auto seconds = static_cast<int>((remainingMs + 999) / 1000);
    // The wait doubles up to five minutes; past one, minutes read more easily than seconds.
    const QString wait = seconds < 60 ? tr("%1 s").arg(seconds)
                                      : tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    uistyle::setMessage(m_ui->throttleLabel,
                        tr("Too many attempts. You can try again in %1.").arg(wait));
    // Wake up when the shown number changes, not on a fixed beat, so the button comes back the
    // moment the wait is over.
    const qint64 untilNextSecond = remainingMs % 1000 == 0 ? 1000 : remainingMs % 1000;
    m_countdown.start(static_cast<int>(untilNextSecond) + 5);
}

void UnlockPage::setBusy(bool busy)
{
    m_ui->passphraseEdit->setEnabled(!busy);
    m_ui->unlockButton->setEnabled(!busy);
    uistyle::setMessage(m_ui->busyLabel, busy ? tr("Opening your data…") : QString());
    // The key derivation blocks the event loop for about half a second: lay out and paint the
    // busy state first. User input stays queued, so nothing can start a second attempt.
    if (busy)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
}

} // namespace schouw
