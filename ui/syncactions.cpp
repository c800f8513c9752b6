#include "syncactions.h"

#include "conflictsdialog.h"
#include "officelogindialog.h"
#include "vault/vaultsession.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace schouw {

namespace {

// The safe answer is the default: nothing is applied or re-sent unless the user says so.
bool askUser(QWidget *parent, sync::Confirmation kind, const Error &error)
{
    QMessageBox box(parent);
    box.setObjectName(QStringLiteral("syncConfirmation"));
    box.setIcon(QMessageBox::Warning);
    QPushButton *goAhead = nullptr;
    if (kind == sync::Confirmation::MassDeletion) {
        box.setWindowTitle(SyncActions::tr("Many deletions from the office"));
        box.setText(error.message);
        box.setInformativeText(SyncActions::tr(
            "This can be right, for example after a provider was moved to another team. Work "
            "of yours that has not been sent yet is never lost: such records are kept and "
            "listed under Conflicts. If in doubt, ask the office first."));
        goAhead = box.addButton(SyncActions::tr("Apply the deletions"), QMessageBox::AcceptRole);
    } else {
        box.setWindowTitle(SyncActions::tr("The office's data has changed"));
        box.setText(error.message);
        box.setInformativeText(SyncActions::tr(
            "This happens when the office was restored from a backup. Going ahead sends every "
            "change made on this computer again (the office skips what it still has) and "
            "fetches the office's data anew. If this is unexpected, ask the office's "
            "administrator first."));
        goAhead = box.addButton(SyncActions::tr("Send everything again"), QMessageBox::AcceptRole);
    }
    QPushButton *notNow = box.addButton(SyncActions::tr("Not now"), QMessageBox::RejectRole);
    box.setDefaultButton(notNow);
    box.setEscapeButton(notNow);
    box.exec();
    return box.clickedButton() == goAhead;
}

} // namespace

SyncActions::SyncActions(SyncController &controller, VaultSession &session, QWidget *window)
    : QObject(window)
    , m_controller(controller)
    , m_session(session)
    , m_window(window)
    , m_ask(askUser)
{
    m_sync = new QAction(tr("&Sync now"), this);
    m_sync->setObjectName(QStringLiteral("actionSync"));
    // F9 is "send and receive" in the mail programs people know; F5 reloads in most programs.
    m_sync->setShortcut(QKeySequence(Qt::Key_F9));
    m_sync->setShortcutContext(Qt::WindowShortcut);
    m_sync->setToolTip(tr("Exchange changes with the office now (F9)"));
    m_conflicts = new QAction(tr("&Conflicts…"), this);
    m_conflicts->setObjectName(QStringLiteral("actionConflicts"));
    m_connect = new QAction(tr("C&onnect to the office…"), this);
    m_connect->setObjectName(QStringLiteral("actionConnect"));
    connect(m_sync, &QAction::triggered, this, &SyncActions::syncFromUser);
    connect(m_conflicts, &QAction::triggered, this, &SyncActions::openConflicts);
    connect(m_connect, &QAction::triggered, this, &SyncActions::openConnect);

    connect(&m_controller, &SyncController::statusChanged, this, &SyncActions::updateActions);
    connect(&m_controller, &SyncController::finished, this, &SyncActions::onFinished);
    connect(&m_session, &VaultSession::unlocked, this, &SyncActions::updateActions);
    connect(&m_session, &VaultSession::locked, this, [this] {
        m_queued.reset();
        m_loginRunning = false;
        updateActions();
    });
    updateActions();
}

SyncActions::~SyncActions() = default;

void SyncActions::setAsk(Ask ask)
{
    m_ask = std::move(ask);
}

void SyncActions::updateActions()
{
    const bool unlocked = m_session.isUnlocked();
    const bool running = m_controller.isRunning();
    m_sync->setEnabled(unlocked && !running);
    m_conflicts->setEnabled(unlocked);
    m_connect->setEnabled(unlocked && !running && !m_controller.isConnected());
}

bool SyncActions::start(SyncController::Request request)
{
    if (!m_controller.isRunning())
        return m_controller.syncNow(std::move(request));
    if (m_controller.trigger() != SyncController::Trigger::Automatic)
        return false;
    // The user's sync goes first: the automatic one stops (nothing is lost) and this one
    // starts when it has.
    m_queued = std::move(request);
    m_controller.cancel();
    return true;
}

