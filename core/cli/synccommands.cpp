#include "commands.h"

#include "console.h"
#include "passphraseinput.h"
#include "sync/client/syncrun.h"
#include "sync/client/vaultwipe.h"
#include "vault/vault.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonObject>

#include <optional>

namespace schouw {

namespace {

constexpr qint64 MaxCaFileBytes = 1024 * 1024;

Result<QByteArray> readCaFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Commands::tr("The CA file %1 cannot be read.").arg(path),
                    file.errorString());
    if (file.size() > MaxCaFileBytes)
        return fail(ErrorCode::InvalidInput,
                    Commands::tr("The CA file %1 is too large for a certificate file.").arg(path),
                    QStringLiteral("CA file of %1 bytes").arg(file.size()));
    return file.read(MaxCaFileBytes);
}

QString phaseText(sync::SyncPhase phase)
{
    switch (phase) {
    case sync::SyncPhase::Connecting:
        return Commands::tr("Connecting to the office");
    case sync::SyncPhase::Pushing:
        return Commands::tr("Sending changes");
    case sync::SyncPhase::Pulling:
        return Commands::tr("Receiving changes");
    case sync::SyncPhase::Done:
        return Commands::tr("Sync done");
    }
    return {};
}

int phasePercent(sync::SyncPhase phase)
{
    switch (phase) {
    case sync::SyncPhase::Connecting:
        return 0;
    case sync::SyncPhase::Pushing:
        return 10;
    case sync::SyncPhase::Pulling:
        return 50;
    case sync::SyncPhase::Done:
        return 100;
    }
    return 0;
}

} // namespace

Result<ExitCode> Commands::sync(const Invocation &invocation, Console &console)
{
    // The files first: a missing password or CA file costs no passphrase.
    sync::SyncOptions options;
    if (!invocation.passwordFile.isEmpty()) {
        auto password = readPassphraseFile(invocation.passwordFile);
        if (!password)
            return std::unexpected(password.error());
        options.password = std::move(*password);
        options.user = invocation.user;
    }
    if (!invocation.caFile.isEmpty()) {
        auto pem = readCaFile(invocation.caFile);
        if (!pem)
            return std::unexpected(pem.error());
        options.caCertificatesPem = *pem;
    }
    if (!invocation.serverUrl.isEmpty())
        options.server = QUrl(invocation.serverUrl, QUrl::StrictMode);
    options.pins = invocation.pins;
    options.allowDeletions = invocation.allowDeletes;
    options.acceptServerChange = invocation.acceptServerChange;
    options.timeout = std::chrono::seconds(invocation.timeoutSeconds);

    auto opened = openVault(invocation, console);
    if (!opened)
        return std::unexpected(opened.error());
    Vault &vault = **opened;

    sync::SyncRun run(vault, std::move(options));
    std::optional<Result<sync::SyncSummary>> outcome;
    QEventLoop loop;
    QObject::connect(&run, &sync::SyncRun::phaseChanged, &loop, [&console](sync::SyncPhase phase) {
        console.progress(phaseText(phase), phasePercent(phase));
    });
    QObject::connect(&run, &sync::SyncRun::finished, &loop,
                     [&outcome, &loop](const Result<sync::SyncSummary> &result) {
                         outcome = result;
                         loop.quit();
                     });
    run.start();
    loop.exec();
    Q_ASSERT(outcome.has_value());

    if (!*outcome) {
        const Error &error = outcome->error();
        switch (error.code) {
        case ErrorCode::DeviceRevoked: {
            // Nothing more goes out; what is on this computer goes.
            auto wiped = sync::wipeVault(vault);
            return fail(ErrorCode::DeviceRevoked,
                        wiped ? tr("The office has revoked this device. The vault on this "
                                   "computer has been wiped.")
                              : tr("The office has revoked this device. Wiping the vault "
                                   "failed: %1")
                                    .arg(wiped.error().message),
                        error.detail);
        }
        case ErrorCode::NeedsConfirmation:
            console.warning(run.confirmation() == sync::Confirmation::MassDeletion
                                ? tr("run the sync again with --allow-deletes to apply the "
                                     "deletions.")
                                : tr("run the sync again with --accept-server-change to go "
                                     "ahead."));
            break;
        case ErrorCode::LoginRequired:
            console.warning(tr("log in with --user NAME --password-file FILE."));
            break;
        default:
            break;
        }
        return std::unexpected(error);
    }
    const sync::SyncSummary &summary = **outcome;
    console.printJson({
        {QStringLiteral("pushed"), summary.pushed},
        {QStringLiteral("pulled"), summary.pulled},
        {QStringLiteral("applied"), summary.applied},
        {QStringLiteral("conflicts"), summary.conflicts},
        {QStringLiteral("pending"), summary.pendingAfter},
        {QStringLiteral("attachmentsSent"), summary.attachmentsSent},
        {QStringLiteral("attachmentsReceived"), summary.attachmentsReceived},
        {QStringLiteral("attachmentsWaiting"), summary.attachmentsWaiting},
        {QStringLiteral("cursor"), summary.cursor},
        {QStringLiteral("storeId"), summary.storeId},
        {QStringLiteral("lastSyncAt"), summary.lastSyncAt.toString(Qt::ISODateWithMs)},
    });
    return ExitCode::Ok;
}

} // namespace schouw