void SyncActions::syncFromUser()
{
    if (!m_session.isUnlocked())
        return;
    if (m_controller.serverUrl().isEmpty()) {
        openConnect();
        return;
    }
    if (m_controller.problem() == SyncController::Problem::LoginRequired ||
        !m_controller.isConnected()) {
        openLogin();
        return;
    }
    start({});
}

void SyncActions::openConnect()
{
    openLoginDialog(true);
}

void SyncActions::openLogin()
{
    openLoginDialog(m_controller.serverUrl().isEmpty());
}

void SyncActions::openLoginDialog(bool connectFirst)
{
    if (!m_session.isUnlocked())
        return;
    if (m_login) {
        m_login->raise();
        m_login->activateWindow();
        return;
    }
    auto *dialog = new OfficeLoginDialog(connectFirst ? OfficeLoginDialog::Mode::Connect
                                                      : OfficeLoginDialog::Mode::LogInAgain,
                                         m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (!connectFirst) {
        dialog->setServer(m_controller.serverUrl());
        dialog->setUserName(m_controller.userName());
        dialog->setPendingCount(m_controller.pendingCount());
    }
    connect(dialog, &OfficeLoginDialog::submitted, this, &SyncActions::onSubmitted);
    connect(&m_session, &VaultSession::aboutToLock, dialog, &QDialog::reject);
    connect(dialog, &QDialog::finished, this, [this] { m_loginRunning = false; });
    m_login = dialog;
    dialog->open();
}

void SyncActions::onSubmitted()
{
    if (!m_login || !m_session.isUnlocked())
        return;
    m_login->setBusy(true);
    m_loginRunning = true;
    if (!start(m_login->takeRequest())) {
        m_loginRunning = false;
        m_login->setBusy(false);
        m_login->showError(tr("A sync is already running. Try again in a moment."));
    }
}

void SyncActions::onFinished(SyncController::Trigger trigger,
                             const Result<sync::SyncSummary> &result)
{
    if (m_queued) {
        // The automatic sync we cancelled ended; now the user's.
        SyncController::Request request = std::move(*m_queued);
        m_queued.reset();
        if (m_controller.syncNow(std::move(request)))
            return;
    }
    if (trigger != SyncController::Trigger::User)
        return;
    const bool fromDialog = m_login && m_loginRunning;
    m_loginRunning = false;
    if (result) {
        if (fromDialog)
            m_login->accept();
        return;
    }
    const Error &error = result.error();
    switch (error.code) {
    case ErrorCode::NeedsConfirmation:
        if (fromDialog)
            m_login->accept();
        askAndRerun(m_controller.confirmation(), error);
        return;
    case ErrorCode::DeviceRevoked:
        if (m_login)
            m_login->reject();
        return;
    case ErrorCode::LoginRequired:
        if (!fromDialog) {
            openLogin();
            if (m_login)
                m_login->showError(error.message);
            return;
        }
        break;
    default:
        break;
    }
    if (fromDialog) {
        // The dialog stays for another try, with the reason.
        m_login->setBusy(false);
        m_login->showError(error.message);
    }
}

void SyncActions::askAndRerun(sync::Confirmation kind, const Error &error)
{
    if (kind == sync::Confirmation::None || !m_ask(m_window, kind, error))
        return;
    if (!m_session.isUnlocked())
        return;
    SyncController::Request request;
    request.allowDeletions = kind == sync::Confirmation::MassDeletion;
    request.acceptServerChange = kind == sync::Confirmation::OfficeDataChanged;
    start(std::move(request));
}

void SyncActions::openConflicts()
{
    if (!m_session.isUnlocked())
        return;
    if (m_conflictsDialog) {
        m_conflictsDialog->reload();
        m_conflictsDialog->raise();
        m_conflictsDialog->activateWindow();
        return;
    }
    auto *dialog = new ConflictsDialog(m_session, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictsDialog::resolved, this, [this](const SyncedRecords &records) {
        m_controller.refreshStatus();
        Q_EMIT recordsChanged(records);
    });
    // A sync that lands while the dialog is open may bring or end conflicts.
    connect(&m_controller, &SyncController::finished, dialog, &ConflictsDialog::reload);
    m_conflictsDialog = dialog;
    dialog->show();
}

} // namespace schouw
